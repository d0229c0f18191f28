/**
 * End to end, through the bundle (IMDS_GUARD_ENTRY, default dist/index.js): staged waves.
 * A three-wave plan; one wave-1 instance still uses IMDSv1 (emulator `stillUsesV1`: its refused calls
 * appear in MetadataNoTokenRejected once it requires tokens). Soaks are seconds (soak=0.03).
 *   - failure-budget=0: that instance is restored within wave 1, the log says why, wave 2 never starts,
 *     the step fails;
 *   - failure-budget=1: the run goes on through every wave;
 *   - SIGKILL between waves, then a second apply with the same plan and digest finishes the plan
 *     without repeating a change (one ModifyInstanceMetadataOptions per instance in the emulator);
 *   - CloudWatch answers for that instance's MetadataNoTokenRejected that are not an answer
 *     (InternalError, a missing result, NaN) stop the run after wave 1 as unknown, not broken, with
 *     nothing further changed; PartialData with a NextToken is followed and sees the breakage.
 * Soaks of seconds take the test-only metric timing (IMDS_GUARD_TEST_METRIC_TIMING, loopback only).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ChangeRecord, Plan } from '../../src/model/types.js';
import type { MetricAnswerShape } from '../emulator/faults.js';
import { type Emulator, startEmulator } from '../emulator/index.js';
import { type GitHubServer, startGitHub } from '../support/github.js';
import { startOidc } from '../support/oidc.js';
import { ACTION_NODE, runAction } from '../support/runner.js';

const BUNDLE = resolve(process.env.IMDS_GUARD_ENTRY ?? 'dist/index.js');
const ACCOUNT = '111111111111';
const READ_ROLE = `arn:aws:iam::${ACCOUNT}:role/IMDSGuardReadOnly`;
const WRITE_ROLE = `arn:aws:iam::${ACCOUNT}:role/IMDSGuardRemediation`;
const REGIONS = ['us-east-1', 'eu-west-1'];
const WAVES = 'canary:1-per-region,50%,100%';

let emu: Emulator;
let gh: GitHubServer;
let oidcPlan: Awaited<ReturnType<typeof startOidc>>;
let oidcProd: Awaited<ReturnType<typeof startOidc>>;

beforeAll(async () => {
  if (!existsSync(BUNDLE))
    throw new Error(
      `no bundle at ${BUNDLE}: build one (bash scripts/build.sh /tmp/x) and set IMDS_GUARD_ENTRY=/tmp/x/dist/index.js`,
    );
  emu = await startEmulator({ fleet: { seed: 7, regions: REGIONS, instancesPerRegion: 16 } });
  gh = await startGitHub({ files: { '.imds-guard/changelog.jsonl': '' } });
  oidcPlan = await startOidc({ eventName: 'workflow_dispatch' });
  oidcProd = await startOidc({ environment: 'production', eventName: 'workflow_dispatch' });
}, 30_000);

afterAll(async () => {
  await emu?.close();
  await gh?.close();
  await oidcPlan?.close();
  await oidcProd?.close();
});

beforeEach(() => {
  emu.resetWorld();
  emu.reset();
  emu.setThrottle(false);
});

/**
 * Soaks of seconds need the test-only metric timing (src/aws/metric-timing.ts): the emulator publishes
 * every datapoint at once, so a 1 s period and no publishing delay; honoured against loopback only.
 */
const awsEnv = () => ({
  AWS_ENDPOINT_URL: emu.url,
  AWS_REGION: 'us-east-1',
  AWS_MAX_ATTEMPTS: '3',
  IMDS_GUARD_TEST_METRIC_TIMING: '1,0',
});

async function plan(inputs: Record<string, string>) {
  const r = await runAction({
    entry: BUNDLE,
    inputs: { mode: 'plan', 'role-to-assume': READ_ROLE, regions: REGIONS.join(','), ...inputs },
    env: { ...awsEnv(), ...oidcPlan.env },
    event: { name: 'workflow_dispatch', payload: { ref: 'refs/heads/main' } },
  });
  try {
    expect(r.exitCode, r.stdout + r.stderr).toBe(0);
    const text = readFileSync(r.outputs['plan-file'], 'utf8');
    const p = JSON.parse(text) as Plan;
    expect(r.outputs['plan-digest']).toBe(p.digest);
    return { text, plan: p, summary: r.summary, stdout: r.stdout };
  } finally {
    r.cleanup();
  }
}

async function apply(planText: string, files: Record<string, string> = {}) {
  const r = await runAction({
    entry: BUNDLE,
    inputs: {
      mode: 'apply',
      'role-to-assume': WRITE_ROLE,
      'approval-environment': 'production',
      'plan-digest': (JSON.parse(planText) as Plan).digest,
      'commit-changelog': 'false',
    },
    env: { ...awsEnv(), GITHUB_API_URL: gh.url, ...oidcProd.env },
    event: { name: 'workflow_dispatch', payload: { ref: 'refs/heads/main' } },
    workspaceFiles: { 'imds-guard-plan.json': planText, ...files },
    timeoutMs: 90_000,
  });
  const logPath = join(r.workspace, '.imds-guard/changelog.jsonl');
  const log = existsSync(logPath) ? readFileSync(logPath, 'utf8') : '';
  const lines = log
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as ChangeRecord);
  r.cleanup();
  return { ...r, lines, log };
}

/** Real (non-DryRun) ModifyInstanceMetadataOptions calls per instance, from the emulator's call log. */
function modifyCallsPer(): Map<string, number> {
  const m = new Map<string, number>();
  for (const c of emu.callLog) {
    if (c.operation !== 'ModifyInstanceMetadataOptions' || c.params.DryRun === 'true') continue;
    const id = String(c.params.InstanceId);
    m.set(id, (m.get(id) ?? 0) + 1);
  }
  return m;
}

const inst = (id: string) => emu.world.findInstance(id)!.instance;
const wave = (p: Plan, n: number) => p.items.filter((i) => i.wave === n);

/** A staged plan with a wave-1 instance whose workload still calls IMDSv1 (invisible to readiness). */
async function stagedPlan(budget: string, soak = '0.03') {
  const made = await plan({ waves: `${WAVES}, soak=${soak}, failure-budget=${budget}` });
  const p = made.plan;
  expect(p.waves?.waves.map((w) => w.definition)).toEqual([
    'canary: 1 per region',
    'up to 50% of the instances',
    'up to 100% of the instances',
  ]);
  for (const n of [1, 2, 3]) expect(wave(p, n).length, `wave ${n}`).toBeGreaterThan(0);
  expect(
    wave(p, 1)
      .map((i) => i.region)
      .sort(),
  ).toEqual([...REGIONS].sort());
  expect(made.summary).toMatch(/### Waves — soak 0\.0\d min each, failure budget \d/);
  expect(made.summary).toMatch(/\| 1 \| canary: 1 per region \| 2 \|/);
  return made;
}

describe('staged waves', () => {
  it('restores the instance that broke within wave 1, says why, and stops before wave 2', async () => {
    const { text, plan: p } = await stagedPlan('0');
    const broken = wave(p, 1)[0];
    const healthy = wave(p, 1)[1];
    const before = inst(broken.resourceId).metadataOptions.HttpTokens;
    expect(before).toBe('optional');
    inst(broken.resourceId).stillUsesV1 = true;
    emu.resetCounts();

    const a = await apply(text);
    expect(a.exitCode, a.stdout + a.stderr).not.toBe(0);
    // Restored within the wave: the emulator shows its original HttpTokens, after one change and back.
    expect(inst(broken.resourceId).metadataOptions.HttpTokens).toBe(before);
    expect(inst(broken.resourceId).tokensChanges?.map((c) => c.to)).toEqual(['required', 'optional']);
    expect(inst(healthy.resourceId).metadataOptions.HttpTokens).toBe('required');
    // The change log says why: metric, sum, period, window — an apply-mode record restoring the before-state.
    const restore = a.lines.filter((l) => l.autoRollback && l.result === 'applied');
    expect(restore).toHaveLength(1);
    expect(restore[0]).toMatchObject({
      mode: 'apply',
      resourceId: broken.resourceId,
      wave: 1,
      planDigest: p.digest,
      after: { httpTokens: 'optional' },
      before: { httpTokens: 'required' },
      autoRollback: { metric: 'MetadataNoTokenRejected', statistic: 'Sum', periodSeconds: 60, wave: 1 },
    });
    expect(restore[0].autoRollback!.sum).toBeGreaterThanOrEqual(1);
    expect(restore[0].autoRollback!.reason).toMatch(/IMDSv1 call\(s\) refused/);
    // A write-ahead intent came first.
    expect(
      a.lines.some((l) => l.autoRollback && l.result === 'started' && l.resourceId === broken.resourceId),
    ).toBe(true);
    // Wave 2 never started: no modify call for any wave-2 or wave-3 instance.
    const calls = modifyCallsPer();
    for (const it of [...wave(p, 2), ...wave(p, 3)]) expect(calls.get(it.resourceId)).toBeUndefined();
    expect(calls.get(broken.resourceId)).toBe(2); // the change and its restore
    expect(calls.get(healthy.resourceId)).toBe(1);
    expect(a.outputs['rolled-back-count']).toBe('1');
    expect(a.stdout + a.stderr).toMatch(/more than failure-budget=0; waves 2–3 not started/);
    expect(a.summary).toMatch(/### Waves — soak 0\.03 min, failure budget 0 \(1 used\)/);
    expect(a.summary).toMatch(/Rolled back automatically/);
    expect(a.summary).toContain(broken.resourceId);
    expect(a.summary).toMatch(
      /\| 2 \| up to 50% of the instances \| \d+ \| 0 \| 0 \| 0 \| 0 \| — \| not started \|/,
    );
  }, 120_000);

  it('with failure-budget=1 the run goes on through every wave', async () => {
    const { text, plan: p } = await stagedPlan('1');
    const broken = wave(p, 1)[0];
    inst(broken.resourceId).stillUsesV1 = true;
    emu.resetCounts();

    const a = await apply(text);
    expect(a.exitCode, a.stdout + a.stderr).toBe(0);
    expect(a.outputs['rolled-back-count']).toBe('1');
    expect(inst(broken.resourceId).metadataOptions.HttpTokens).toBe('optional');
    const calls = modifyCallsPer();
    for (const it of p.items) {
      expect(calls.get(it.resourceId), it.resourceId).toBe(it.resourceId === broken.resourceId ? 2 : 1);
      if (it.resourceId !== broken.resourceId)
        expect(inst(it.resourceId).metadataOptions.HttpTokens).toBe('required');
    }
    // Each wave's records carry its number; the summary shows every wave soaked.
    for (const n of [1, 2, 3]) {
      const ids = a.lines
        .filter((l) => l.wave === n && !l.autoRollback && l.result === 'applied')
        .map((l) => l.resourceId);
      expect(ids.sort()).toEqual(
        wave(p, n)
          .map((i) => i.resourceId)
          .sort(),
      );
    }
    expect(a.summary.match(/✅ soaked \|/g)).toHaveLength(3);
    expect(a.summary).toMatch(/failure budget 1 \(1 used\)/);
  }, 120_000);

  it('killed between waves, a second apply with the same plan finishes it without repeating a change', async () => {
    const { text, plan: p } = await stagedPlan('0', '0.05');
    emu.resetCounts();
    const ws = mkdtempSync(join(tmpdir(), 'imds-waves-kill-'));
    writeFileSync(join(ws, 'imds-guard-plan.json'), text);
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '',
      HOME: ws,
      ...awsEnv(),
      ...oidcProd.env,
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: ws,
      GITHUB_EVENT_NAME: 'workflow_dispatch',
      GITHUB_REPOSITORY: 'octo/infra',
      GITHUB_RUN_ID: '777',
      GITHUB_REF: 'refs/heads/main',
      RUNNER_TEMP: ws,
      INPUT_MODE: 'apply',
      'INPUT_ROLE-TO-ASSUME': WRITE_ROLE,
      'INPUT_APPROVAL-ENVIRONMENT': 'production',
      'INPUT_COMMIT-CHANGELOG': 'false',
      'INPUT_PLAN-DIGEST': p.digest,
    };
    const child = spawn(ACTION_NODE, [BUNDLE], { cwd: ws, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    let done = false;
    const exited = new Promise<void>((r) =>
      child.on('exit', () => {
        done = true;
        r();
      }),
    );
    // Kill during wave 1's soak: its changes are made and logged, wave 2 not started.
    const deadline = Date.now() + 30_000;
    while (!/Wave 1: soaking/.test(output) && !done && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 10));
    expect(done, `apply exited before it could be killed:\n${output.slice(-3000)}`).toBe(false);
    child.kill('SIGKILL');
    await exited;
    const logText = readFileSync(join(ws, '.imds-guard/changelog.jsonl'), 'utf8');
    rmSync(ws, { recursive: true, force: true });
    const wave1 = wave(p, 1)
      .map((i) => i.resourceId)
      .sort();
    expect(emu.changes.map((c) => c.resourceId).sort()).toEqual(wave1);

    // The second apply: same plan, same digest, the first run's change log in the workspace.
    const b = await apply(text, { '.imds-guard/changelog.jsonl': logText });
    expect(b.exitCode, b.stdout + b.stderr).toBe(0);
    expect(b.stdout).not.toMatch(/Wave 1\/3 .*applying/);
    expect(b.stdout).toMatch(/Wave 2\/3 .*applying/);
    // Exactly one ModifyInstanceMetadataOptions per planned instance across both runs.
    const calls = modifyCallsPer();
    expect([...calls.keys()].sort()).toEqual(p.items.map((i) => i.resourceId).sort());
    for (const it of p.items) expect(calls.get(it.resourceId), it.resourceId).toBe(1);
    for (const it of p.items) expect(inst(it.resourceId).metadataOptions.HttpTokens).toBe('required');
    // The second run's log lines hold waves 2 and 3 only; wave 1 was verified, not re-applied.
    const secondRun = b.lines.filter((l) => l.runId !== '777' && l.result === 'applied');
    expect(secondRun.map((l) => l.resourceId).sort()).toEqual(
      [...wave(p, 2), ...wave(p, 3)].map((i) => i.resourceId).sort(),
    );
    expect(b.summary).toMatch(/\| 1 \| canary: 1 per region \| 2 \| 0 \| 2 \| 0 \| 0 \|/);
  }, 120_000);

  describe('CloudWatch answers that are not an answer', () => {
    const cases: Array<[MetricAnswerShape, RegExp]> = [
      ['InternalError', /MetadataNoTokenRejected: StatusCode InternalError/],
      ['missing', /MetadataNoTokenRejected: the answer has no result for it/],
      ['NaN', /MetadataNoTokenRejected: a value of NaN, which is not a count/],
    ];
    for (const [shape, why] of cases) {
      it(`${shape} for the instance that broke: the run stops after wave 1 as unknown, nothing further changed`, async () => {
        const { text, plan: p } = await stagedPlan('0');
        const broken = wave(p, 1)[0];
        const healthy = wave(p, 1)[1];
        inst(broken.resourceId).stillUsesV1 = true;
        emu.faults.metricAnswer({ shape, instanceId: broken.resourceId, metric: 'MetadataNoTokenRejected' });
        emu.resetCounts();

        const a = await apply(text);
        const out = a.stdout + a.stderr;
        expect(a.exitCode, out).toBe(1);
        // Unknown, not broken: named with its metric and why; nothing restored, nothing further sent.
        expect(out).toMatch(/wave 1: the soak outcome of 1 instance\(s\) is unknown, not broken/);
        expect(out).toContain(broken.resourceId);
        expect(out).toMatch(why);
        expect(out).toMatch(/waves 2–3 not started/);
        expect(out).not.toMatch(/Wave 2\/3/);
        const calls = modifyCallsPer();
        expect([...calls.keys()].sort()).toEqual([broken.resourceId, healthy.resourceId].sort());
        expect(calls.get(broken.resourceId)).toBe(1);
        expect(calls.get(healthy.resourceId)).toBe(1);
        expect(a.lines.some((l) => l.autoRollback)).toBe(false);
        expect(inst(broken.resourceId).metadataOptions.HttpTokens).toBe('required');
        for (const it of [...wave(p, 2), ...wave(p, 3)])
          expect(inst(it.resourceId).metadataOptions.HttpTokens).toBe('optional');
        expect(a.outputs['rolled-back-count']).toBe('0');
        // The wave's row and the stop say unknown (Markdown escapes the parentheses).
        expect(a.summary).toMatch(
          /\| 1 \| canary: 1 per region \| 2 \| 2 \|.*❌ stopped: soak outcome unknown \\\(not broken\\\) \|/,
        );
        expect(a.summary).toMatch(/is unknown, not broken/);
      }, 120_000);
    }

    it('PartialData with a NextToken is followed to the end: the breakage on its next page is seen and restored', async () => {
      const { text, plan: p } = await stagedPlan('0');
      const broken = wave(p, 1)[0];
      inst(broken.resourceId).stillUsesV1 = true;
      emu.faults.metricAnswer({
        shape: 'PartialData',
        instanceId: broken.resourceId,
        metric: 'MetadataNoTokenRejected',
      });
      emu.resetCounts();

      const a = await apply(text);
      expect(a.exitCode, a.stdout + a.stderr).toBe(1);
      expect(a.stdout + a.stderr).toMatch(/more than failure-budget=0; waves 2–3 not started/);
      expect(inst(broken.resourceId).metadataOptions.HttpTokens).toBe('optional');
      expect(modifyCallsPer().get(broken.resourceId)).toBe(2);
      for (const it of [...wave(p, 2), ...wave(p, 3)])
        expect(modifyCallsPer().get(it.resourceId)).toBeUndefined();
      // The soak's GetMetricData for wave 1 took a second page (the NextToken).
      const soakCalls = emu.callLog.filter(
        (c) =>
          c.operation === 'GetMetricData' &&
          typeof (c.params as { NextToken?: unknown }).NextToken === 'string',
      );
      expect(soakCalls.length).toBeGreaterThanOrEqual(1);
    }, 120_000);
  });

  it('a real run (no test timing) refuses a soak shorter than one metric period plus the publishing delay', async () => {
    const r = await runAction({
      entry: BUNDLE,
      inputs: {
        mode: 'plan',
        'role-to-assume': READ_ROLE,
        regions: REGIONS.join(','),
        waves: `${WAVES}, soak=0.5`,
      },
      env: { AWS_ENDPOINT_URL: emu.url, AWS_REGION: 'us-east-1', ...oidcPlan.env },
      event: { name: 'workflow_dispatch', payload: { ref: 'refs/heads/main' } },
    });
    try {
      expect(r.exitCode).toBe(1);
      expect(r.stdout + r.stderr).toMatch(
        /Input 'waves': soak=0\.5 is shorter than CloudWatch needs .* the minimum is soak=10/,
      );
      expect(r.outputs['plan-file']).toBeUndefined();
      expect(emu.counts().DescribeInstances ?? 0).toBe(0);
    } finally {
      r.cleanup();
    }
  }, 60_000);
});
