/**
 * The CLI bundle (dist/cli/index.js, or IMDS_GUARD_CLI, or beside IMDS_GUARD_ENTRY) from a terminal: exit
 * codes, --json, per-command help, "did you mean", profiles, and errors worded for a terminal.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Emulator, startEmulator } from '../emulator/index.js';
import { ACTION_NODE } from '../support/runner.js';

const CLI = resolve(
  process.env.IMDS_GUARD_CLI ??
    join(dirname(resolve(process.env.IMDS_GUARD_ENTRY ?? 'dist/index.js')), 'cli/index.js'),
);
let emu: Emulator;

beforeAll(async () => {
  emu = await startEmulator({ fleet: { seed: 5, regions: ['us-east-1', 'eu-west-1'], total: 120 } });
});
afterAll(async () => emu.close());

/** Async on purpose: the emulator runs in this process, so a synchronous spawn would deadlock. */
function cli(
  args: string[],
  o: { env?: Record<string, string | undefined>; files?: Record<string, string> } = {},
): Promise<{ status: number; stdout: string; stderr: string; cwd: string }> {
  const cwd = mkdtempSync(join(tmpdir(), 'imds-cli-'));
  for (const [path, text] of Object.entries(o.files ?? {})) {
    mkdirSync(dirname(join(cwd, path)), { recursive: true });
    writeFileSync(join(cwd, path), text);
  }
  return new Promise((done) => {
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '',
      HOME: cwd,
      AWS_ENDPOINT_URL: emu.url,
      AWS_ACCESS_KEY_ID: 'AKIDCLI',
      AWS_SECRET_ACCESS_KEY: 'x',
      AWS_REGION: 'us-east-1',
    };
    for (const [k, v] of Object.entries(o.env ?? {})) {
      if (v === undefined) delete env[k];
      else env[k] = v;
    }
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

describe('imds-guard CLI as a terminal tool', () => {
  it("prints each command's own flags with defaults and descriptions from its action.yml", async () => {
    const plan = await cli(['plan', '--help']);
    expect(plan.status).toBe(0);
    expect(plan.stdout).toContain(
      'Flags (each is the input of the same name of imds-guard/imds-guard/plan@v1)',
    );
    expect(plan.stdout).toMatch(/--tags <value> +Key=Value \(or Key\) filters; all must match/);
    expect(plan.stdout).toMatch(/--remediation <value> +require-v2[\s\S]*\(default: require-v2\)/);
    expect(plan.stdout).toMatch(/--profile <name>/);
    for (const notHere of [
      '--role-to-assume',
      '--github-token',
      '--comment ',
      '--threshold',
      '--plan-digest',
    ]) {
      expect(plan.stdout).not.toContain(notHere);
    }
    const audit = await cli(['audit', '-h']);
    expect(audit.stdout).toMatch(
      /--threshold <value> +Minimum enforcement percentage, 0–100; below it the step fails\.\s+\(default: 100\)/,
    );
    expect(audit.stdout).toContain('--json <file>');
    expect(audit.stdout).not.toContain('--tags');
    const top = await cli(['--help']);
    expect(top.stdout).toMatch(/plan-rollback +write a plan restoring/);
    expect(top.stdout).toContain('npm run cli:demo');
  });

  it('says that apply and rollback need GitHub, in their help and when run', async () => {
    emu.resetCounts();
    const help = await cli(['apply', '--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('apply needs GitHub');
    expect(help.stdout).toContain('environment claim');
    expect(help.stdout).toContain('Inputs of imds-guard/imds-guard/apply@v1');
    expect(help.stdout).toMatch(/plan-digest/);
    const run = await cli(['rollback', '--plan-digest', 'sha256:x']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/rollback runs only in GitHub Actions/);
    expect(emu.counts()).toEqual({});
  });

  it('suggests the command, flag or region meant, and names what replaced --region, before any AWS call', async () => {
    emu.resetCounts();
    const command = await cli(['paln']);
    expect(command.status).toBe(2);
    expect(command.stderr).toContain("Unknown command 'paln'. Did you mean 'plan'?");
    const flag = await cli(['audit', '--treshold', '90']);
    expect(flag.stderr).toContain('unknown flag --treshold');
    expect(flag.stderr).toContain('Did you mean --threshold?');
    const other = await cli(['audit', '--tags', 'Team=web']);
    expect(other.stderr).toContain(
      "--tags is not a flag of 'imds-guard audit'; it is one of: imds-guard plan",
    );
    const removed = await cli(['audit', '--region', 'eu-west-1']);
    expect(removed.status).toBe(2);
    expect(removed.stderr).toContain('--region was removed');
    expect(removed.stderr).toContain('--aws-region');
    const oidc = await cli(['audit', '--role-to-assume', 'arn:aws:iam::111111111111:role/x']);
    expect(oidc.stderr).toMatch(/GitHub OIDC token, which exists only inside GitHub Actions.*--profile/);
    const region = await cli(['audit', '--regions', 'us-esat-1,eu-west-1']);
    expect(region.status).toBe(2);
    expect(region.stderr).toContain("--regions: 'us-esat-1' is not an AWS region. Did you mean 'us-east-1'?");
    expect(emu.counts()).toEqual({});
  });

  it('names a missing profile and the file it was looked for in; a profile that exists signs in', async () => {
    emu.resetCounts();
    const files = {
      '.aws/config': '[default]\nregion = us-east-1\n[profile prod]\nregion = us-east-1\n',
      '.aws/credentials': '[prod]\naws_access_key_id = AKIDPROD\naws_secret_access_key = x\n',
    };
    const noKeys = { AWS_ACCESS_KEY_ID: undefined, AWS_SECRET_ACCESS_KEY: undefined };
    const typo = await cli(['audit', '--profile', 'prdo'], { files, env: noKeys });
    expect(typo.status).toBe(2);
    expect(typo.stderr).toContain(
      "profile 'prdo' not found in ~/.aws/config or ~/.aws/credentials (profiles there: default, prod). Did you mean 'prod'?",
    );
    const fromEnv = await cli(['audit'], { files, env: { ...noKeys, AWS_PROFILE: 'staging' } });
    expect(fromEnv.stderr).toContain("profile 'staging' not found in ~/.aws/config");
    expect(emu.counts()).toEqual({});

    const ok = await cli(['audit', '--profile', 'prod', '--regions', 'us-east-1', '--threshold', '0'], {
      files,
      env: noKeys,
    });
    expect(ok.status, ok.stderr).toBe(0);
    expect(ok.stdout).toContain(': PASS');
  });

  it('words missing credentials for a terminal: --profile, not role-to-assume', async () => {
    const r = await cli(['audit', '--regions', 'us-east-1'], {
      env: { AWS_ACCESS_KEY_ID: undefined, AWS_SECRET_ACCESS_KEY: undefined },
    });
    expect(r.status).toBe(2);
    const error = r.stderr.split('\n').find((l) => l.startsWith('imds-guard: ')) ?? '';
    expect(error).toContain('no AWS credentials found');
    expect(error).toContain('--profile NAME');
    expect(error).not.toContain('role-to-assume');
  });

  it('plans from a terminal: the plan file is written in the working folder', async () => {
    const r = await cli(['plan', '--regions', 'us-east-1', '--remediation', 'require-v2, include-in-use']);
    expect(r.status, r.stderr).toBe(0);
    expect(existsSync(join(r.cwd, 'imds-guard-plan.json'))).toBe(true);
    const plan = JSON.parse(readFileSync(join(r.cwd, 'imds-guard-plan.json'), 'utf8'));
    expect(plan.schema).toBe('imds-guard/plan');
  });
});
