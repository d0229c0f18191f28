/**
 * The audit end to end: `node dist/index.js` spawned exactly as the runner does, signing in through a
 * loopback GitHub OIDC endpoint to the loopback AWS emulator, with a hand-built fleet whose numbers are
 * known. What is asserted is what a user sees: outputs, exit code, annotations, the JSON report, and
 * what the emulator was asked.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_ROLES,
  type Emulator,
  type InstanceFixture,
  startEmulator,
  type WorldFixture,
} from '../emulator/index.js';
import { type OidcServer, startOidc } from '../support/oidc.js';
import { runAction } from '../support/runner.js';

const ACCOUNT = '111111111111';
const ROLE = `arn:aws:iam::${ACCOUNT}:role/IMDSGuardReadOnly`;
const ENTRY = process.env.IMDS_GUARD_ENTRY ?? 'dist/index.js';

let n = 0;
function instance(
  kind: 'v2' | 'v1' | 'off' | 'pending',
  over: Partial<InstanceFixture> = {},
): InstanceFixture {
  n++;
  const id = `i-${n.toString(16).padStart(17, '0')}`;
  return {
    instanceId: id,
    reservationId: `r-${Math.ceil(n / 3)
      .toString(16)
      .padStart(17, '0')}`, // three per reservation
    state: 'running',
    tags: { Name: `host-${n}` },
    metadataOptions: {
      HttpTokens: kind === 'v2' ? 'required' : 'optional',
      HttpEndpoint: kind === 'off' ? 'disabled' : 'enabled',
      State: kind === 'pending' ? 'pending' : 'applied',
      HttpPutResponseHopLimit: 1,
    },
    ...over,
  };
}

/** us-east-1: 6 v2, 3 v1 (one with role + public IP, one stopped), 1 disabled, 2 terminated/shutting-down.
 *  eu-west-1: 2 v2, 1 v1.  In scope 13; ec2.8 compliant 8 (61.5%); or-disabled 9 (69.2%). */
function knownFleet(): WorldFixture {
  return {
    accounts: [
      {
        id: ACCOUNT,
        roles: DEFAULT_ROLES,
        enabledRegions: ['us-east-1', 'eu-west-1', 'ap-south-1'],
        regions: {
          'us-east-1': {
            instances: [
              ...Array.from({ length: 6 }, () => instance('v2')),
              instance('v1', {
                publicIpAddress: '203.0.113.7',
                iamInstanceProfile: { arn: `arn:aws:iam::${ACCOUNT}:instance-profile/web`, id: 'AIPA1' },
              }),
              instance('v1', { state: 'stopped' }),
              instance('v1'),
              instance('off'),
              instance('v1', { state: 'terminated' }),
              instance('v1', { state: 'shutting-down' }),
            ],
          },
          'eu-west-1': { instances: [instance('v2'), instance('v2'), instance('v1')] },
        },
      },
    ],
  };
}

function uniformFleet(v2: number, v1: number): WorldFixture {
  return {
    accounts: [
      {
        id: ACCOUNT,
        roles: DEFAULT_ROLES,
        enabledRegions: ['us-east-1'],
        regions: {
          'us-east-1': {
            instances: [
              ...Array.from({ length: v2 }, () => instance('v2')),
              ...Array.from({ length: v1 }, () => instance('v1')),
            ],
          },
        },
      },
    ],
  };
}

let emu: Emulator;
let oidc: OidcServer;

beforeAll(async () => {
  oidc = await startOidc({ repository: 'octo/infra' });
});
afterAll(async () => {
  await oidc.close();
});

async function withEmulator(world: WorldFixture): Promise<Emulator> {
  emu = await startEmulator({ world });
  return emu;
}

beforeEach(async () => {
  await emu?.close();
});

function audit(inputs: Record<string, string>, env: Record<string, string> = {}) {
  return runAction({
    entry: ENTRY,
    inputs: { 'role-to-assume': ROLE, 'aws-region': 'us-east-1', ...inputs },
    env: {
      ...oidc.env,
      AWS_ENDPOINT_URL: emu.url,
      AWS_MAX_ATTEMPTS: '10',
      ...env,
    },
  });
}

describe('audit of a known fleet', () => {
  it('computes the EC2.8 percentage with numerator and denominator, and fails below the threshold', async () => {
    await withEmulator(knownFleet());
    const r = await audit({ threshold: '60' });
    expect(r.stderr).not.toMatch(/TypeError|ReferenceError/);
    expect(r.outputs).toMatchObject({
      'compliant-count': '8',
      'in-scope-count': '13',
      'v1-allowed-count': '4',
      'enforcement-percent': '61.5', // 8/13 = 61.538…, truncated to the report's one decimal
      passed: 'true',
    });
    expect(r.exitCode).toBe(0);

    const report = JSON.parse(readFileSync(r.outputs['report-json'], 'utf8'));
    expect(report.schema).toBe('imds-guard/report');
    expect(report.rule.id).toBe('ec2.8');
    expect(report.totals).toMatchObject({ inScope: 13, compliant: 8, stopped: 1 });
    expect(report.totals.buckets).toEqual({ 'v2-required': 8, 'v1-allowed': 4, disabled: 1, pending: 0 });
    expect(report.totals.risk).toEqual({ 'role-public': 1, role: 0, 'no-role': 3 });
    expect(report.byRegion.map((x: { region: string }) => x.region)).toEqual([
      'ap-south-1',
      'eu-west-1',
      'us-east-1',
    ]);
    // Every instance of every reservation is in the report, with its metadata options.
    expect(report.instances).toHaveLength(13);
    const web = report.instances.find((i: { publicIp: boolean }) => i.publicIp);
    expect(web).toMatchObject({
      risk: 'role-public',
      instanceProfileArn: expect.stringContaining('instance-profile/web'),
    });

    // Minimal calls: sign-in (1: the account is read from the assumed-role ARN), one DescribeRegions,
    // one DescribeInstances page per region.
    expect(emu.counts()).toMatchObject({
      AssumeRoleWithWebIdentity: 1,
      DescribeRegions: 1,
      DescribeInstances: 3,
    });
    expect(emu.counts().GetCallerIdentity ?? 0).toBe(0);
  });

  it('counts disabled endpoints as compliant under ec2.8-or-disabled, and gates on it', async () => {
    await withEmulator(knownFleet());
    const r = await audit({ 'compliance-rule': 'ec2.8-or-disabled', threshold: '70' });
    expect(r.outputs).toMatchObject({ 'compliant-count': '9', 'in-scope-count': '13', passed: 'false' });
    expect(r.exitCode).toBe(1);
    const errors = r.annotations.filter((a) => a.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0].message).toContain('9 of 13 in-scope instances compliant under ec2.8-or-disabled');
    expect(errors[0].message).toContain('below the threshold of 70%');
  });

  it('drops stopped instances with include-stopped: false', async () => {
    await withEmulator(knownFleet());
    const r = await audit({ 'include-stopped': 'false', threshold: '0' });
    expect(r.outputs).toMatchObject({ 'in-scope-count': '12', 'v1-allowed-count': '3' });
  });
});

describe('the gate at its boundary', () => {
  it('999 of 1000 passes 99.9 and fails 100', async () => {
    await withEmulator(uniformFleet(999, 1));
    const pass = await audit({ threshold: '99.9', regions: 'us-east-1' });
    expect(pass.outputs).toMatchObject({ passed: 'true', 'enforcement-percent': '99.9' });
    expect(pass.exitCode).toBe(0);
    const fail = await audit({ threshold: '100', regions: 'us-east-1' });
    expect(fail.outputs.passed).toBe('false');
    expect(fail.exitCode).toBe(1);
    expect(fail.annotations.find((a) => a.level === 'error')?.message).toMatch(
      /IMDSv2 enforcement is 99\.9% \(999 of 1000 .*\), below the threshold of 100%; 1 still allow IMDSv1/,
    );
  });

  it('an empty fleet is 100% and passes', async () => {
    await withEmulator(uniformFleet(0, 0));
    const r = await audit({});
    expect(r.outputs).toMatchObject({ 'in-scope-count': '0', 'enforcement-percent': '100', passed: 'true' });
    expect(r.exitCode).toBe(0);
  });
});

describe('a region that fails', () => {
  it('is reported with its error code and fails the check per fail-on-scan-error', async () => {
    await withEmulator(knownFleet());
    emu.faults.setAuthFailure('eu-west-1');
    const strict = await audit({ threshold: '0' });
    expect(strict.exitCode).toBe(1);
    expect(strict.outputs['failed-regions']).toBe(`${ACCOUNT}/eu-west-1`);
    expect(strict.annotations.find((a) => a.level === 'error')?.message).toContain('eu-west-1: AuthFailure');
    const report = JSON.parse(readFileSync(strict.outputs['report-json'], 'utf8'));
    expect(report.regions.find((x: { region: string }) => x.region === 'eu-west-1')).toMatchObject({
      status: 'failed',
      error: { code: 'AuthFailure' },
    });
    // The rest of the fleet is still counted.
    expect(report.totals.inScope).toBe(10);

    const lenient = await audit({ threshold: '0', 'fail-on-scan-error': 'accounts' });
    expect(lenient.exitCode).toBe(0);
    expect(lenient.outputs.passed).toBe('true');
    expect(lenient.stdout).toMatch(/warning.*eu-west-1.*AuthFailure/);
  });
});

describe('throttling', () => {
  it('survives a storm of RequestLimitExceeded with retries, and exact call counts', async () => {
    await withEmulator(uniformFleet(2500, 0));
    emu.faults.storm('DescribeInstances', 3);
    emu.faults.storm('DescribeRegions', 1);
    const r = await audit({ regions: 'us-east-1' });
    expect(r.exitCode).toBe(0);
    expect(r.outputs['in-scope-count']).toBe('2500');
    // 3 pages (1000 + 1000 + 500) plus the 3 throttled attempts; DescribeRegions 1 + 1 throttled.
    expect(emu.counts()).toMatchObject({ DescribeInstances: 6, DescribeRegions: 2 });
  });

  it('survives dropped connections and 5xx', async () => {
    await withEmulator(uniformFleet(10, 0));
    emu.faults.dropNext(1, { operation: 'DescribeInstances' });
    emu.faults.failNext(2, { operation: 'DescribeInstances', status: 503 });
    const r = await audit({ regions: 'us-east-1' });
    expect(r.exitCode).toBe(0);
    expect(r.outputs['in-scope-count']).toBe('10');
    expect(emu.counts().DescribeInstances).toBe(4);
  });
});

describe('sign-in', () => {
  it('names the missing id-token permission and makes no AWS call', async () => {
    await withEmulator(knownFleet());
    const r = await runAction({
      entry: ENTRY,
      inputs: { 'role-to-assume': ROLE },
      env: { AWS_ENDPOINT_URL: emu.url },
    });
    expect(r.exitCode).toBe(1);
    const msg = r.annotations.find((a) => a.level === 'error')?.message ?? '';
    expect(msg).toContain('id-token: write');
    expect(emu.counts()).toEqual({});
  });

  it('never prints a credential: the OIDC token and the STS keys are masked before use', async () => {
    await withEmulator(knownFleet());
    const r = await audit({ threshold: '0' });
    expect(r.exitCode).toBe(0);
    expect(r.secretsMasked.length).toBeGreaterThanOrEqual(4); // token, key id, secret, session token
    const printed = `${r.stdout}\n${r.stderr}`
      .split('\n')
      .filter((l) => !l.startsWith('::add-mask::'))
      .join('\n');
    for (const secret of r.secretsMasked) expect(printed).not.toContain(secret);
    expect(oidc.requests.at(-1)?.audience).toBe('sts.amazonaws.com');
  });

  it('with no role and no credentials, fails clearly without asking an instance metadata service', async () => {
    await withEmulator(knownFleet());
    const r = await runAction({
      entry: ENTRY,
      inputs: {},
      env: { AWS_ENDPOINT_URL: emu.url, AWS_REGION: 'us-east-1' },
    });
    expect(r.exitCode).toBe(1);
    expect(r.annotations.find((a) => a.level === 'error')?.message).toMatch(/No AWS credentials found/);
  });

  it('uses the default chain (static keys) when no role is given', async () => {
    await withEmulator(knownFleet());
    const r = await runAction({
      entry: ENTRY,
      inputs: { threshold: '0' },
      env: {
        AWS_ENDPOINT_URL: emu.url,
        AWS_REGION: 'us-east-1',
        AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
        AWS_SECRET_ACCESS_KEY: 'secret',
      },
    });
    expect(r.exitCode).toBe(0);
    expect(r.outputs['in-scope-count']).toBe('13');
    expect(emu.counts().AssumeRoleWithWebIdentity).toBeUndefined();
  });
});

describe('bad input', () => {
  it.each([
    [{ threshold: 'abc' }, "Input 'threshold'"],
    [{ threshold: '101' }, "Input 'threshold'"],
    [{ threshold: '-1' }, "Input 'threshold'"],
    [{ 'role-to-assume': 'arn:aws:iam::12:role/x' }, "Input 'role-to-assume'"],
    [{ regions: 'us-east-1,nowhere' }, "Input 'regions'"],
    [{ 'compliance-rule': 'strict' }, "Input 'compliance-rule'"],
    [{ concurrency: '0' }, "Input 'concurrency'"],
  ])('%j → a clear error and no AWS call at all', async (inputs, message) => {
    await withEmulator(knownFleet());
    const r = await audit(inputs);
    expect(r.exitCode).toBe(1);
    expect(r.annotations.find((a) => a.level === 'error')?.message).toContain(message);
    expect(emu.counts()).toEqual({});
  });

  it.each([
    ['us-east-9', /'us-east-9' is not a region this account knows/],
    ['af-south-1', /'af-south-1' is not enabled for this account/],
  ])('region %s → input error after DescribeRegions, before any scan', async (region, message) => {
    await withEmulator(knownFleet());
    const r = await audit({ regions: `us-east-1,${region}` });
    expect(r.exitCode).toBe(1);
    expect(r.annotations.find((a) => a.level === 'error')?.message).toMatch(message);
    expect(emu.counts().DescribeInstances).toBeUndefined();
  });
});
