/** What a role can reach, judged from its policies (model/reach.ts): a table of policies → verdicts. */
import { describe, expect, it } from 'vitest';
import { compareReach, reachOf } from '../../src/model/reach.js';

const doc = (...Statement: object[]) => ({ Version: '2012-10-17', Statement });
const allow = (Action: unknown, Resource: unknown = '*') => ({ Effect: 'Allow', Action, Resource });

describe('reachOf', () => {
  const cases: Array<[string, Parameters<typeof reachOf>[0], string]> = [
    [
      'AWS managed AdministratorAccess by ARN',
      [{ name: 'AdministratorAccess', arn: 'arn:aws:iam::aws:policy/AdministratorAccess', document: {} }],
      'admin',
    ],
    ['* on *', [{ name: 'p', document: doc(allow('*')) }], 'admin'],
    ['*:* on * (statement not in an array)', [{ name: 'p', document: { Statement: allow('*:*') } }], 'admin'],
    [
      'NotAction on * that leaves IAM and data in',
      [{ name: 'p', document: doc({ Effect: 'Allow', NotAction: ['organizations:*'], Resource: '*' }) }],
      'admin',
    ],
    [
      'NotAction iam:* on * (the PowerUserAccess shape): not admin, still every S3 object',
      [
        {
          name: 'p',
          document: doc({ Effect: 'Allow', NotAction: ['iam:*', 'organizations:*'], Resource: '*' }),
        },
      ],
      'data-wildcard',
    ],
    [
      'a Deny of * is not a grant',
      [{ name: 'p', document: doc({ Effect: 'Deny', Action: '*', Resource: '*' }) }],
      'narrow',
    ],
    [
      'iam:* on a path',
      [{ name: 'p', document: doc(allow('iam:*', 'arn:aws:iam::111122223333:role/app/*')) }],
      'iam-write',
    ],
    [
      'iam:PassRole',
      [{ name: 'p', document: doc(allow(['ec2:RunInstances', 'iam:PassRole'])) }],
      'iam-write',
    ],
    ['iam:Get* only', [{ name: 'p', document: doc(allow('iam:Get*')) }], 'narrow'],
    ['s3:* on *', [{ name: 'p', document: doc(allow('s3:*')) }], 'data-wildcard'],
    [
      's3:GetObject on arn:aws:s3:::*',
      [{ name: 'p', document: doc(allow('s3:GetObject', 'arn:aws:s3:::*')) }],
      'data-wildcard',
    ],
    [
      's3:GetObject on one bucket',
      [{ name: 'p', document: doc(allow('s3:GetObject', 'arn:aws:s3:::logs/*')) }],
      'narrow',
    ],
    [
      'secretsmanager:Get* on *',
      [{ name: 'p', document: doc(allow('secretsmanager:Get*')) }],
      'data-wildcard',
    ],
    [
      'kms:Decrypt on any key ARN',
      [{ name: 'p', document: doc(allow('kms:Decrypt', 'arn:aws:kms:*:*:*')) }],
      'data-wildcard',
    ],
    ['case-insensitive actions', [{ name: 'p', document: doc(allow('SSM:getparameter')) }], 'data-wildcard'],
    ['no policies', [], 'narrow'],
    [
      'garbage documents',
      [
        { name: 'p', document: 'not json' },
        { name: 'q', document: { Statement: [null, 3] } },
      ],
      'narrow',
    ],
  ];
  for (const [what, docs, level] of cases)
    it(what, () => {
      expect(reachOf(docs).level).toBe(level);
    });

  it('an administrator verdict lists only why it is administrator', () => {
    const r = reachOf([
      {
        name: 'AdministratorAccess',
        arn: 'arn:aws:iam::aws:policy/AdministratorAccess',
        document: doc(allow('*')),
      },
    ]);
    expect(r.reasons).toEqual(['AdministratorAccess (AWS managed)', 'AdministratorAccess: * on *']);
  });

  it('orders admin, IAM write, data, unknown, narrow', () => {
    const levels = ['narrow', 'unknown', 'data-wildcard', 'admin', 'iam-write'] as const;
    expect([...levels].sort(compareReach)).toEqual([
      'admin',
      'iam-write',
      'data-wildcard',
      'unknown',
      'narrow',
    ]);
  });
});
