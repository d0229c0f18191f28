/**
 * The report.json real runs write validates against schemas/report.schema.json (and its counts): an
 * in-process audit of the emulator's generated fleet, with every optional section it can carry, and the
 * same report read back as baseline-report. (One bundle run's report.json: test/e2e/links.test.ts.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { isHistoryEntry, parseJsonReport, validateReport } from '../../src/report/validate.js';
import { generateFleet } from '../emulator/fleet.js';
import { type Emulator, startEmulator } from '../emulator/index.js';
import { cleanupWorkspaces, runInProcess } from '../support/inprocess.js';

const KEY = 'AKIASCHEMARUNSMGMT01';
const REGIONS = ['us-east-1', 'eu-west-1'];
let emu: Emulator;

beforeAll(async () => {
  const w = generateFleet({
    seed: 23,
    accounts: 2,
    regions: REGIONS,
    instancesPerRegion: 15,
    enabledRegions: REGIONS,
  });
  w.accessKeys = { [KEY]: { account: w.accounts[0].id, role: 'IMDSGuardAudit' } };
  emu = await startEmulator({ world: w });
}, 30_000);
afterAll(async () => {
  await emu?.close();
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
});

describe('report.json of real runs', () => {
  it('an organization audit with group-by-tag, history and a baseline validates, and reads back', async () => {
    const inputs = {
      accounts: 'organization',
      regions: REGIONS.join(','),
      threshold: '0',
      'group-by-tag': 'Name',
      'history-file': 'history.jsonl',
    };
    const first = await runInProcess({ inputs, env: aws() });
    expect(first.error).toBeUndefined();
    const path = join(first.workspace, 'imds-guard-report/report.json');
    const data: unknown = JSON.parse(readFileSync(path, 'utf8'));
    expect(() => validateReport(data, 'report.json')).not.toThrow();
    const report = parseJsonReport(readFileSync(path, 'utf8'), 'report.json');
    expect(report.instances.length).toBeGreaterThan(10);
    expect(report.posture).toBeDefined();
    expect(report.byTag).toBeDefined();
    for (const line of readFileSync(join(first.workspace, 'history.jsonl'), 'utf8').trim().split('\n'))
      expect(isHistoryEntry(JSON.parse(line))).toBe(true);

    emu.reset();
    const second = await runInProcess({
      inputs: { ...inputs, 'baseline-report': 'imds-guard-report/report.json', 'report-dir': 'next' },
      env: aws(),
      workspace: first.workspace,
    });
    expect(second.error).toBeUndefined();
    expect(second.lines.filter((l) => /baseline-report|history-file/.test(l))).toEqual([]);
    expect(second.summaries.join('\n')).toMatch(/baseline|Since/i);
  }, 60_000);

  it('a baseline that is not a report is a warning that quotes none of it', async () => {
    const r = await runInProcess({
      inputs: { regions: 'us-east-1', 'baseline-report': 'old.json' },
      env: aws(),
      workspaceFiles: { 'old.json': 'SECRET_TOKEN=hunter2 and more' },
    });
    expect(r.error).toBeUndefined();
    const warning = r.lines.find((l) => l.startsWith('warning baseline-report'));
    expect(warning).toMatch(/old\.json is not JSON \(invalid JSON[^)]*\)/);
    expect(r.lines.join('\n')).not.toContain('SECRET_TOK');
  }, 60_000);
});
