/**
 * Reports that answer "who do I call, and what breaks if I fix it", end to end through the
 * bundle (`IMDS_GUARD_ENTRY`, default dist/index.js) against the loopback emulator: a fleet with known
 * CloudWatch MetadataNoToken / MetadataNoTokenRejected data, owner tags and Auto Scaling groups.
 *  - the JSON report and every rendering mark exactly the instances that made IMDSv1 calls;
 *  - group-by-tag rows add up to the fleet's totals;
 *  - a group on `$Latest` whose latest version allows IMDSv1 is a finding, one on `$Default` (IMDSv2
 *    only) is not, and a pinned endpoint-disabled version is labelled so;
 *  - a role that may not read CloudWatch gets a notice and unknown usage, not a failure;
 *  - the enforcement-percent output has the report's digits.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ROLES, type Emulator, type InstanceFixture, startEmulator } from '../emulator/index.js';
import { dataRows } from '../report/fixtures.js';
import { type OidcServer, startOidc } from '../support/oidc.js';
import { runAction } from '../support/runner.js';

const ACCOUNT = '111111111111';
const ROLE = `arn:aws:iam::${ACCOUNT}:role/IMDSGuardReadOnly`;
const ENTRY = process.env.IMDS_GUARD_ENTRY ?? 'dist/index.js';
const LT = 'lt-0aaaaaaaaaaaaaaa1';

let n = 0;
function host(tokens: 'optional' | 'required', over: Partial<InstanceFixture> = {}): InstanceFixture {
  n++;
  return {
    instanceId: `i-${n.toString(16).padStart(17, '0')}`,
    reservationId: `r-${n.toString(16).padStart(17, '0')}`,
    state: 'running',
    tags: { Name: `host-${n}` },
    metadataOptions: {
      HttpTokens: tokens,
      HttpEndpoint: 'enabled',
      State: 'applied',
      HttpPutResponseHopLimit: 1,
    },
    ...over,
  };
}

const calls = host('optional', { tags: { Name: 'legacy-agent', Team: 'payments' }, v1Calls: 5 });
const quiet = host('optional', { tags: { Name: 'quiet', Team: 'payments' } });
const quietZero = host('optional', { tags: { Name: 'quiet-zero', Team: 'search' }, v1Calls: 0 });
const broken = host('required', { tags: { Name: 'hardened-broke', Team: 'search' }, v1Rejected: 3 });
const fine = host('required');
const off = host('optional', {
  metadataOptions: { HttpTokens: 'optional', HttpEndpoint: 'disabled', State: 'applied' },
});
const euCalls = host('optional', {
  tags: { Name: 'eu-cron', Team: 'platform' },
  v1Calls: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2],
});
const eks = host('required', {
  tags: { Name: 'eks-node', Team: 'platform', 'eks:cluster-name': 'prod' },
  metadataOptions: {
    HttpTokens: 'required',
    HttpEndpoint: 'enabled',
    State: 'applied',
    HttpPutResponseHopLimit: 2,
  },
});
const wideHop = host('required', {
  tags: { Name: 'plain-wide-hop' },
  metadataOptions: {
    HttpTokens: 'required',
    HttpEndpoint: 'enabled',
    State: 'applied',
    HttpPutResponseHopLimit: 3,
  },
});
const IN_USE = [calls.instanceId, euCalls.instanceId].sort();

let emu: Emulator;
let oidc: OidcServer;

beforeAll(async () => {
  oidc = await startOidc({ repository: 'octo/infra', eventName: 'schedule' });
  const version = (v: number, tokens?: 'optional' | 'required', endpoint?: 'disabled') => ({
    versionNumber: v,
    launchTemplateData: {
      ImageId: 'ami-0123456789abcdef0',
      MetadataOptions: {
        ...(tokens ? { HttpTokens: tokens } : {}),
        ...(endpoint ? { HttpEndpoint: endpoint } : {}),
      },
    },
  });
  emu = await startEmulator({
    world: {
      accounts: [
        {
          id: ACCOUNT,
          roles: DEFAULT_ROLES,
          enabledRegions: ['us-east-1', 'eu-west-1'],
          regions: {
            'us-east-1': {
              instances: [calls, quiet, quietZero, broken, fine, off, eks, wideHop],
              launchTemplates: [
                {
                  launchTemplateId: LT,
                  launchTemplateName: 'web',
                  defaultVersion: 1,
                  // v1 IMDSv2 only (the default), v2 endpoint disabled (pinned by an override), v3 allows IMDSv1 (the latest).
                  versions: [
                    version(1, 'required'),
                    version(2, 'optional', 'disabled'),
                    version(3, 'optional'),
                  ],
                },
              ],
              autoScalingGroups: [
                { name: 'web-latest', launchTemplate: { id: LT, version: '$Latest' } },
                { name: 'web-default', launchTemplate: { id: LT, version: '$Default' } },
                {
                  name: 'batch-mixed',
                  mixedInstancesPolicy: {
                    launchTemplate: { id: LT, version: '1' },
                    overrides: [{ instanceType: 'c7g.large', launchTemplate: { id: LT, version: '2' } }],
                  },
                },
              ],
            },
            'eu-west-1': { instances: [euCalls, host('required')] },
          },
        },
      ],
    },
  });
}, 60_000);

afterAll(async () => {
  await emu?.close();
  await oidc?.close();
});

function audit(inputs: Record<string, string> = {}) {
  return runAction({
    entry: ENTRY,
    inputs: {
      'role-to-assume': ROLE,
      'aws-region': 'us-east-1',
      threshold: '0',
      'group-by-tag': 'Team',
      'v1-usage-days': '14',
      ...inputs,
    },
    env: { ...oidc.env, AWS_ENDPOINT_URL: emu.url },
    event: { name: 'schedule', payload: {} },
  });
}

type Json = {
  totals: { inScope: number; compliant: number; buckets: Record<string, number> };
  instances: Array<{
    instanceId: string;
    bucket: string;
    v1Calls?: number;
    v1Rejected?: number;
    tags: Record<string, string>;
  }>;
  v1Usage: {
    days: number;
    safe: number;
    inUse: number;
    unknown: number;
    rejected: number;
    errors: unknown[];
  };
  byTag: {
    key: string;
    rows: Array<{
      value: string;
      untagged: boolean;
      rollup: { inScope: number; compliant: number; buckets: Record<string, number> };
    }>;
  };
  autoScalingGroups: Array<{
    name: string;
    verdict: string;
    allowsV1: boolean;
    launches: Array<{
      source: string;
      version: string;
      versionNumber?: number;
      settings?: { httpTokens?: string; httpEndpoint?: string };
      verdict: string;
    }>;
  }>;
  hopLimit: {
    findings: Array<{ instanceId: string; hopLimit: number; allowed: number; containerHost: boolean }>;
  };
};

describe('reports: who still uses IMDSv1, by owner, Auto Scaling groups as they launch', () => {
  it('marks exactly the instances that made IMDSv1 calls, adds up by owner, and judges each group by the version it launches', async () => {
    const r = await audit();
    expect(r.stderr).not.toMatch(/TypeError|ReferenceError/);
    expect(r.exitCode).toBe(0);
    const json = JSON.parse(readFileSync(r.outputs['report-json'], 'utf8')) as Json;

    // Who still uses IMDSv1: the per-instance sums and the split.
    const inUse = json.instances.filter((i) => (i.v1Calls ?? 0) > 0).map((i) => i.instanceId);
    expect(inUse.sort()).toEqual(IN_USE);
    expect(json.instances.find((i) => i.instanceId === calls.instanceId)?.v1Calls).toBe(70); // 5 a day × 14
    expect(json.instances.find((i) => i.instanceId === quiet.instanceId)?.v1Calls).toBe(0);
    // Read for v1-allowed instances only; the endpoint-disabled one has no reading.
    expect(json.instances.find((i) => i.instanceId === off.instanceId)?.v1Calls).toBeUndefined();
    expect(json.v1Usage).toMatchObject({ days: 14, safe: 2, inUse: 2, unknown: 0, rejected: 1, errors: [] });
    expect(json.instances.find((i) => i.instanceId === broken.instanceId)?.v1Rejected).toBe(42); // 3 a day × 14

    // By owner: one row per value, untagged instances their own row, totals = the fleet's.
    expect(json.byTag.key).toBe('Team');
    expect(json.byTag.rows.map((x) => x.value).sort()).toEqual(['', 'payments', 'platform', 'search']);
    const sum = (f: (x: Json['byTag']['rows'][number]) => number) =>
      json.byTag.rows.reduce((a, x) => a + f(x), 0);
    expect(sum((x) => x.rollup.inScope)).toBe(json.totals.inScope);
    expect(sum((x) => x.rollup.compliant)).toBe(json.totals.compliant);
    expect(sum((x) => x.rollup.buckets['v1-allowed'])).toBe(json.totals.buckets['v1-allowed']);

    // Auto Scaling groups as they launch.
    const g = Object.fromEntries(json.autoScalingGroups.map((x) => [x.name, x]));
    expect(g['web-latest']).toMatchObject({ allowsV1: true, verdict: 'v1-allowed' });
    expect(g['web-latest'].launches[0]).toMatchObject({
      source: 'launch-template',
      version: '$Latest',
      versionNumber: 3,
      settings: { httpTokens: 'optional' },
      verdict: 'v1-allowed',
    });
    expect(g['web-default']).toMatchObject({ allowsV1: false, verdict: 'v2-only' });
    expect(g['web-default'].launches[0]).toMatchObject({
      version: '$Default',
      versionNumber: 1,
      settings: { httpTokens: 'required' },
    });
    expect(g['batch-mixed'].launches.map((l) => [l.source, l.version, l.verdict])).toEqual([
      ['mixed-instances-policy', '1', 'v2-only'],
      ['override', '2', 'endpoint-disabled'],
    ]);
    expect(g['batch-mixed'].verdict).toBe('endpoint-disabled');

    // Hop limit, container-aware: the EKS node at 2 is fine, the plain host at 3 is a finding.
    expect(json.hopLimit.findings.map((f) => [f.instanceId, f.hopLimit, f.allowed])).toEqual([
      [wideHop.instanceId, 3, 1],
    ]);

    // Every rendering marks the same instances.
    const md = readFileSync(r.outputs['report-markdown'], 'utf8');
    const marked = (text: string) =>
      text
        .split('\n')
        .filter((l) => /will break\\?\)/.test(l) && l.startsWith('|'))
        .map((l) => /i-[0-9a-f]{17}/.exec(l)?.[0]);
    const mdV1Table = md.slice(md.indexOf('instance(s) allow IMDSv1 (highest risk first)'));
    expect([...new Set(marked(mdV1Table))].sort()).toEqual(IN_USE);
    expect([...new Set(marked(r.summary))].sort()).toEqual(IN_USE);
    // Handlebars writes `=` in attributes as &#x3D; (the browser reads it back).
    const html = readFileSync(r.outputs['report-html'], 'utf8').replaceAll('&#x3D;', '=');
    // The instance tables are JSON data blocks the page draws (templates/report-table.js).
    const v1Rows = dataRows(html, 'v1');
    const htmlMarked = v1Rows.filter((row) => row.usage === 'in-use').map((row) => row.instanceId);
    expect(htmlMarked.sort()).toEqual(IN_USE);
    expect([...v1Rows, ...dataRows(html, 'usage')].map((row) => row.url)).toContain(
      `https://us-east-1.console.aws.amazon.com/ec2/home?region=us-east-1#InstanceDetails:instanceId=${calls.instanceId}`,
    );
    expect(html).toContain('#AutoScalingGroupDetails:id=web-latest;view=details');

    // The headline adds up, and the output has the report's digits.
    expect(md).toContain(
      '5 compliant: all IMDSv2 required · 5 not compliant = 4 IMDSv1 allowed + 1 endpoint disabled, tokens optional',
    );
    const percent = /IMDS Guard: ([\d.]+)% IMDSv2 enforcement/.exec(md)?.[1];
    expect(r.outputs['enforcement-percent']).toBe(percent);
    expect(md).toContain('**2** made IMDSv1 calls — will break');
    r.cleanup();
  }, 120_000);

  it('a role that may not read CloudWatch gets a notice and unknown usage, not a failure', async () => {
    const role = emu.world.role(ACCOUNT, 'IMDSGuardReadOnly');
    if (!role) throw new Error('no role');
    role.deniedOperations = ['GetMetricData'];
    try {
      const r = await audit();
      expect(r.exitCode).toBe(0);
      expect(r.stdout + r.stderr).toMatch(
        /Notice: could not read CloudWatch MetadataNoToken .*Grant cloudwatch:GetMetricData to the role/,
      );
      const json = JSON.parse(readFileSync(r.outputs['report-json'], 'utf8')) as Json;
      expect(json.instances.some((i) => i.v1Calls !== undefined)).toBe(false);
      expect(json.v1Usage).toMatchObject({ inUse: 0, safe: 0, unknown: 4 });
      expect(json.v1Usage.errors.length).toBeGreaterThan(0);
      r.cleanup();
    } finally {
      role.deniedOperations = [];
    }
  }, 120_000);
});
