/**
 * In-process audit against the emulator: GuardDuty exfiltration findings rank their instance first,
 * a region without GuardDuty is reported as off (never "no findings"), an administrator role on a
 * public v1-allowed instance is the top risk among the rest, and SageMaker / Elastic Beanstalk /
 * Lightsail resources appear under their own rules, outside the EC2.8 percentage.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { A1 } from '../emulator/helpers.js';
import { type Emulator, startEmulator } from '../emulator/index.js';
import type { WorldFixture } from '../emulator/world.js';
import { cleanupWorkspaces, runInProcess } from '../support/inprocess.js';

const KEY = 'AKIAEXPOSUREAUDIT001';
const OUTSIDE = 'UnauthorizedAccess:IAMUser/InstanceCredentialExfiltration.OutsideAWS';
const id = (n: number) => `i-0000000000000e${String(n).padStart(3, '0')}`;
const profile = (name: string) => ({
  arn: `arn:aws:iam::${A1}:instance-profile/${name}`,
  id: `AIPA${name.toUpperCase()}`,
});
const NOW = new Date();
const daysAgo = (n: number) => new Date(NOW.getTime() - n * 86_400_000).toISOString();

export function exposureWorld(): WorldFixture {
  const instance = (n: number, extra: object) => ({
    instanceId: id(n),
    reservationId: `r-0000000000000e${String(n).padStart(3, '0')}`,
    state: 'running' as const,
    launchTime: '2024-01-01T00:00:00.000Z',
    metadataOptions: { HttpTokens: 'optional' as const },
    ...extra,
  });
  return {
    accessKeys: { [KEY]: { account: A1, role: 'IMDSGuardAudit' } },
    accounts: [
      {
        id: A1,
        enabledRegions: ['us-east-1', 'eu-west-1'],
        roles: [{ name: 'IMDSGuardAudit', readOnly: true }],
        iam: {
          instanceProfiles: [
            { name: 'admin', roleName: 'admin-role' },
            { name: 'app', roleName: 'app-role' },
          ],
          roles: [
            {
              name: 'admin-role',
              roleId: 'AROAADMINROLE',
              attachedPolicies: ['arn:aws:iam::aws:policy/AdministratorAccess'],
            },
            {
              name: 'app-role',
              roleId: 'AROAAPPROLE',
              inlinePolicies: {
                app: {
                  Version: '2012-10-17',
                  Statement: [{ Effect: 'Allow', Action: 's3:PutObject', Resource: 'arn:aws:s3:::app/*' }],
                },
              },
            },
          ],
        },
        regions: {
          'us-east-1': {
            instances: [
              // The oldest, public, administrator: the top risk without a finding.
              instance(1, {
                publicIpAddress: '203.0.113.1',
                iamInstanceProfile: profile('admin'),
                launchTime: '2020-01-01T00:00:00.000Z',
              }),
              // A narrow role, no public IP, launched last: would rank last, but its credentials were used outside AWS.
              instance(2, { iamInstanceProfile: profile('app'), launchTime: '2025-06-01T00:00:00.000Z' }),
              // Public, narrow role, older than 1.
              instance(3, {
                publicIpAddress: '203.0.113.3',
                iamInstanceProfile: profile('app'),
                launchTime: '2019-01-01T00:00:00.000Z',
              }),
              instance(4, { metadataOptions: { HttpTokens: 'required' } }),
            ],
            guardDuty: {
              detectorId: 'd-exposure',
              findings: [
                {
                  id: 'finding-outside-1',
                  type: OUTSIDE,
                  principalId: `AROAAPPROLE:${id(2)}`,
                  updatedAt: daysAgo(1),
                  remoteIp: '198.51.100.23',
                  asn: '64496',
                  asnOrg: 'Example Transit',
                },
              ],
            },
            notebookInstances: [{ name: 'research', minimumImdsVersion: '1' }],
            beanstalkEnvironments: [
              {
                application: 'shop',
                name: 'shop-prod',
                solutionStack: '64bit Amazon Linux 2 v5.8.0 running Node.js 18',
              },
            ],
            lightsailInstances: [
              { name: 'blog', httpTokens: 'optional' },
              { name: 'docs', httpTokens: 'required' },
            ],
          },
          'eu-west-1': { instances: [] },
        },
      },
    ],
  };
}

let emu: Emulator;
beforeAll(async () => {
  emu = await startEmulator({ world: exposureWorld() });
});
afterAll(async () => emu?.close());
beforeEach(() => {
  emu.resetWorld();
  emu.reset();
});
afterEach(() => cleanupWorkspaces());

const env = () => ({
  AWS_ENDPOINT_URL: emu.url,
  AWS_REGION: 'us-east-1',
  AWS_ACCESS_KEY_ID: KEY,
  AWS_SECRET_ACCESS_KEY: 'x',
});

describe('audit with exposure context', () => {
  it('ranks the exploited instance first, then administrator + public IP; GuardDuty off is said per region', async () => {
    const r = await runInProcess({
      inputs: { regions: 'us-east-1,eu-west-1', threshold: '0', comment: 'never' },
      env: env(),
    });
    expect(r.error).toBeUndefined();
    const md = readFileSync(join(r.workspace, 'imds-guard-report', 'report.md'), 'utf8');
    // Exploited: joined through the role session name, with the remote IP and the console link.
    expect(md).toMatch(/1 instance\(s\) whose credentials were already used elsewhere/);
    expect(md).toContain('credentials used from outside this instance \\(outside AWS\\)');
    expect(md).toContain('joined by role session name');
    expect(md).toContain('198.51.100.23');
    expect(md).toContain('guardduty/home?region=us-east-1#/findings?macros=current&fId=finding-outside-1');
    // eu-west-1 has no detector: off, not "no findings".
    expect(md).toMatch(/\*\*GuardDuty is off\*\* in 1 region\(s\): eu-west-1/);
    // The IMDSv1 list, worst first: exploited (2), administrator + public (1), then public narrow (3).
    const v1Section = md.slice(md.indexOf('### 3 instance(s) allow IMDSv1 (highest risk first)'));
    const rows = [...v1Section.matchAll(/^\|.*?\[(i-0000000000000e00[1-3])\]/gm)].map((m) => m[1]);
    expect(rows).toEqual([id(2), id(1), id(3)]);
    // Reach: the administrator role, the worst case counted.
    expect(md).toMatch(/\*\*1\*\* instance\(s\) allow IMDSv1, have a public IP and an administrator role/);
    // Other IMDS services under their own rules; the EC2.8 percentage counts the 4 EC2 instances only.
    expect(md).toMatch(/\| sagemaker-notebook-imdsv2 \| .* \| 1 \| 0 \| 1 \| 0 \|/);
    expect(md).toMatch(/\| beanstalk-imdsv1-disabled \| .* \| 1 \| 0 \| 1 \| 0 \|/);
    expect(md).toMatch(/\| lightsail-imdsv2 \| .* \| 2 \| 1 \| 1 \| 0 \|/);
    expect(r.outputs['in-scope-count']).toBe(4);
    expect(r.lines.join('\n')).toMatch(/Exposure: 1 GuardDuty instance-credential exfiltration finding/);
    expect(r.lines.filter((l) => l.startsWith('warning'))).toEqual([]);
  });

  it('a refused GuardDuty or IAM read is a warning and unknown; the audit still passes', async () => {
    emu.world.data.accounts[0].roles = [
      { name: 'IMDSGuardAudit', readOnly: true, deniedOperations: ['guardduty:*', 'iam:GetInstanceProfile'] },
    ];
    const r = await runInProcess({
      inputs: { regions: 'us-east-1,eu-west-1', threshold: '0', comment: 'never' },
      env: env(),
    });
    expect(r.error).toBeUndefined();
    expect(r.result?.passed).toBe(true);
    const md = readFileSync(join(r.workspace, 'imds-guard-report', 'report.md'), 'utf8');
    expect(md).toMatch(
      /\*\*Could not read\*\* GuardDuty in 2 region\(s\): eu-west-1 \\\(AccessDeniedException\\\), us-east-1 \\\(AccessDeniedException\\\)/,
    );
    expect(md).not.toMatch(/GuardDuty is off/);
    expect(md).toMatch(/\*\*2\*\* unknown \\\(not readable\\\)/);
    expect(r.lines.join('\n')).toMatch(
      /warning Exposure: guardduty:ListDetectors failed with AccessDeniedException/,
    );
  });
});
