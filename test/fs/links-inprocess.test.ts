/**
 * Nothing is written or read through a link: every file the modes write (reports, SARIF, guardrails,
 * history, plan, change log) and read (baseline, history, plan, instances CSV, change log, merge shards)
 * × {a file link, a parent-folder link, a link to /proc/self/environ, a dangling link}, run in-process
 * through run() against the loopback emulator. Each is refused naming the input; nothing lands outside
 * the workspace; the planted secret appears in no error, log line or summary; AWS saw no write.
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { generateFleet } from '../emulator/fleet.js';
import { type Emulator, startEmulator } from '../emulator/index.js';
import { shardReports } from '../org/shard-fixtures.js';
import { cleanupWorkspaces, type InProcessRun, runInProcess } from '../support/inprocess.js';

const KEY = 'AKIALINKSTESTMGMT001';
const SECRET = 'planted-secret-3c9d51';
let emu: Emulator;
let base: string;

beforeAll(async () => {
  const w = generateFleet({ seed: 5, accounts: 1, regions: ['us-east-1'], instancesPerRegion: 6 });
  w.accessKeys = { [KEY]: { account: w.accounts[0].id, role: 'IMDSGuardAudit' } };
  emu = await startEmulator({ world: w });
  base = mkdtempSync(join(tmpdir(), 'imds-links-'));
}, 30_000);
afterAll(async () => {
  await emu?.close();
  rmSync(base, { recursive: true, force: true });
});
afterEach(() => {
  emu.reset();
  cleanupWorkspaces();
});

const aws = () => ({
  AWS_ENDPOINT_URL: emu.url,
  AWS_REGION: 'us-east-1',
  AWS_ACCESS_KEY_ID: KEY,
  AWS_SECRET_ACCESS_KEY: 'secret',
  AWS_MAX_ATTEMPTS: '1',
});

const APPLY = {
  mode: 'apply',
  'approval-environment': 'production',
  'plan-digest': `sha256:${'0'.repeat(64)}`,
};

interface Target {
  input: string;
  /** The file the mode writes or reads (its parent is a folder below the workspace). */
  path: string;
  inputs: Record<string, string>;
  files?: Record<string, string>;
}

const TARGETS: Target[] = [
  ...['report.json', 'report.md', 'report.html', 'iac.sarif', 'guardrails/scp.json'].map((f) => ({
    input: 'report-dir',
    path: `out/${f}`,
    inputs: { 'report-dir': 'out' },
  })),
  { input: 'history-file', path: 'state/history.jsonl', inputs: { 'history-file': 'state/history.jsonl' } },
  { input: 'baseline-report', path: 'base/report.json', inputs: { 'baseline-report': 'base/report.json' } },
  { input: 'plan-file', path: 'plans/plan.json', inputs: { mode: 'plan', 'plan-file': 'plans/plan.json' } },
  {
    input: 'instances',
    path: 'sel/instances.csv',
    inputs: { mode: 'plan', instances: 'file: sel/instances.csv' },
  },
  { input: 'plan-file', path: 'plans/in.json', inputs: { ...APPLY, 'plan-file': 'plans/in.json' } },
  {
    input: 'changelog-path',
    path: 'log/changelog.jsonl',
    inputs: { ...APPLY, 'changelog-path': 'log/changelog.jsonl' },
  },
  {
    input: 'changelog-path',
    path: 'log/changelog.jsonl',
    inputs: { mode: 'plan-rollback', 'changelog-path': 'log/changelog.jsonl' },
  },
  {
    input: 'merge-reports',
    path: 'shards/s2/report.json',
    inputs: { mode: 'merge', 'merge-reports': 'shards' },
    files: { 'shards/s1/report.json': JSON.stringify(shardReports(2)[0].report) },
  },
];

type Kind = 'file link' | 'parent link' | '/proc/self/environ' | 'dangling link';
const KINDS: Kind[] = ['file link', 'parent link', '/proc/self/environ', 'dangling link'];

function plant(ws: string, t: Target, kind: Kind): { outside: string; check(): void } {
  const outside = mkdtempSync(join(base, 'outside-'));
  const target = join(outside, 'target');
  writeFileSync(target, `${SECRET}\n{"schema":"imds-guard/report"}`);
  const at = join(ws, t.path);
  // The parent link replaces the file's folder (for report-dir files: the report folder or guardrails/).
  const parent = dirname(at);
  mkdirSync(dirname(parent), { recursive: true });
  if (kind === 'parent link') symlinkSync(outside, parent);
  else {
    mkdirSync(parent, { recursive: true });
    if (kind === 'file link') symlinkSync(target, at);
    else if (kind === '/proc/self/environ') symlinkSync('/proc/self/environ', at);
    else symlinkSync(join(outside, 'missing'), at);
  }
  return {
    outside,
    check() {
      expect(readdirSync(outside)).toEqual(['target']);
      expect(readFileSync(target, 'utf8').startsWith(SECRET)).toBe(true);
      expect(existsSync(join(outside, 'missing'))).toBe(false);
    },
  };
}

function everything(r: InProcessRun): string {
  return [r.error?.message ?? '', ...r.lines, ...r.summaries, JSON.stringify(r.outputs)].join('\n');
}

describe.each(TARGETS.map((t) => [`${t.inputs.mode ?? 'audit'} ${t.input} ${t.path}`, t] as const))(
  '%s',
  (_, t) => {
    it.each(KINDS)(
      '%s: refused, naming the input; nothing outside; no secret; no AWS write',
      async (kind) => {
        const ws = mkdtempSync(join(base, 'ws-'));
        for (const [p, text] of Object.entries(t.files ?? {})) {
          mkdirSync(dirname(join(ws, p)), { recursive: true });
          writeFileSync(join(ws, p), text);
        }
        const planted = plant(ws, t, kind);
        const r = await runInProcess({
          inputs: { regions: 'us-east-1', 'job-summary': 'true', ...t.inputs },
          env: aws(),
          workspace: ws,
        });
        expect(r.result).toBeUndefined();
        expect(r.error?.name).not.toBe('TypeError');
        expect(r.error?.message).toMatch(new RegExp(`'${t.input}'`));
        expect(r.error?.message).toMatch(
          /is a symbolic link \((to outside the workspace|dangling: it leads nowhere)\)/,
        );
        expect(r.error?.message).not.toContain(planted.outside);
        expect(everything(r)).not.toContain(SECRET);
        expect(everything(r)).not.toMatch(/AWS_SECRET_ACCESS_KEY=|PATH=/);
        planted.check();
        expect(emu.callLog.filter((c) => /^(Modify|Create|Delete|Put)/.test(c.operation))).toEqual([]);
        rmSync(ws, { recursive: true, force: true });
      },
    );
  },
);

describe('a link made after the inputs were checked is refused when the file is opened', () => {
  it('guardrails/ swapped for a link during the scan: no guardrail file lands outside', async () => {
    const ws = mkdtempSync(join(base, 'ws-'));
    const outside = mkdtempSync(join(base, 'outside-'));
    mkdirSync(join(ws, 'out'));
    // The emulator answers the first DescribeInstances; by then the inputs were checked.
    const swap = setInterval(() => {
      if (
        emu.callLog.some((c) => c.operation === 'DescribeInstances') &&
        !existsSync(join(ws, 'out/guardrails'))
      ) {
        symlinkSync(outside, join(ws, 'out/guardrails'));
        clearInterval(swap);
      }
    }, 1);
    const r = await runInProcess({
      inputs: { regions: 'us-east-1', 'report-dir': 'out' },
      env: aws(),
      workspace: ws,
    });
    clearInterval(swap);
    expect(r.error?.message).toMatch(
      /Input 'report-dir': out\/guardrails is a symbolic link \(to outside the workspace\)/,
    );
    expect(readdirSync(outside)).toEqual([]);
    rmSync(ws, { recursive: true, force: true });
  });
});

describe('links that stay inside the workspace', () => {
  it('baseline-report may be a link to another report of the repository; history-file may not', async () => {
    const ws = mkdtempSync(join(base, 'ws-'));
    const first = await runInProcess({
      inputs: { regions: 'us-east-1', 'report-dir': 'r1' },
      env: aws(),
      workspace: ws,
    });
    expect(first.error).toBeUndefined();
    symlinkSync('r1/report.json', join(ws, 'latest.json'));
    const second = await runInProcess({
      inputs: { regions: 'us-east-1', 'report-dir': 'r2', 'baseline-report': 'latest.json' },
      env: aws(),
      workspace: ws,
    });
    expect(second.error).toBeUndefined();
    expect(second.lines.join('\n')).not.toMatch(/baseline-report/);
    writeFileSync(join(ws, 'h.jsonl'), '');
    symlinkSync('h.jsonl', join(ws, 'history.jsonl'));
    const third = await runInProcess({
      inputs: { regions: 'us-east-1', 'report-dir': 'r3', 'history-file': 'history.jsonl' },
      env: aws(),
      workspace: ws,
    });
    expect(third.error?.message).toMatch(
      /Input 'history-file': history\.jsonl is a symbolic link \(to a place inside the workspace\)/,
    );
    rmSync(ws, { recursive: true, force: true });
  });
});
