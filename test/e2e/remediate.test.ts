/**
 * End to end: the bundled Action (`node dist/index.js`, built privately by scripts/build.sh into
 * REMEDIATE_BUNDLE or /tmp/remediate-build) against the loopback AWS emulator, OIDC endpoint and
 * GitHub API: plan → apply → rollback, drift, injected failures, every refusal, the change-log commit,
 * and a SIGKILL mid-apply.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sealPlan } from '../../src/assess/plan.js';
import type { ChangeRecord, Plan } from '../../src/types.js';
import { type Emulator, startEmulator } from '../emulator/index.js';
import { type GitHubServer as GitHubFake, startGitHub } from '../support/github.js';
import { startOidc } from '../support/oidc.js';
import { runAction } from '../support/runner.js';

// A private build (bash scripts/build.sh /tmp/remediate-build) when present, else the committed dist/.
const BUNDLE =
  process.env.REMEDIATE_BUNDLE ??
  (existsSync('/tmp/remediate-build/dist/index.js') ? '/tmp/remediate-build/dist/index.js' : 'dist/index.js');
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
      `no bundle at ${BUNDLE}: run npm run package, or bash scripts/build.sh /tmp/remediate-build`,
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
}

async function apply(o: ApplyOpts = {}) {
  const files: Record<string, string> = { ...(o.files ?? {}) };
  if (o.planText !== undefined) files['imds-guard-plan.json'] = o.planText;
  const r = await runAction({
    entry: BUNDLE,
    inputs: {
      mode: 'apply',
      'role-to-assume': WRITE_ROLE,
      'approval-environment': 'production',
      'github-token': 'ghs_test',
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
  const records = log
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as ChangeRecord);
  r.cleanup();
  return { ...r, records, log };
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
    expect(summary).toMatch(/IMDS Guard plan \(require-v2\)/);
    expect(summary).toMatch(/\| Account \| Region \| Instance \|/);
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
    expect(gh.files['.imds-guard/changelog.jsonl'].trim().split('\n')).toHaveLength(p.items.length);
    expect(a.summary).toMatch(/applied/);

    // Rollback from the committed log: each instance's exact before-state.
    emu.resetCounts();
    const rb = await apply({
      inputs: { mode: 'rollback', 'rollback-run': a.records[0].runId, 'commit-changelog': 'false' },
      files: { '.imds-guard/changelog.jsonl': gh.files['.imds-guard/changelog.jsonl'] },
    });
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
  it('with a tampered plan', async () => {
    const p = JSON.parse(planText) as Plan;
    p.items[0].resourceId =
      p.heldBack.find((h) => h.resourceId.startsWith('i-'))?.resourceId ?? p.items[0].resourceId;
    p.items[0].after = { httpTokens: 'required', httpEndpoint: 'disabled' };
    await refused({ planText: JSON.stringify(p) }, /digest mismatch/);
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
      expect(content.trim().split('\n')).toHaveLength(a.records.length + 1);
      expect(moving.files['other.txt']).toBe('x');
    } finally {
      await moving.close();
    }
  }, 120_000);
});

describe('killed mid-apply', () => {
  it('leaves change-log lines equal to the changes the emulator recorded', async () => {
    const { text, plan: p } = await plan();
    expect(p.items.length).toBeGreaterThan(10);
    emu.reset();
    // A tiny bucket: after two changes the apply runs at 5 per second, one change per 200 ms.
    emu.setThrottle({ modifyInstanceMetadataOptions: { burst: 2, refillPerSecond: 5 } });
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
    };
    const child = spawn(process.execPath, [BUNDLE], { cwd: ws, env, stdio: 'ignore' });
    const exited = new Promise<void>((r) => child.on('exit', () => r()));
    const target = Math.min(6, p.items.length - 3);
    const deadline = Date.now() + 30_000;
    while (emu.changes.length < target && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
    // Between two paced calls (200 ms apart): the last answer has been received and fsynced.
    await new Promise((r) => setTimeout(r, 60));
    child.kill('SIGKILL');
    await exited;
    const lines = readFileSync(join(ws, '.imds-guard/changelog.jsonl'), 'utf8').split('\n').filter(Boolean);
    const records = lines.map((l) => JSON.parse(l) as ChangeRecord);
    expect(emu.changes.length).toBeGreaterThanOrEqual(target);
    expect(emu.changes.length).toBeLessThan(p.items.length);
    expect(records.map((r) => r.resourceId)).toEqual(emu.changes.map((c) => c.resourceId));
    expect(records.every((r) => r.result === 'applied')).toBe(true);
    rmSync(ws, { recursive: true, force: true });
  }, 60_000);
});
