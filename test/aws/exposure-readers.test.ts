/**
 * The exposure readers against the emulator's GuardDuty (restJson1), IAM and Elastic Beanstalk
 * (awsQuery), SageMaker and Lightsail (awsJson1_1): joins, pagination, refusals as unknown.
 */

import { ElasticBeanstalkClient } from '@aws-sdk/client-elastic-beanstalk';
import { GuardDutyClient } from '@aws-sdk/client-guardduty';
import { IAMClient } from '@aws-sdk/client-iam';
import { LightsailClient } from '@aws-sdk/client-lightsail';
import { SageMakerClient } from '@aws-sdk/client-sagemaker';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { instanceOfPrincipal, readGuardDuty } from '../../src/aws/guardduty.js';
import { readRoleReach } from '../../src/aws/iam.js';
import { readOtherImds } from '../../src/aws/other-imds.js';
import { A1 } from '../emulator/helpers.js';
import { type Emulator, startEmulator } from '../emulator/index.js';

const KEY = 'AKIAEXPOSUREREADER01';
const DENIED = 'AKIAEXPOSUREDENIED01';
const OUTSIDE = 'UnauthorizedAccess:IAMUser/InstanceCredentialExfiltration.OutsideAWS';
const INSIDE = 'UnauthorizedAccess:IAMUser/InstanceCredentialExfiltration.InsideAWS';
const NOW = Date.parse('2026-12-06T12:00:00Z');
const day = (n: number) => new Date(NOW - n * 86_400_000).toISOString();
let emu: Emulator;

const findings = [
  {
    id: 'f-outside',
    type: OUTSIDE,
    principalId: 'AROAWEBROLE:i-0123456789abcdef0',
    updatedAt: day(2),
    remoteIp: '198.51.100.7',
    asn: '64500',
    asnOrg: 'Example Hosting',
    org: 'Example Org',
    country: 'Nowhere',
  },
  {
    id: 'f-inside',
    type: INSIDE,
    principalId: 'AROAWEBROLE',
    instanceId: 'i-0fedcba9876543210',
    updatedAt: day(3),
    archived: true,
    remoteAccountId: '999999999999',
  },
  { id: 'f-old', type: OUTSIDE, principalId: 'AROAWEBROLE:i-0000000000000aaaa', updatedAt: day(40) },
  { id: 'f-other', type: 'Recon:EC2/PortProbeUnprotectedPort', updatedAt: day(1) },
  ...Array.from({ length: 60 }, (_, n) => ({
    id: `f-bulk-${n}`,
    type: OUTSIDE,
    principalId: `AROABULK:i-${String(n).padStart(17, '0')}`,
    updatedAt: day(1),
  })),
];

beforeAll(async () => {
  emu = await startEmulator({
    world: {
      accessKeys: {
        [KEY]: { account: A1, role: 'Audit' },
        [DENIED]: { account: A1, role: 'Denied' },
      },
      accounts: [
        {
          id: A1,
          enabledRegions: ['us-east-1', 'eu-west-1'],
          roles: [
            { name: 'Audit', readOnly: true },
            {
              name: 'Denied',
              readOnly: true,
              deniedOperations: ['guardduty:*', 'iam:GetPolicyVersion', 'sagemaker:*'],
            },
          ],
          iam: {
            instanceProfiles: [
              { name: 'web', roleName: 'web-role' },
              { name: 'batch', roleName: 'batch-role' },
              { name: 'empty' },
            ],
            roles: [
              { name: 'web-role', attachedPolicies: ['arn:aws:iam::aws:policy/AdministratorAccess'] },
              {
                name: 'batch-role',
                attachedPolicies: [
                  'arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore',
                  `arn:aws:iam::${A1}:policy/batch-data`,
                ],
                inlinePolicies: {
                  'read-secrets': {
                    Version: '2012-10-17',
                    Statement: { Effect: 'Allow', Action: 'secretsmanager:GetSecretValue', Resource: '*' },
                  },
                },
              },
            ],
            policies: [
              {
                arn: `arn:aws:iam::${A1}:policy/batch-data`,
                defaultVersionId: 'v3',
                document: {
                  Version: '2012-10-17',
                  Statement: [
                    { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::batch-bucket/*' },
                  ],
                },
              },
            ],
          },
          regions: {
            'us-east-1': {
              guardDuty: { detectorId: 'd0123', findings },
              notebookInstances: [
                { name: 'nb-v1', minimumImdsVersion: '1' },
                { name: 'nb-v2', minimumImdsVersion: '2' },
              ],
              beanstalkEnvironments: [
                {
                  application: 'shop',
                  name: 'shop-prod',
                  solutionStack: '64bit Amazon Linux 2 v5.8.0 running Node.js 18',
                },
                {
                  application: 'shop',
                  name: 'shop-v2',
                  disableImdsV1: 'true',
                  solutionStack: '64bit Amazon Linux 2 v5.8.0 running Node.js 18',
                },
                {
                  application: 'api',
                  name: 'api-al2023',
                  solutionStack: '64bit Amazon Linux 2023 v6.1.0 running Node.js 20',
                },
              ],
              lightsailInstances: [
                { name: 'blog', httpTokens: 'optional' },
                { name: 'shop', httpTokens: 'required' },
              ],
            },
          },
        },
      ],
    },
  });
});
afterAll(async () => emu?.close());
beforeEach(() => emu.reset());

function client<T>(C: new (c: object) => T, key = KEY, region = 'us-east-1'): T {
  return new C({
    region,
    endpoint: emu.url,
    maxAttempts: 1,
    credentials: { accessKeyId: key, secretAccessKey: 'x' },
  });
}
const window = { from: new Date(NOW - 30 * 86_400_000), to: new Date(NOW) };

describe('GuardDuty exfiltration findings', () => {
  it('reads both types, active and archived, in the window, and joins each to its instance', async () => {
    const r = await readGuardDuty(client(GuardDutyClient), A1, 'us-east-1', window);
    expect(r.read).toMatchObject({ status: 'enabled', detectorId: 'd0123', findings: 62 });
    const byId = new Map(r.findings.map((f) => [f.findingId, f]));
    expect(byId.get('f-outside')).toMatchObject({
      instanceId: 'i-0123456789abcdef0',
      joinedBy: 'session-name',
      remoteIp: '198.51.100.7',
      asn: '64500',
      asnOrg: 'Example Hosting',
      archived: false,
    });
    expect(byId.get('f-inside')).toMatchObject({
      instanceId: 'i-0fedcba9876543210',
      joinedBy: 'resource',
      archived: true,
      remoteAccountId: '999999999999',
    });
    expect(byId.has('f-old')).toBe(false);
    expect(byId.has('f-other')).toBe(false);
    // 62 ids: two ListFindings pages, two GetFindings batches of at most 50.
    expect(emu.counts()).toMatchObject({ ListDetectors: 1, ListFindings: 2, GetFindings: 2 });
  });

  it('a region without a detector is disabled, never "no findings"', async () => {
    const r = await readGuardDuty(client(GuardDutyClient, KEY, 'eu-west-1'), A1, 'eu-west-1', window);
    expect(r.read.status).toBe('disabled');
    expect(r.errors).toEqual([]);
  });

  it('a refusal is unknown, with the AccessDeniedException code', async () => {
    const r = await readGuardDuty(client(GuardDutyClient, DENIED), A1, 'us-east-1', window);
    expect(r.read).toMatchObject({ status: 'unknown', code: 'AccessDeniedException' });
    expect(r.errors[0]).toMatchObject({ service: 'guardduty', operation: 'ListDetectors' });
  });

  it("a detector id that is not the account's is a BadRequestException", async () => {
    const { ListFindingsCommand } = await import('@aws-sdk/client-guardduty');
    await expect(
      client(GuardDutyClient).send(new ListFindingsCommand({ DetectorId: 'nope' })),
    ).rejects.toMatchObject({
      name: 'BadRequestException',
    });
  });

  it('the principal names the instance only as a role session id', () => {
    expect(instanceOfPrincipal('AROAX:i-0123456789abcdef0')).toBe('i-0123456789abcdef0');
    expect(instanceOfPrincipal('arn:aws:sts::111122223333:assumed-role/web/i-0123456789abcdef0')).toBe(
      'i-0123456789abcdef0',
    );
    expect(instanceOfPrincipal('AROAX:botocore-session-1')).toBeUndefined();
    expect(instanceOfPrincipal(undefined)).toBeUndefined();
  });
});

describe('IAM reach', () => {
  const arn = (n: string) => `arn:aws:iam::${A1}:instance-profile/${n}`;
  it('judges each role once: AdministratorAccess is admin, wildcard secrets are data-wildcard, no role is narrow', async () => {
    const r = await readRoleReach(client(IAMClient), A1, [
      arn('web'),
      arn('batch'),
      arn('empty'),
      arn('web'),
    ]);
    const by = new Map(r.roles.map((x) => [x.instanceProfileArn, x]));
    expect(by.get(arn('web'))).toMatchObject({ roleName: 'web-role', level: 'admin' });
    expect(by.get(arn('web'))?.reasons.join()).toMatch(/AdministratorAccess \(AWS managed\)/);
    expect(by.get(arn('batch'))).toMatchObject({ level: 'data-wildcard' });
    expect(by.get(arn('batch'))?.reasons.join()).toMatch(/Secrets Manager/);
    expect(by.get(arn('empty'))?.level).toBe('narrow');
    expect(r.errors).toEqual([]);
    expect(emu.counts()).toMatchObject({
      GetInstanceProfile: 3,
      ListAttachedRolePolicies: 2,
      ListRolePolicies: 2,
      GetRolePolicy: 1,
      GetPolicy: 3,
      GetPolicyVersion: 3,
    });
  });

  it('a policy that cannot be read makes the reach unknown, never narrow', async () => {
    const r = await readRoleReach(client(IAMClient, DENIED), A1, [arn('batch')]);
    expect(r.roles[0].level).toBe('unknown');
    expect(r.errors.map((e) => `${e.operation} ${e.code}`)).toContain('GetPolicyVersion AccessDenied');
  });

  it('a missing instance profile is unknown with NoSuchEntity', async () => {
    const r = await readRoleReach(client(IAMClient), A1, [arn('gone')]);
    expect(r.roles[0].level).toBe('unknown');
    expect(r.errors[0]).toMatchObject({ operation: 'GetInstanceProfile', code: 'NoSuchEntity' });
  });
});

describe('other IMDS services', () => {
  const clients = (key = KEY) => ({
    sagemaker: client(SageMakerClient, key),
    beanstalk: client(ElasticBeanstalkClient, key),
    lightsail: client(LightsailClient, key),
  });
  it('reads SageMaker notebooks, Beanstalk environments and Lightsail instances with their settings', async () => {
    const r = await readOtherImds(clients(), A1, 'us-east-1');
    expect(r.errors).toEqual([]);
    const got = Object.fromEntries(r.resources.map((x) => [`${x.kind} ${x.name}`, x.allowsV1]));
    expect(got).toEqual({
      'sagemaker-notebook nb-v1': true,
      'sagemaker-notebook nb-v2': false,
      'beanstalk-environment shop/shop-prod': true,
      'beanstalk-environment shop/shop-v2': false,
      'beanstalk-environment api/api-al2023': undefined,
      'lightsail-instance blog': true,
      'lightsail-instance shop': false,
    });
    expect(r.resources.find((x) => x.name === 'shop/shop-prod')?.assumption).toMatch(/assumed false/);
  });

  it('a refused service is an error; the others are still read', async () => {
    const r = await readOtherImds(clients(DENIED), A1, 'us-east-1');
    expect(r.errors).toEqual([
      expect.objectContaining({ service: 'sagemaker', code: 'AccessDeniedException' }),
    ]);
    expect(r.resources.filter((x) => x.kind === 'lightsail-instance')).toHaveLength(2);
  });

  it('Lightsail not offered in a region (no endpoint) is said apart, not an error', async () => {
    const noEndpoint = {
      send: async () => {
        throw Object.assign(new Error('getaddrinfo ENOTFOUND lightsail.sa-east-1.amazonaws.com'), {
          code: 'ENOTFOUND',
        });
      },
    } as unknown as LightsailClient;
    const r = await readOtherImds({ ...clients(), lightsail: noEndpoint }, A1, 'us-east-1');
    expect(r.errors).toEqual([]);
    expect(r.unavailable).toEqual(['lightsail']);
    const refused = {
      send: async () => {
        throw Object.assign(new Error('denied'), { name: 'AccessDeniedException' });
      },
    } as unknown as LightsailClient;
    const r2 = await readOtherImds({ ...clients(), lightsail: refused }, A1, 'us-east-1');
    expect(r2.errors).toEqual([
      expect.objectContaining({ service: 'lightsail', code: 'AccessDeniedException' }),
    ]);
    expect(r2.unavailable).toEqual([]);
  });
});
