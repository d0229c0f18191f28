/**
 * End to end: the bundled Action (IMDS_GUARD_ENTRY, default dist/index.js — the bundle CI builds)
 * against the loopback AWS emulator, OIDC endpoint and GitHub API: plan → apply → rollback, drift,
 * injected failures, every refusal, the change-log commit, and a SIGKILL mid-apply with the answer on
 * the wire (write-ahead intents, reconciled by the next run).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sealPlan } from '../../src/assess/plan-file.js';
import type { ChangeRecord, Plan } from '../../src/model/types.js';
import { type Emulator, startEmulator } from '../emulator/index.js';
import { type GitHubServer as GitHubFake, startGitHub } from '../support/github.js';
import { startOidc } from '../support/oidc.js';
import { ACTION_NODE, runAction } from '../support/runner.js';

// The bundle under test: what CI builds (dist/), or a private build named by IMDS_GUARD_ENTRY.
const BUNDLE = resolve(process.env.IMDS_GUARD_ENTRY ?? 'dist/index.js');
const ACCOUNT = '111111111111';
const READ_ROLE = `arn:aws:iam::${ACCOUNT}:role/IMDSGuardReadOnly`;
const WRITE_ROLE = `arn:aws:iam::${ACCOUNT}:role/IMDSGuardRemediation`;
const REGIONS = ['us-east-1', 'eu-west-1'];

let emu: Emulator;
let gh: GitHubFake;
let oidcPlan: Awaited<ReturnType<typeof startOidc>>;
let oidcProd: Awaited<ReturnType<typeof startOidc>>;

beforeAll(async () => {
  if (!existsSync(BUNDLE))
    throw new Error(
      `no bundle at ${BUNDLE}: build one (bash scripts/build.sh /tmp/x) and set IMDS_GUARD_ENTRY=/tmp/x/dist/index.js`,
    );
  emu = await startEmulator({ fleet: { seed: 7, regions: REGIONS, instancesPerRegion: 24 } });
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

const awsEnv = () => ({
  AWS_ENDPOINT_URL: emu.url,
  AWS_REGION: 'us-east-1',
  AWS_MAX_ATTEMPTS: '3',
});

async function plan(extraInputs: Record<string, string> = {}) {
  const r = await runAction({
    entry: BUNDLE,
    inputs: { mode: 'plan', 'role-to-assume': READ_ROLE, regions: REGIONS.join(','), ...extraInputs },
    env: { ...awsEnv(), ...oidcPlan.env },
    event: { name: 'workflow_dispatch', payload: { ref: 'refs/heads/main' } },
  });
  try {
    expect(r.exitCode, r.stdout + r.stderr).toBe(0);
    const text = readFileSync(r.outputs['plan-file'], 'utf8');
    return { text, plan: JSON.parse(text) as Plan, summary: r.summary };
  } finally {
    r.cleanup();
  }
}

interface ApplyOpts {
  planText?: string;
  inputs?: Record<string, string>;
  env?: Record<string, string>;
  event?: string;
  files?: Record<string, string>;
  /** The plan job's plan-digest output; default: the digest the plan file carries (an honest plan). */
  digest?: string;
}

async function apply(o: ApplyOpts = {}) {
  const files: Record<string, string> = { ...(o.files ?? {}) };
  if (o.planText !== undefined) files['imds-guard-plan.json'] = o.planText;
  const digest = o.digest ?? (o.planText ? (JSON.parse(o.planText) as Plan).digest : '');
  const r = await runAction({
    entry: BUNDLE,
    inputs: {
      mode: 'apply',
      'role-to-assume': WRITE_ROLE,
      'approval-environment': 'production',
      'github-token': 'ghs_test',
      'plan-digest': digest,
      ...(o.inputs ?? {}),
    },
    env: { ...awsEnv(), GITHUB_API_URL: gh.url, ...oidcProd.env, ...(o.env ?? {}) },
    event: {
      name: o.event ?? 'workflow_dispatch',
      payload: o.event?.startsWith('pull_request')
        ? { number: 3, pull_request: { number: 3 } }
        : { ref: 'refs/heads/main' },
    },
    workspaceFiles: files,
  });
  const logPath = join(r.workspace, '.imds-guard/changelog.jsonl');
  const log = existsSync(logPath) ? readFileSync(logPath, 'utf8') : '';
  const lines = log
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as ChangeRecord);
  // Outcomes only; `lines` keeps the write-ahead intents too.
  const records = lines.filter((l) => l.result !== 'started');
  r.cleanup();
  return { ...r, records, lines, log };
}

/** The read-only plan-rollback job, checking provenance against the fake GitHub (`github` overrides it). */
async function planRollback(runId: string, logText: string, env: Record<string, string> = {}) {
  return runAction({
    entry: BUNDLE,
    inputs: { mode: 'plan-rollback', 'role-to-assume': READ_ROLE, 'rollback-run': runId },
    env: { ...awsEnv(), GITHUB_API_URL: gh.url, ...oidcPlan.env, ...env },
    event: { name: 'workflow_dispatch', payload: { ref: 'refs/heads/main' } },
    workspaceFiles: { '.imds-guard/changelog.jsonl': logText },
  });
}

/** Rollback as hardening does it: a read-only plan-rollback job, then the approved rollback job pinned by digest. */
async function rollback(runId: string, logText: string, inputs: Record<string, string> = {}) {
  const r = await planRollback(runId, logText);
  let planText: string;
  try {
    expect(r.exitCode, r.stdout + r.stderr).toBe(0);
    planText = readFileSync(r.outputs['plan-file'], 'utf8');
    expect(r.outputs['plan-digest']).toBe((JSON.parse(planText) as Plan).digest);
    expect(r.summary).toMatch(/rollback plan/);
    expect(r.summary).toContain(r.outputs['plan-digest']);
  } finally {
    r.cleanup();
  }
  const rb = await apply({
    planText,
    digest: r.outputs['plan-digest'],
    inputs: { mode: 'rollback', ...inputs },
    files: { '.imds-guard/changelog.jsonl': logText },
  });
  return { ...rb, rollbackPlan: JSON.parse(planText) as Plan, planSummary: r.summary };
}

const modifyCalls = () =>
  emu.callLog.filter((c) => c.operation === 'ModifyInstanceMetadataOptions' && c.params.DryRun !== 'true');

function state(id: string) {
  return { ...emu.world.findInstance(id)!.instance.metadataOptions, State: undefined };
}

describe('plan → apply → rollback', () => {
  it('applies exactly the plan, commits the log, and rollback restores every field', async () => {
    const { text, plan: p, summary } = await plan();
    expect(p.items.length).toBeGreaterThan(5);
    expect(summary).toMatch(/IMDS Guard plan \\\(require-v2\\\)/);
    expect(summary).toMatch(/\| Account \| Region \| Resource \| Name \| Change \|/);
    // Readiness: instances with MetadataNoToken > 0 are held back, never planned.
    const users = emu.world.data.accounts[0].regions!;
    const inUse = Object.values(users)
      .flatMap((r) => r.instances ?? [])
      .filter((i) => i.state !== 'terminated' && i.state !== 'shutting-down')
      .filter(
        (i) => i.metadataOptions?.HttpTokens !== 'required' && i.metadataOptions?.HttpEndpoint !== 'disabled',
      )
      .filter((i) => (Array.isArray(i.v1Calls) ? i.v1Calls.some((x) => x > 0) : (i.v1Calls ?? 0) > 0));
    expect(inUse.length).toBeGreaterThan(0);
    for (const i of inUse) {
      expect(p.items.some((x) => x.resourceId === i.instanceId)).toBe(false);
      expect(p.heldBack.find((h) => h.resourceId === i.instanceId)?.reason).toMatch(/still using IMDSv1/);
    }
    const snapshot = new Map(p.items.map((i) => [i.resourceId, state(i.resourceId)]));

    emu.resetCounts();
    const headBefore = gh.head('main');
    const a = await apply({ planText: text });
    expect(a.exitCode, a.stderr + a.stdout).toBe(0);
    expect(a.outputs['applied-count']).toBe(String(p.items.length));
    expect(a.outputs['failed-count']).toBe('0');
    // Every planned instance changed, and nothing else (the emulator's call log and change log).
    expect(
      modifyCalls()
        .map((c) => c.params.InstanceId)
        .sort(),
    ).toEqual(p.items.map((i) => i.resourceId).sort());
    expect(emu.changes.map((c) => c.resourceId).sort()).toEqual(p.items.map((i) => i.resourceId).sort());
    expect(a.records.map((r) => r.resourceId).sort()).toEqual(p.items.map((i) => i.resourceId).sort());
    for (const it of p.items) expect(state(it.resourceId).HttpTokens).toBe('required');
    // The change log reached the loopback GitHub API as a commit on main with the right lock.
    const commit = gh.commits.at(-1)!;
    expect(commit.branch).toBe('main');
    expect(commit.parentOid).toBe(headBefore);
    expect(commit.headline).toMatch(/change log for run/);
    const mutation = gh.requests.filter(
      (q) =>
        q.path === '/graphql' && /createCommitOnBranch/.test(String((q.body as { query?: string })?.query)),
    );
    expect(
      (mutation.at(-1)!.body as { variables: { input: { expectedHeadOid: string } } }).variables.input
        .expectedHeadOid,
    ).toBe(headBefore);
    // Intent + outcome per change, both committed.
    expect(gh.files['.imds-guard/changelog.jsonl'].trim().split('\n')).toHaveLength(2 * p.items.length);
    expect(a.lines.filter((l) => l.result === 'started')).toHaveLength(p.items.length);
    expect(a.summary).toMatch(/applied/);

    // Every line names the run, attempt, workflow and pinned plan that wrote it.
    for (const l of a.lines) {
      expect(l.writtenBy).toEqual({
        runId: '4242424242',
        runAttempt: '1',
        workflow: 'octo/infra/.github/workflows/imds-guard.yml@refs/heads/main',
        planDigest: p.digest,
      });
    }

    // Rollback from the committed log: each instance's exact before-state. Its records are the
    // Action's own (committed by the token's identity during run 4242424242): kept, nothing left out.
    emu.resetCounts();
    const rb = await rollback(a.records[0].runId, gh.files['.imds-guard/changelog.jsonl'], {
      'commit-changelog': 'false',
    });
    // The approver saw each instance's exact before-state, with its name, before approving.
    expect(rb.rollbackPlan.items).toHaveLength(p.items.length);
    expect(rb.rollbackPlan.provenance).toMatchObject({
      checked: true,
      identity: 'github-actions[bot]',
      leftOut: 0,
    });
    expect(rb.planSummary).toMatch(/### Provenance: checked\n/);
    for (const it of rb.rollbackPlan.items) {
      expect(it.after).toEqual({ httpTokens: snapshot.get(it.resourceId)!.HttpTokens });
      expect(it.name).toBe(
        emu.world.findInstance(it.resourceId)!.instance.tags?.find((t) => t.Key === 'Name')?.Value,
      );
    }
    expect(rb.exitCode, rb.stderr + rb.stdout).toBe(0);
    expect(rb.outputs['applied-count']).toBe(String(p.items.length));
    for (const [id, before] of snapshot) expect(state(id)).toEqual(before);
  }, 120_000);

  it('skips drifted instances and keeps going past injected failures; exit non-zero, log complete', async () => {
    const { text, plan: p } = await plan();
    const [drift, fail1, fail2] = p.items;
    emu.world.findInstance(drift.resourceId)!.instance.metadataOptions.HttpTokens = 'required';
    emu.faults.failInstance(fail1.resourceId, { code: 'IncorrectInstanceState', message: 'injected' });
    emu.faults.failInstance(fail2.resourceId, {
      code: 'UnauthorizedOperation',
      message: 'injected',
      status: 403,
    });
    emu.reset();
    emu.faults.failInstance(fail1.resourceId, { code: 'IncorrectInstanceState', message: 'injected' });
    emu.faults.failInstance(fail2.resourceId, {
      code: 'UnauthorizedOperation',
      message: 'injected',
      status: 403,
    });
    const a = await apply({ planText: text, inputs: { 'commit-changelog': 'false' } });
    expect(a.exitCode).not.toBe(0);
    expect(a.outputs['failed-count']).toBe('2');
    expect(a.outputs['applied-count']).toBe(String(p.items.length - 3));
    expect(a.records).toHaveLength(p.items.length);
    const by = Object.fromEntries(a.records.map((r) => [r.resourceId, r]));
    expect(by[drift.resourceId].result).toBe('drifted');
    expect(by[fail1.resourceId]).toMatchObject({ result: 'failed', errorCode: 'IncorrectInstanceState' });
    expect(by[fail2.resourceId]).toMatchObject({ result: 'failed', errorCode: 'UnauthorizedOperation' });
    expect(emu.changes.map((c) => c.resourceId).sort()).toEqual(
      a.records
        .filter((r) => r.result === 'applied')
        .map((r) => r.resourceId)
        .sort(),
    );
    expect(a.summary).toMatch(/2 failed/);
  }, 120_000);
});

describe('refusals: zero modify calls', () => {
  let planText: string;
  beforeAll(async () => {
    planText = (await plan()).text;
  }, 60_000);

  const refused = async (o: ApplyOpts, message: RegExp) => {
    emu.resetCounts();
    const a = await apply({ planText, ...o, inputs: { 'commit-changelog': 'false', ...(o.inputs ?? {}) } });
    expect(a.exitCode).not.toBe(0);
    expect(a.stdout + a.stderr).toMatch(message);
    expect(modifyCalls()).toHaveLength(0);
    expect(emu.changes).toHaveLength(0);
    expect(a.records).toHaveLength(0);
  };

  it('without the environment claim (IAM trust refuses the sub first)', async () => {
    await refused({ env: { ...oidcPlan.env } }, /Could not assume .*AccessDenied/);
  }, 60_000);
  it('without the environment claim, even if the IAM trust were too lax', async () => {
    const lax = await startOidc({ claims: { sub: 'repo:octo/infra:environment:production' } });
    try {
      await refused({ env: { ...lax.env } }, /no environment claim/);
    } finally {
      await lax.close();
    }
  }, 60_000);
  it('with another environment', async () => {
    const staging = await startOidc({ environment: 'staging' });
    try {
      await refused({ env: { ...staging.env } }, /environment claim is 'staging'/);
    } finally {
      await staging.close();
    }
  }, 60_000);
  it('without OIDC (no role-to-assume)', async () => {
    await refused(
      { inputs: { 'role-to-assume': '' }, env: { AWS_ACCESS_KEY_ID: 'AKIDX', AWS_SECRET_ACCESS_KEY: 'x' } },
      /no GitHub OIDC token/,
    );
  }, 60_000);
  it('on a pull_request event', async () => {
    await refused({ event: 'pull_request' }, /refuses to run on pull_request/);
  }, 60_000);
  it('with a tampered plan (digest field left as it was)', async () => {
    const p = JSON.parse(planText) as Plan;
    p.items[0].resourceId =
      p.heldBack.find((h) => h.resourceId.startsWith('i-'))?.resourceId ?? p.items[0].resourceId;
    p.items[0].after = { httpTokens: 'required', httpEndpoint: 'disabled' };
    await refused(
      { planText: JSON.stringify(p), digest: (JSON.parse(planText) as Plan).digest },
      /not the plan that was reviewed/,
    );
  }, 60_000);
  it('with a forged plan whose digest field was recomputed', async () => {
    // Whoever can write the plan artifact can reseal it; the plan job's output pins the reviewed one.
    const p = JSON.parse(planText) as Plan;
    for (const it of p.items.slice(0, 5)) {
      it.before = { ...it.before, httpTokens: 'required' };
      it.after = { httpTokens: 'optional' };
    }
    await refused(
      { planText: JSON.stringify(sealed(p)), digest: (JSON.parse(planText) as Plan).digest },
      /not the plan that was reviewed/,
    );
  }, 60_000);
  it('without plan-digest', async () => {
    await refused({ digest: '' }, /Input 'plan-digest': is required with mode: apply/);
  }, 60_000);
  it('with a stale plan', async () => {
    await refused(
      { inputs: { 'plan-max-age-hours': '1' }, planText: restamp(planText, -2) },
      /2\.0 hours old .* older than plan-max-age-hours/,
    );
  }, 60_000);
  it('with a denied DryRun', async () => {
    emu.faults.configure({
      failNext: [
        {
          count: 1,
          operation: 'ModifyInstanceMetadataOptions',
          region: 'eu-west-1',
          code: 'UnauthorizedOperation',
          status: 403,
        },
      ],
    });
    await refused({}, /DryRun permission check failed/);
  }, 60_000);
});

/** A plan whose createdAt is `hours` from now, digest recomputed the way the plan stage does (so only age is wrong). */
function restamp(text: string, hours: number): string {
  const p = JSON.parse(text) as Plan;
  p.createdAt = new Date(Date.now() + hours * 3_600_000).toISOString();
  // Recompute the digest with the same canonical form as src/assess/plan.ts.
  return JSON.stringify(sealed(p));
}

function sealed(p: Plan): Plan {
  const { digest: _d, ...rest } = p;
  return sealPlan(rest);
}

describe('change-log commit', () => {
  it('retries once when the head moved, appending to what is at head', async () => {
    const moving = await startGitHub({
      files: { '.imds-guard/changelog.jsonl': '{"old":1}\n' },
      moveHeadOnce: { files: { 'other.txt': 'x' } },
    });
    try {
      const { text } = await plan();
      const a = await apply({ planText: text, env: { GITHUB_API_URL: moving.url } });
      expect(a.exitCode, a.stderr).toBe(0);
      const mutations = moving.requests.filter(
        (q) =>
          q.path === '/graphql' && /createCommitOnBranch/.test(String((q.body as { query?: string })?.query)),
      );
      expect(mutations).toHaveLength(2);
      const ours = moving.commits.filter((c) => !c.external);
      expect(ours).toHaveLength(1);
      const content = moving.files['.imds-guard/changelog.jsonl'];
      expect(content.startsWith('{"old":1}\n')).toBe(true);
      expect(content.trim().split('\n')).toHaveLength(a.lines.length + 1);
      expect(moving.files['other.txt']).toBe('x');
    } finally {
      await moving.close();
    }
  }, 120_000);
});

describe('killed mid-apply', () => {
  it('leaves a record for every change; the next run reconciles the unknown ones and rollback restores them', async () => {
    const { text, plan: p } = await plan();
    expect(p.items.length).toBeGreaterThan(10);
    emu.reset();
    // A tiny bucket paces the apply at 5 changes per second per region, and every modify answer is
    // held back 150 ms after AWS made the change: killing right after a change lands kills the process
    // with that answer still on the wire.
    emu.setThrottle({ modifyInstanceMetadataOptions: { burst: 2, refillPerSecond: 5 } });
    emu.faults.setLatency(150, 'ModifyInstanceMetadataOptions');
    const ws = mkdtempSync(join(tmpdir(), 'imds-kill-'));
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
    const target = Math.min(6, p.items.length - 3);
    const deadline = Date.now() + 30_000;
    while (emu.changes.length < target && !done && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 2));
    // The apply must still be running when it is killed; if it ended first, say why.
    expect(done, `apply exited before it could be killed:\n${output.slice(-3000)}`).toBe(false);
    child.kill('SIGKILL');
    await exited;
    emu.faults.setLatency(0, 'ModifyInstanceMetadataOptions');
    const changed = emu.changes.map((c) => c.resourceId);
    const logText = readFileSync(join(ws, '.imds-guard/changelog.jsonl'), 'utf8');
    rmSync(ws, { recursive: true, force: true });
    const lines = logText
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as ChangeRecord);
    expect(changed.length).toBeGreaterThanOrEqual(target);
    expect(changed.length).toBeLessThan(p.items.length);
    // Nothing is lost: every change the emulator recorded has a line (intent or outcome).
    const logged = new Set(lines.map((l) => l.resourceId));
    for (const id of changed) expect(logged.has(id), `${id} changed but not in the log`).toBe(true);
    // Every outcome is a real change; the kill caught at least one change with its answer on the wire.
    const applied = lines.filter((l) => l.result === 'applied').map((l) => l.resourceId);
    for (const id of applied) expect(changed).toContain(id);
    const unknown = changed.filter((id) => !applied.includes(id));
    expect(unknown.length).toBeGreaterThan(0);
    for (const id of unknown)
      expect(lines.some((l) => l.resourceId === id && l.result === 'started')).toBe(true);
    const snapshot = new Map(
      p.items.map((i) => [
        i.resourceId,
        { ...emu.world.findInstance(i.resourceId)!.instance.metadataOptions },
      ]),
    );

    // The next run (a rollback of run 777) reconciles first: it re-reads the unknown ones and appends
    // what AWS has; then the log's applied records equal the emulator's changes exactly, and the
    // rollback restores every one of them — the reconciled ones included.
    emu.resetCounts();
    // Run 777's lines never reached the repository (it was killed before its commit): nothing proves
    // IMDS Guard wrote them, so the rollback plan takes them only with the explicit opt-in, and says so.
    const refused = await planRollback('777', logText);
    expect(refused.exitCode).not.toBe(0);
    expect(refused.stdout + refused.stderr).toMatch(
      /no applied change of run 777 .* was written by IMDS Guard/,
    );
    refused.cleanup();
    const rb = await rollback('777, unverified', logText, { 'commit-changelog': 'false' });
    expect(rb.rollbackPlan.provenance).toMatchObject({ checked: true, leftOut: 0 });
    expect(rb.rollbackPlan.provenance?.unverifiedPlanned).toBeGreaterThan(0);
    expect(rb.planSummary).toMatch(/Provenance: checked — unverified records planned/);
    expect(rb.exitCode, rb.stderr + rb.stdout).toBe(0);
    expect(rb.stdout).toMatch(/no settled outcome — re-reading them/);
    // Reconciled: the unknown ones that AWS shows made → applied; intents whose call never took
    // effect (still waiting on the bucket when killed) → failed/NotApplied.
    const reconciled = rb.lines.filter((l) => l.reconciledBy === '4242424242');
    expect(
      reconciled
        .filter((l) => l.result === 'applied')
        .map((l) => l.resourceId)
        .sort(),
    ).toEqual([...unknown].sort());
    for (const l of reconciled.filter((x) => x.result !== 'applied')) {
      expect(l).toMatchObject({ result: 'failed', errorCode: 'NotApplied', runId: '777' });
      expect(changed).not.toContain(l.resourceId);
    }
    expect(reconciled.every((l) => l.runId === '777')).toBe(true);
    const of777 = rb.records
      .filter((l) => l.runId === '777' && l.result === 'applied')
      .map((l) => l.resourceId);
    expect(of777.sort()).toEqual([...changed].sort());
    expect(rb.outputs['applied-count']).toBe(String(changed.length));
    expect(rb.summary).toMatch(/Reconciled: \d+ earlier change/);
    for (const it of p.items) {
      const now = { ...emu.world.findInstance(it.resourceId)!.instance.metadataOptions, State: undefined };
      const want = changed.includes(it.resourceId)
        ? { ...snapshot.get(it.resourceId), HttpTokens: 'optional', State: undefined }
        : { ...snapshot.get(it.resourceId), State: undefined };
      expect(now).toEqual(want);
    }
  }, 90_000);
});

describe('rollback provenance', () => {
  const LOG = '.imds-guard/changelog.jsonl';

  it('a hand-written applied line is left out and listed; the approved rollback never touches its instance', async () => {
    const { text, plan: p } = await plan();
    gh.addRun({ id: 5150 });
    const a = await apply({ planText: text, env: { GITHUB_RUN_ID: '5150' } });
    expect(a.exitCode, a.stderr + a.stdout).toBe(0);
    // Someone with push access appends two applied lines: run 777 (no such run), and run 5150 (a real
    // run of the workflow) — for instances the Action never touched, "restoring" IMDSv1 and hop limit 64.
    const untouched = p.heldBack.filter((h) => h.resourceId.startsWith('i-')).slice(0, 2);
    expect(untouched).toHaveLength(2);
    const forge = (runId: string, h: (typeof untouched)[number]): ChangeRecord => ({
      ...a.records[0],
      runId,
      time: new Date().toISOString(),
      accountId: h.accountId,
      region: h.region,
      resourceId: h.resourceId,
      before: { httpTokens: 'optional', httpPutResponseHopLimit: 64 },
      after: { httpTokens: 'required', httpPutResponseHopLimit: 1 },
      result: 'applied',
      writtenBy: { ...a.records[0].writtenBy!, runId },
    });
    const committed = gh.files[LOG];
    // Run 777's line last: it is what `last` would have meant.
    const forged = [forge('5150', untouched[1]), forge('777', untouched[0])];
    gh.setHead('main', { [LOG]: `${committed}${forged.map((f) => JSON.stringify(f)).join('\n')}\n` });
    const logText = gh.files[LOG];
    const lineOf = (id: string) =>
      logText
        .split('\n')
        .findIndex((l) => l.includes(`"resourceId":"${id}"`) && l.includes('"result":"applied"')) + 1;

    const before = untouched.map((h) => state(h.resourceId));
    emu.resetCounts();
    const rb = await rollback('last', logText, { 'commit-changelog': 'false' });
    expect(rb.exitCode, rb.stderr + rb.stdout).toBe(0);
    // `last` is the last run IMDS Guard provably wrote; the forged lines are listed, with run, instance, line.
    const planned = rb.rollbackPlan.items.map((i) => i.resourceId);
    expect(planned.sort()).toEqual(p.items.map((i) => i.resourceId).sort());
    for (const h of untouched) expect(planned).not.toContain(h.resourceId);
    const leftOut = rb.rollbackPlan.heldBack.filter((h) =>
      h.reason.startsWith('not written by IMDS Guard — left out'),
    );
    expect(leftOut.map((h) => h.resourceId).sort()).toEqual(untouched.map((h) => h.resourceId).sort());
    const row = (id: string) => leftOut.find((h) => h.resourceId === id)!.reason;
    expect(row(untouched[0].resourceId)).toMatch(
      new RegExp(
        `left out: run 777, ${LOG.replace(/\./g, '\\.')} line ${lineOf(untouched[0].resourceId)} \\(.*by octocat, not signed by GitHub`,
      ),
    );
    expect(row(untouched[1].resourceId)).toMatch(
      new RegExp(`left out: run 5150, .* line ${lineOf(untouched[1].resourceId)} \\(.*by octocat`),
    );
    expect(rb.rollbackPlan.provenance).toMatchObject({ checked: true, leftOut: 2 });
    expect(rb.planSummary).toMatch(/not written by IMDS Guard — left out: run 777/);
    expect(rb.planSummary).toMatch(/2 record\\?\(s\\?\) not written by IMDS Guard were left out/);
    // Approved and applied: the forged instances were never modified.
    for (const c of modifyCalls())
      expect(untouched.map((h) => h.resourceId)).not.toContain(c.params.InstanceId);
    expect(untouched.map((h) => state(h.resourceId))).toEqual(before);
  }, 120_000);

  it('without GitHub API access the plan is refused with the fix; `unverified` plans and says so plainly', async () => {
    const { text } = await plan();
    const a = await apply({ planText: text, inputs: { 'commit-changelog': 'false' } });
    expect(a.exitCode, a.stderr + a.stdout).toBe(0);
    const offline = { GITHUB_API_URL: 'http://127.0.0.1:9' };
    const refused = await planRollback('last', a.log, offline);
    try {
      expect(refused.exitCode).not.toBe(0);
      expect(refused.stdout + refused.stderr).toMatch(
        /plan-rollback refused: provenance was not checked \(GitHub did not answer .*\).*actions: read, contents: read.*rollback-run: last, unverified/,
      );
      expect(refused.outputs['plan-digest']).toBeUndefined();
    } finally {
      refused.cleanup();
    }
    const opted = await planRollback('last, unverified', a.log, offline);
    try {
      expect(opted.exitCode, opted.stdout + opted.stderr).toBe(0);
      const p = JSON.parse(readFileSync(opted.outputs['plan-file'], 'utf8')) as Plan;
      expect(p.provenance).toMatchObject({ checked: false, unverifiedPlanned: p.items.length });
      expect(p.items.every((i) => i.reason.endsWith('(unverified: provenance not checked)'))).toBe(true);
      expect(opted.summary).toMatch(
        /### Provenance: NOT checked\n\nProvenance was NOT checked \\?\(GitHub did not answer/,
      );
    } finally {
      opted.cleanup();
    }
  }, 120_000);
});
