/** The CLI bundle (dist/cli/index.js) from a terminal: exit codes, --json, and flag-named input errors. */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Emulator, startEmulator } from '../emulator/index.js';
import { ACTION_NODE } from '../support/runner.js';

const CLI = join(dirname(resolve(process.env.IMDS_GUARD_ENTRY ?? 'dist/index.js')), 'cli/index.js');
let emu: Emulator;

beforeAll(async () => {
  emu = await startEmulator({ fleet: { seed: 5, regions: ['us-east-1', 'eu-west-1'], total: 120 } });
});
afterAll(async () => emu.close());

/** Async on purpose: the emulator runs in this process, so a synchronous spawn would deadlock. */
function cli(args: string[]): Promise<{ status: number; stdout: string; stderr: string; cwd: string }> {
  const cwd = mkdtempSync(join(tmpdir(), 'imds-cli-'));
  return new Promise((done) => {
    const env = {
      PATH: process.env.PATH ?? '',
      HOME: cwd,
      AWS_ENDPOINT_URL: emu.url,
      AWS_ACCESS_KEY_ID: 'AKIDCLI',
      AWS_SECRET_ACCESS_KEY: 'x',
      AWS_REGION: 'us-east-1',
    };
    execFile(ACTION_NODE, [CLI, ...args], { cwd, env, timeout: 60_000 }, (error, stdout, stderr) => {
      const status = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      done({ status, stdout, stderr, cwd });
    });
  });
}

describe('imds-guard CLI', () => {
  it('audits, writes --json, and exits 1 below the threshold, 0 at or above it', async () => {
    const fail = await cli([
      'audit',
      '--regions',
      'us-east-1,eu-west-1',
      '--threshold',
      '100',
      '--json',
      'out.json',
    ]);
    expect(fail.status).toBe(1);
    expect(fail.stdout).toMatch(
      /IMDSv2 enforcement \(\d+\/\d+ compliant, rule ec2\.8, threshold 100%\): FAIL/,
    );
    const report = JSON.parse(readFileSync(join(fail.cwd, 'out.json'), 'utf8'));
    expect(report.schema).toBe('imds-guard/report');
    expect(report.regions.map((r: { region: string }) => r.region).sort()).toEqual([
      'eu-west-1',
      'us-east-1',
    ]);

    const pass = await cli(['audit', '--regions', 'us-east-1', '--threshold', '0']);
    expect(pass.status).toBe(0);
    expect(pass.stdout).toContain(': PASS');
  });

  it('names the flag in input errors and exits 2 without calling AWS', async () => {
    emu.resetCounts();
    const r = await cli(['audit', '--threshold', 'abc', '--regions', 'mars']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('2 flags are invalid');
    expect(r.stderr).toContain("--threshold: 'abc' is not a percentage");
    expect(r.stderr).toContain("--regions: 'mars'");
    expect(emu.counts()).toEqual({});
  });

  it('rejects unknown flags and commands with usage', async () => {
    expect((await cli(['audit', '--nope'])).status).toBe(2);
    const r = await cli(['destroy']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("Unknown command 'destroy'");
  });
});
