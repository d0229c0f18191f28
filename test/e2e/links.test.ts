/**
 * Links, end to end through the bundle (`IMDS_GUARD_ENTRY`, default dist/index.js), as the runner runs
 * it: a report folder committed as a link out of the workspace, a report file linked to a file outside,
 * and a baseline linked to /proc/self/environ are refused, naming the input, before anything is written
 * there; the planted secret (in the target file and in the Action's own environment) appears in no log
 * line, annotation or summary. The report.json a plain run writes validates against the shipped schema.
 */
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isHistoryEntry, validateReport } from '../../src/report/validate.js';
import { generateFleet } from '../emulator/fleet.js';
import { type Emulator, startEmulator } from '../emulator/index.js';
import { type RunResult, runAction } from '../support/runner.js';

const ENTRY = process.env.IMDS_GUARD_ENTRY ?? 'dist/index.js';
const KEY = 'AKIALINKSE2EMGMT0001';
const SECRET = 'planted-secret-e2e-7a41c0';

let emu: Emulator;
let outside: string;
const runs: RunResult[] = [];

beforeAll(async () => {
  const w = generateFleet({ seed: 3, accounts: 1, regions: ['us-east-1'], instancesPerRegion: 8 });
  w.accessKeys = { [KEY]: { account: w.accounts[0].id, role: 'IMDSGuardAudit' } };
  emu = await startEmulator({ world: w });
  outside = mkdtempSync(join(tmpdir(), 'imds-links-outside-'));
}, 30_000);
afterAll(async () => {
  for (const r of runs) r.cleanup();
  await emu?.close();
  rmSync(outside, { recursive: true, force: true });
});

async function audit(inputs: Record<string, string>, prepare?: (ws: string) => void) {
  const ws = mkdtempSync(join(tmpdir(), 'imds-links-ws-'));
  prepare?.(ws);
  emu.reset();
  const run = await runAction({
    entry: ENTRY,
    inputs: { regions: 'us-east-1', comment: 'never', threshold: '0', ...inputs },
    env: {
      AWS_ENDPOINT_URL: emu.url,
      AWS_ACCESS_KEY_ID: KEY,
      AWS_SECRET_ACCESS_KEY: 'secret',
      AWS_REGION: 'us-east-1',
      PLANTED_SECRET: SECRET,
    },
    workspace: ws,
  });
  runs.push(run);
  return run;
}

/** Everything the run showed: stdout, stderr, annotations, summary, outputs. */
const shown = (r: RunResult) =>
  [r.stdout, r.stderr, r.summary, JSON.stringify(r.annotations), JSON.stringify(r.outputs)].join('\n');

describe('the bundle never writes or reads through a link', () => {
  it('a plain run writes a report.json that validates against the shipped schema', async () => {
    const r = await audit({ 'history-file': 'history.jsonl' });
    expect(r.exitCode, r.stderr).toBe(0);
    const data: unknown = JSON.parse(
      readFileSync(join(r.workspace, 'imds-guard-report/report.json'), 'utf8'),
    );
    expect(() => validateReport(data, 'report.json')).not.toThrow();
    const history = readFileSync(join(r.workspace, 'history.jsonl'), 'utf8').trim().split('\n');
    expect(history.every((l) => isHistoryEntry(JSON.parse(l)))).toBe(true);
    // The bundle read the schema it ships: a baseline is validated, not refused for want of a schema.
    const again = await audit({ 'baseline-report': 'base.json' }, (ws) =>
      writeFileSync(join(ws, 'base.json'), JSON.stringify(data)),
    );
    expect(again.exitCode, again.stderr).toBe(0);
    expect(again.stdout).not.toMatch(/baseline-report/);
  }, 60_000);

  it('imds-guard-report committed as a link to a folder outside: refused, nothing written there', async () => {
    const dir = join(outside, 'reports');
    mkdirSync(dir);
    const r = await audit({}, (ws) => symlinkSync(dir, join(ws, 'imds-guard-report')));
    expect(r.exitCode).toBe(1);
    expect(r.annotations.map((a) => a.message).join('\n')).toMatch(
      /Input 'report-dir': imds-guard-report is a symbolic link \(to outside the workspace\)/,
    );
    expect(readdirSync(dir)).toEqual([]);
    expect(shown(r)).not.toContain(outside);
    // Refused with the inputs: no AWS call was made.
    expect(emu.callLog.filter((c) => c.operation === 'DescribeInstances')).toEqual([]);
  }, 60_000);

  it('imds-guard-report/iac.sarif linked to a file outside: refused, the file untouched', async () => {
    const target = join(outside, 'keep.txt');
    writeFileSync(target, SECRET);
    const r = await audit({}, (ws) => {
      mkdirSync(join(ws, 'imds-guard-report'));
      symlinkSync(target, join(ws, 'imds-guard-report/iac.sarif'));
    });
    expect(r.exitCode).toBe(1);
    expect(shown(r)).toMatch(/Input 'report-dir': imds-guard-report\/iac\.sarif is a symbolic link/);
    expect(readFileSync(target, 'utf8')).toBe(SECRET);
    expect(shown(r)).not.toContain(SECRET);
  }, 60_000);

  it('baseline-report linked to /proc/self/environ: refused, none of the environment in any output', async () => {
    const r = await audit({ 'baseline-report': 'baseline.json' }, (ws) =>
      symlinkSync('/proc/self/environ', join(ws, 'baseline.json')),
    );
    expect(r.exitCode).toBe(1);
    expect(shown(r)).toMatch(
      /Input 'baseline-report': baseline\.json is a symbolic link \(to outside the workspace\)/,
    );
    expect(shown(r)).not.toContain(SECRET);
    expect(shown(r)).not.toMatch(/PLANTED_SECRET|AWS_SECRET_ACCESS_KEY=/);
  }, 60_000);
});
