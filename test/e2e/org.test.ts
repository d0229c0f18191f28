/**
 * Organizations end to end: dist/index.js (or IMDS_GUARD_ENTRY, e.g. a private build from
 * `bash scripts/build.sh /tmp/org-build`) run like the Actions runner against the loopback emulator.
 *
 * A three-account organization: the management account (signed in), one member reached by role
 * chaining, one member whose audit role cannot be assumed. Then the same organization scanned as
 * three shards and merged, which must give a report identical in every number to the unsharded one.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatPercent } from '../../src/assess/assess.js';
import { generateFleet } from '../emulator/fleet.js';
import { type Emulator, startEmulator } from '../emulator/index.js';
import type { WorldFixture } from '../emulator/world.js';
import { type RunResult, runAction } from '../support/runner.js';

const ENTRY = process.env.IMDS_GUARD_ENTRY ?? 'dist/index.js';
const MGMT = '111111111111';
const MEMBER = '222222222222';
const LOCKED = '333333333333';
const KEY = 'AKIAORGMGMTEXAMPLE01';

function world(): WorldFixture {
  const w = generateFleet({
    seed: 42,
    accounts: 3,
    regions: ['us-east-1', 'eu-west-1'],
    instancesPerRegion: 15,
    enabledRegions: ['us-east-1', 'eu-west-1', 'us-west-2'],
  });
  const locked = w.accounts.find((a) => a.id === LOCKED);
  const role = locked?.roles?.find((r) => r.name === 'IMDSGuardAudit');
  if (!role) throw new Error('fixture: no IMDSGuardAudit role in the locked account');
  role.unassumable = true;
  // The member's defaults require v2 in one region and are policy-managed in another.
  const mgmt = w.accounts.find((a) => a.id === MGMT);
  for (const r of Object.values(mgmt?.regions ?? {})) r.metadataDefaults = {};
  const member = w.accounts.find((a) => a.id === MEMBER);
  if (member?.regions) {
    member.regions['us-east-1'].metadataDefaults = { HttpTokens: 'required', HttpPutResponseHopLimit: 2 };
    member.regions['eu-west-1'].metadataDefaults = {
      HttpTokens: 'optional',
      ManagedBy: 'declarative-policy',
    };
  }
  w.accessKeys = { [KEY]: { account: MGMT, role: 'IMDSGuardAudit' } };
  return w;
}

interface Report {
  totals: { inScope: number; compliant: number };
  byAccount: Array<{ accountId: string; status: string; error?: { code: string } }>;
  accounts: Array<{ accountId: string; status: string }>;
  instances: unknown[];
  posture?: { counts: Record<string, unknown>; errors: unknown[] };
  gate: { passed: boolean; failures: string[] };
  shard?: { index: number; count: number; accounts: string[]; assigned: string[] };
  [k: string]: unknown;
}

let emu: Emulator;
const runs: RunResult[] = [];

async function audit(inputs: Record<string, string>): Promise<{ run: RunResult; report: Report }> {
  const run = await runAction({
    entry: ENTRY,
    inputs: { accounts: 'organization', comment: 'never', ...inputs },
    env: {
      AWS_ENDPOINT_URL: emu.url,
      AWS_ACCESS_KEY_ID: KEY,
      AWS_SECRET_ACCESS_KEY: 'secret',
      AWS_REGION: 'us-east-1',
    },
  });
  runs.push(run);
  const text = await readFile(join(run.workspace, 'imds-guard-report', 'report.json'), 'utf8').catch(
    () => '',
  );
  if (!text) throw new Error(`no report (exit ${run.exitCode}):\n${run.stdout}\n${run.stderr}`);
  return { run, report: JSON.parse(text) as Report };
}

beforeAll(async () => {
  emu = await startEmulator({ world: world() });
});
afterAll(async () => {
  for (const r of runs) r.cleanup();
  await emu?.close();
});

/** Every number of a report (not its timings, call counts or generation time). */
function numbers(r: Report) {
  const { generatedAt: _g, durationMs: _d, apiCalls: _a, run: _r, shard: _s, scannedAt: _t, ...rest } = r;
  // Per-region scan timings are timings too.
  return JSON.parse(JSON.stringify(rest, (k, v) => (k === 'durationMs' ? undefined : v)));
}

describe('organization audit', () => {
  let unsharded: Report;

  it('scans every reachable account and reports the one whose role cannot be assumed', async () => {
    const { run, report } = await audit({});
    unsharded = report;
    expect(run.exitCode).toBe(1); // fail-on-scan-error (default true)
    expect(report.accounts.map((a) => [a.accountId, a.status])).toEqual([
      [MGMT, 'ok'],
      [MEMBER, 'ok'],
      [LOCKED, 'failed'],
    ]);
    expect(report.byAccount[0]).toMatchObject({
      accountId: LOCKED,
      status: 'failed',
      error: { code: 'AccessDenied' },
    });
    expect(report.gate.failures.some((f) => f.includes(LOCKED))).toBe(true);
    // 2 accounts × 2 regions with instances × 15, minus out-of-scope ones.
    expect(report.totals.inScope).toBeGreaterThan(0);
    expect(new Set((report.instances as Array<{ accountId: string }>).map((i) => i.accountId))).toEqual(
      new Set([MGMT, MEMBER]),
    );
    const counts = report.posture?.counts as {
      accountDefaults: { regions: number; allowV1: number; declarativePolicy: number };
      launchTemplates: { total: number };
      images: { total: number };
    };
    // Defaults in 2 reachable accounts × 3 enabled regions; the member requires v2 in us-east-1 only.
    expect(counts.accountDefaults).toEqual({ regions: 6, allowV1: 5, declarativePolicy: 1 });
    expect(counts.launchTemplates.total).toBeGreaterThan(0);
    expect(counts.images.total).toBeGreaterThan(0);
    expect(report.posture?.errors).toEqual([]);

    // Exactly the minimum calls: 1 ListAccounts page, 2 AssumeRole (one fails), 2 DescribeRegions,
    // and per (account, region) one of each posture call; DescribeImages only where instances are.
    const calls = (report.apiCalls ?? {}) as Record<string, number>;
    expect(calls.ListAccounts).toBe(1);
    expect(calls.AssumeRole).toBe(2);
    expect(calls.DescribeRegions).toBe(2);
    expect(calls.DescribeInstances).toBe(6);
    expect(calls.GetInstanceMetadataDefaults).toBe(6);
    // …plus, per launch template that Auto Scaling groups launch, one call for the versions they use.
    const groups = (report.autoScalingGroups ?? []) as Array<{
      accountId: string;
      region: string;
      launchTemplateId?: string;
      launchTemplateName?: string;
    }>;
    const launched = new Set(
      groups
        .filter((g) => g.launchTemplateId || g.launchTemplateName)
        .map((g) => `${g.accountId}/${g.region}/${g.launchTemplateId ?? g.launchTemplateName}`),
    );
    expect(launched.size).toBeGreaterThan(0);
    expect(calls.DescribeLaunchTemplateVersions).toBe(6 + launched.size);
    // One DescribeAutoScalingGroups per (account, region) feeds both the posture and the groups' launches.
    expect(calls.DescribeAutoScalingGroups).toBe(6);
    expect(calls.DescribeImages).toBe(4);
    expect(calls.DescribeLaunchTemplates ?? 0).toBe(0);
  });

  it('passes the account error through with fail-on-scan-error: regions', async () => {
    const { run, report } = await audit({ 'fail-on-scan-error': 'regions', threshold: '0' });
    expect(report.gate.failures).toEqual([]);
    expect(run.exitCode).toBe(0);
  });

  it('gates on launch templates and account defaults when asked', async () => {
    const { run, report } = await audit({
      'fail-on-scan-error': 'regions',
      threshold: '0',
      'gate-on': 'instances,launch-templates,account-defaults',
    });
    expect(run.exitCode).toBe(1);
    expect(report.gate.failures.some((f) => f.includes('account metadata defaults'))).toBe(true);
  });

  it('reports a posture call the role may not make, and goes on', async () => {
    const role = emu.world.role(MEMBER, 'IMDSGuardAudit');
    if (!role) throw new Error('no role');
    role.deniedOperations = ['GetInstanceMetadataDefaults'];
    try {
      const { run, report } = await audit({ 'fail-on-scan-error': 'regions', threshold: '0' });
      expect(run.exitCode).toBe(0);
      expect(report.accounts.filter((a) => a.status === 'ok')).toHaveLength(2);
      const errors = report.posture?.errors as Array<{ accountId: string; operation: string; code: string }>;
      expect(errors).toHaveLength(3);
      expect(errors.every((e) => e.accountId === MEMBER && e.code === 'UnauthorizedOperation')).toBe(true);
      expect(run.stdout + run.stderr).toContain(
        'GetInstanceMetadataDefaults failed with UnauthorizedOperation in 3 region(s) of 1 account(s)',
      );
      // Gating on account defaults now fails: the gate cannot vouch for the regions it could not read.
      const gated = await audit({
        'fail-on-scan-error': 'regions',
        threshold: '0',
        'gate-on': 'account-defaults',
      });
      expect(
        gated.report.gate.failures.some((f) =>
          f.startsWith('account-defaults could not be read in 3 region(s)'),
        ),
      ).toBe(true);
    } finally {
      role.deniedOperations = [];
    }
  });

  it('three shards merged give a report identical in every number to one unsharded run', async () => {
    expect(unsharded).toBeDefined();
    const shards = [];
    for (const i of [1, 2, 3]) shards.push(await audit({ shard: `${i}/3` }));
    for (const [k, s] of shards.entries()) {
      expect(s.report.shard).toMatchObject({ index: k + 1, count: 3, accounts: [MGMT, MEMBER, LOCKED] });
      expect(s.report.accounts.map((a) => a.accountId)).toEqual(s.report.shard?.assigned);
    }
    // Downloaded artifacts: one folder per shard in the merge job's workspace.
    const workspaceFiles: Record<string, string> = {};
    for (const [k, s] of shards.entries()) {
      workspaceFiles[`shards/imds-guard-shard-${k + 1}/report.json`] = await readFile(
        join(s.run.workspace, 'imds-guard-report', 'report.json'),
        'utf8',
      );
    }
    const merge = (spec: string) =>
      runAction({
        entry: ENTRY,
        inputs: { mode: 'merge', 'merge-reports': spec, comment: 'never' },
        env: { AWS_REGION: 'us-east-1' },
        workspaceFiles,
      }).then((r) => {
        runs.push(r);
        return r;
      });
    const merged = await merge('shards');
    expect(merged.stderr + merged.stdout).toContain('Merging 3 shard reports');
    expect(merged.exitCode).toBe(1); // same gate as unsharded: the locked account fails it
    const report = JSON.parse(
      await readFile(join(merged.workspace, 'imds-guard-report', 'report.json'), 'utf8'),
    );
    expect(numbers(report)).toEqual(numbers(unsharded));
    // The output shows the report's digits (formatPercent: one decimal, truncated).
    expect(merged.outputs['enforcement-percent']).toBe(
      formatPercent(unsharded.totals.compliant, unsharded.totals.inScope).replace('%', ''),
    );

    // Two shards only: refused, naming the missing one.
    const partial = await merge('shards/imds-guard-shard-[12]/report.json');
    expect(partial.exitCode).not.toBe(0);
    expect(partial.stdout + partial.stderr).toContain('Shard 3/3 is missing');
  });
});
