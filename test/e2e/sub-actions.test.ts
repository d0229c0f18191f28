/**
 * The sub-actions (plan/, apply/, merge/) and the workflows the docs show, end to end: each action.yml
 * is valid and runs the bundle, and the IMDS Guard steps of .github/workflows/{remediate,rollback,
 * nightly,merge}.yml run exactly as written (their `with:`, the action's own defaults as the runner
 * applies them) against the loopback AWS emulator, OIDC endpoint and GitHub API.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { ChangeRecord, Plan } from '../../src/model/types.js';
import { ACTIONS } from '../../src/settings/inputs.js';
import { type Emulator, startEmulator } from '../emulator/index.js';
import { type GitHubServer, startGitHub } from '../support/github.js';
import { startOidc } from '../support/oidc.js';
import { type RunResult, runAction } from '../support/runner.js';

const BUNDLE = resolve(process.env.IMDS_GUARD_ENTRY ?? 'dist/index.js');
const ROLE = 'arn:aws:iam::111111111111:role/IMDSGuardReadOnly';
const WRITE_ROLE = 'arn:aws:iam::111111111111:role/IMDSGuardRemediation';
const dispatch = { name: 'workflow_dispatch', payload: { ref: 'refs/heads/main', inputs: {} } };

type Step = { id?: string; uses?: string; with?: Record<string, unknown> };

/** The `with:` of the step of `workflow` that uses `uses`, its expressions resolved from `values`. */
function stepInputs(workflow: string, uses: string, values: Record<string, string>, nth = 0) {
  const wf = parse(readFileSync(`.github/workflows/${workflow}`, 'utf8')) as {
    jobs: Record<string, { steps: Step[] }>;
  };
  const step = Object.values(wf.jobs)
    .flatMap((j) => j.steps)
    .filter((s) => s.uses === uses)[nth];
  if (!step) throw new Error(`${workflow} has no step uses: ${uses}`);
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(step.with ?? {})) {
    out[k] = String(v).replace(/\$\{\{\s*([\w.-]+)\s*\}\}/g, (_, expr: string) => {
      if (!(expr in values)) throw new Error(`${workflow} uses \${{ ${expr} }}: give it a value in the test`);
      return values[expr];
    });
  }
  return out;
}

let emu: Emulator;
let gh: GitHubServer;
let oidcPlan: Awaited<ReturnType<typeof startOidc>>;
let oidcProd: Awaited<ReturnType<typeof startOidc>>;
const runs: RunResult[] = [];

beforeAll(async () => {
  if (!existsSync(BUNDLE))
    throw new Error(`no bundle at ${BUNDLE}: build one (bash scripts/build.sh /tmp/x)`);
  emu = await startEmulator({
    fleet: { seed: 7, regions: ['us-east-1', 'eu-west-1'], instancesPerRegion: 24 },
  });
  gh = await startGitHub({ files: { '.imds-guard/changelog.jsonl': '' } });
  oidcPlan = await startOidc({ eventName: 'workflow_dispatch' });
  oidcProd = await startOidc({ environment: 'imds-production', eventName: 'workflow_dispatch' });
}, 30_000);

afterAll(async () => {
  for (const r of runs) r.cleanup();
  await Promise.all([emu?.close(), gh?.close(), oidcPlan?.close(), oidcProd?.close()]);
});

/** The action's own entry, as GitHub resolves its action.yml `main` (IMDS_GUARD_ENTRY: another build's). */
const entryOf = (action: keyof typeof ACTIONS): string => {
  const yml = parse(readFileSync(ACTIONS[action].file, 'utf8')) as { runs: { main: string } };
  const main = resolve(dirname(ACTIONS[action].file), yml.runs.main);
  return process.env.IMDS_GUARD_ENTRY ? join(dirname(BUNDLE), relative(resolve('dist'), main)) : main;
};

async function run(action: keyof typeof ACTIONS, o: Parameters<typeof runAction>[0] = {}) {
  const r = await runAction({ entry: entryOf(action), actionYml: ACTIONS[action].file, ...o });
  runs.push(r);
  return r;
}

const awsEnv = () => ({ AWS_ENDPOINT_URL: emu.url, AWS_REGION: 'us-east-1', GITHUB_API_URL: gh.url });
const changes = (r: RunResult) =>
  readFileSync(join(r.workspace, '.imds-guard/changelog.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as ChangeRecord)
    .filter((c) => c.result !== 'started');

describe('each sub-action', () => {
  it.each(Object.entries(ACTIONS))(
    '%s: action.yml runs its own entry into the one bundle on node24',
    (id, action) => {
      const yml = parse(readFileSync(action.file, 'utf8')) as {
        name: string;
        runs: { using: string; main: string };
      };
      expect(yml.name).toMatch(/^IMDS Guard/);
      expect(yml.runs.using).toBe('node24');
      // GitHub resolves `main` from the action's folder (github/codeql-action's init/ uses ../lib/…).
      expect(resolve(dirname(action.file), yml.runs.main)).toBe(resolve('dist', id, 'index.js'));
      expect(readFileSync(resolve('dist', id, 'index.js'), 'utf8')).toContain(`IMDS_GUARD_ACTION = '${id}'`);
    },
  );

  it("refuses another action's input by name before any AWS call", async () => {
    emu.resetCounts();
    const r = await run('apply', {
      inputs: {
        'plan-digest': `sha256:${'0'.repeat(64)}`,
        'role-to-assume': WRITE_ROLE,
        waves: 'canary:1, 100%',
      },
      env: { ...awsEnv(), ...oidcProd.env },
      event: dispatch,
    });
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toMatch(
      /Input 'waves': is not an input of imds-guard\/imds-guard\/apply@v1: it belongs to imds-guard\/imds-guard\/plan@v1/,
    );
    expect(emu.callLog).toEqual([]);
  });
});

describe('remediate.yml and rollback.yml, as written', () => {
  it('plan (./plan) → apply (./apply) → plan-rollback (./plan) → rollback (./apply)', async () => {
    emu.resetWorld();
    const plan = await run('plan', {
      inputs: stepInputs('remediate.yml', './plan', { 'inputs.tags': '', 'vars.IMDS_GUARD_ROLE': ROLE }),
      env: { ...awsEnv(), ...oidcPlan.env },
      event: dispatch,
    });
    expect(plan.exitCode, plan.stdout + plan.stderr).toBe(0);
    const planText = readFileSync(plan.outputs['plan-file'], 'utf8');
    const sealed = JSON.parse(planText) as Plan;
    expect(sealed.schema).toBe('imds-guard/plan'); // the plan action ran mode plan (its default)
    expect(plan.outputs['plan-digest']).toBe(sealed.digest);
    expect(sealed.items.length).toBeGreaterThan(0);

    const apply = await run('apply', {
      inputs: stepInputs('remediate.yml', './apply', {
        'needs.plan.outputs.plan-digest': sealed.digest,
        'vars.IMDS_GUARD_WRITE_ROLE': WRITE_ROLE,
      }),
      env: { ...awsEnv(), ...oidcProd.env },
      event: dispatch,
      workspaceFiles: { 'imds-guard-plan.json': planText },
    });
    expect(apply.exitCode, apply.stdout + apply.stderr).toBe(0);
    expect(Number(apply.outputs['applied-count'])).toBe(sealed.items.length);
    const applied = changes(apply);
    expect(applied.every((c) => c.mode === 'apply' && c.result === 'applied')).toBe(true);

    const planBack = await run('plan', {
      inputs: stepInputs('rollback.yml', './plan', { 'inputs.run': 'last', 'vars.IMDS_GUARD_ROLE': ROLE }),
      env: { ...awsEnv(), ...oidcPlan.env },
      event: dispatch,
      workspaceFiles: {
        '.imds-guard/changelog.jsonl': readFileSync(apply.outputs['changelog-path'], 'utf8'),
      },
    });
    expect(planBack.exitCode, planBack.stdout + planBack.stderr).toBe(0);
    expect(planBack.summary).toMatch(/rollback plan/);
    const backText = readFileSync(planBack.outputs['plan-file'], 'utf8');

    const rollback = await run('apply', {
      inputs: stepInputs('rollback.yml', './apply', {
        'needs.plan-rollback.outputs.plan-digest': planBack.outputs['plan-digest'],
        'vars.IMDS_GUARD_WRITE_ROLE': WRITE_ROLE,
      }),
      env: { ...awsEnv(), ...oidcProd.env },
      event: dispatch,
      workspaceFiles: {
        'imds-guard-plan.json': backText,
        '.imds-guard/changelog.jsonl': readFileSync(apply.outputs['changelog-path'], 'utf8'),
      },
    });
    expect(rollback.exitCode, rollback.stdout + rollback.stderr).toBe(0);
    const restored = changes(rollback).filter((c) => c.mode === 'rollback');
    expect(restored).toHaveLength(applied.length);
    expect(restored.every((c) => c.result === 'applied')).toBe(true);
  }, 120_000);
});

describe('nightly.yml and merge.yml, as written', () => {
  it('nightly: two runs on one workspace keep the trend in history-file', async () => {
    const inputs = stepInputs('nightly.yml', './', { 'vars.IMDS_GUARD_ROLE': ROLE });
    const first = await run('audit', { inputs, env: { ...awsEnv(), ...oidcPlan.env }, event: dispatch });
    expect(first.outputs['enforcement-percent'], first.stdout + first.stderr).toMatch(/^\d/);
    const second = await run('audit', {
      inputs,
      env: { ...awsEnv(), ...oidcPlan.env, GITHUB_RUN_ID: '4242424243' },
      event: dispatch,
      workspace: first.workspace,
    });
    expect(second.outputs['enforcement-percent']).toBe(first.outputs['enforcement-percent']);
    const history = readFileSync(join(first.workspace, inputs['history-file']), 'utf8').trim().split('\n');
    expect(history).toHaveLength(2);
    expect(existsSync(join(second.workspace, 'imds-guard-report/report.json'))).toBe(true); // the uploaded artifact
  }, 60_000);

  it('merge (./merge): one shard report merged into the report and gate, with no AWS call', async () => {
    const shard = await run('audit', {
      inputs: { accounts: '111111111111', shard: '1/1', comment: 'never' },
      env: { ...awsEnv(), AWS_ACCESS_KEY_ID: 'AKIDMERGE', AWS_SECRET_ACCESS_KEY: 'x' },
    });
    const report = readFileSync(join(shard.workspace, 'imds-guard-report/report.json'), 'utf8');
    emu.resetCounts();
    const merged = await run('merge', {
      inputs: stepInputs('merge.yml', './merge', { 'env.THRESHOLD': '0' }),
      env: { GITHUB_API_URL: gh.url },
      workspaceFiles: { 'shards/imds-guard-shard-1/report.json': report },
    });
    expect(merged.exitCode, merged.stdout + merged.stderr).toBe(0);
    expect(merged.stdout + merged.stderr).toContain('Merging 1 shard report');
    expect(merged.outputs['enforcement-percent']).toBe(shard.outputs['enforcement-percent']);
    expect(emu.counts()).toEqual({});
  }, 60_000);
});
