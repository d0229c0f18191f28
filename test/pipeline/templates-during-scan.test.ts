/**
 * An audit compiles its report templates while its scan waits on AWS (pipeline/audit.ts), not after the
 * scan: every Handlebars compilation of the run comes before the scan's end, and the reports are whole.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ParsePool } from '../../src/aws/scan/parse-pool.js';
import { generateFleet } from '../emulator/fleet.js';
import { type Emulator, startEmulator } from '../emulator/index.js';
import { cleanupWorkspaces, emulatorEnv, runInProcess } from '../support/inprocess.js';

const KEY = 'AKIAWARMTEMPLATES001';
let emu: Emulator;

beforeAll(async () => {
  const w = generateFleet({
    seed: 8,
    accounts: 1,
    regions: ['us-east-1', 'eu-west-1'],
    instancesPerRegion: 40,
  });
  w.accessKeys = { [KEY]: { account: w.accounts[0].id, role: 'IMDSGuardAudit' } };
  // Pages that take AWS a while to answer, as a fleet's do.
  emu = await startEmulator({ world: w, latencyByOperation: { DescribeInstances: 400 } });
}, 30_000);
afterAll(async () => emu?.close());
afterEach(() => {
  cleanupWorkspaces();
  vi.restoreAllMocks();
});

describe('report templates during the scan', () => {
  it('are compiled before the scan ends, and the reports render from them', async () => {
    const events: string[] = [];
    // Handlebars compiles a template at its first render: every compilation passes through here.
    const compiler = (
      Handlebars as unknown as { Compiler: { prototype: { compile(...args: unknown[]): unknown } } }
    ).Compiler.prototype;
    const compile = compiler.compile;
    vi.spyOn(compiler, 'compile').mockImplementation(function (this: unknown, ...args: unknown[]) {
      events.push('compile');
      return compile.apply(this, args);
    });
    const close = ParsePool.prototype.close;
    vi.spyOn(ParsePool.prototype, 'close').mockImplementation(function (this: ParsePool) {
      events.push('scan over');
      return close.call(this);
    });
    const r = await runInProcess({
      inputs: { regions: 'us-east-1,eu-west-1', threshold: '0', comment: 'never' },
      env: emulatorEnv(emu.url, KEY),
    });
    expect(r.error).toBeUndefined();
    const over = events.indexOf('scan over');
    expect(over).toBeGreaterThan(0);
    expect(events.slice(0, over).filter((e) => e === 'compile').length).toBeGreaterThan(10);
    expect(events.slice(over)).not.toContain('compile');
    const html = readFileSync(join(r.workspace, 'imds-guard-report', 'report.html'), 'utf8');
    expect(html).toContain('id="h-guardrails"');
    expect(readFileSync(join(r.workspace, 'imds-guard-report', 'report.md'), 'utf8')).toMatch(
      /IMDSv2 enforcement/,
    );
  });
});
