/**
 * The required check end to end: the bundle (`IMDS_GUARD_ENTRY`, default dist/index.js) runs
 * on a pull_request event with exactly the IMDS Guard step of .github/workflows/required-check.yml,
 * against the loopback AWS emulator and GitHub API, over small pull requests of our own
 * (test/fixtures/iac-e2e). The SARIF file, the annotations, the sticky comment and the outputs are
 * checked against the hand-read truth below.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Log as SarifLog } from 'sarif';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DEFAULT_ROLES, type Emulator, type InstanceFixture, startEmulator } from '../emulator/index.js';
import { type GitHubServer, startGitHub } from '../support/github.js';
import { type OidcServer, startOidc } from '../support/oidc.js';
import { runAction } from '../support/runner.js';

const ACCOUNT = '111111111111';
const ROLE = `arn:aws:iam::${ACCOUNT}:role/IMDSGuardReadOnly`;
const ENTRY = process.env.IMDS_GUARD_ENTRY ?? 'dist/index.js';
const FIXTURES = new URL('../fixtures/iac-e2e/', import.meta.url).pathname;

/** The `with:` of the workflow's IMDS Guard step (`uses: ./`), expressions resolved from `vars`. */
function workflowInputs(vars: Record<string, string>): Record<string, string> {
  const wf = parse(readFileSync('.github/workflows/required-check.yml', 'utf8')) as {
    on: unknown;
    jobs: Record<string, { steps: Array<{ uses?: string; with?: Record<string, unknown> }> }>;
  };
  expect(Object.keys(wf.on as object).sort()).toEqual(['merge_group', 'pull_request']);
  const step = Object.values(wf.jobs)
    .flatMap((j) => j.steps)
    .find((s) => s.uses === './');
  expect(step?.with).toBeDefined();
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(step!.with!)) {
    out[k] = String(v).replace(/\$\{\{\s*vars\.(\w+)\s*\}\}/g, (_, name: string) => {
      if (!(name in vars)) throw new Error(`workflow uses vars.${name}: give it a value in the test`);
      return vars[name];
    });
    expect(out[k]).not.toContain('${{');
  }
  return out;
}

/** A fixture pull request's files, as workspace-relative paths. */
function pr(name: string): Record<string, string> {
  const root = join(FIXTURES, name);
  const out: Record<string, string> = {};
  const walk = (dir: string): void => {
    for (const f of readdirSync(dir)) {
      const p = join(dir, f);
      if (statSync(p).isDirectory()) walk(p);
      else out[relative(root, p)] = readFileSync(p, 'utf8');
    }
  };
  walk(root);
  return out;
}

let n = 0;
function instance(v1: boolean): InstanceFixture {
  n++;
  return {
    instanceId: `i-${n.toString(16).padStart(17, '0')}`,
    reservationId: `r-${n.toString(16).padStart(17, '0')}`,
    state: 'running',
    tags: { Name: `host-${n}` },
    metadataOptions: { HttpTokens: v1 ? 'optional' : 'required', HttpEndpoint: 'enabled', State: 'applied' },
  };
}

const EVENT = {
  name: 'pull_request',
  payload: {
    number: 12,
    pull_request: {
      number: 12,
      head: { repo: { full_name: 'octo/infra' } },
      base: { repo: { full_name: 'octo/infra' } },
    },
  },
};

let emu: Emulator;
let oidc: OidcServer;
let gh: GitHubServer;

beforeAll(async () => {
  oidc = await startOidc({ repository: 'octo/infra', eventName: 'pull_request' });
  gh = await startGitHub({ repository: 'octo/infra' });
  emu = await startEmulator({
    world: {
      accounts: [
        {
          id: ACCOUNT,
          roles: DEFAULT_ROLES,
          enabledRegions: ['us-east-1'],
          regions: {
            // The live fleet is below threshold 100 (2 of 3 allow IMDSv1); the account default requires v2.
            'us-east-1': {
              instances: [instance(true), instance(true), instance(false)],
              metadataDefaults: { HttpTokens: 'required' },
            },
          },
        },
      ],
    },
  });
}, 60_000);

afterAll(async () => {
  await emu?.close();
  await gh?.close();
  await oidc?.close();
});

function check(files: Record<string, string>, vars: Record<string, string>, env: Record<string, string>) {
  return runAction({
    entry: ENTRY,
    inputs: workflowInputs(vars),
    env: { AWS_ENDPOINT_URL: emu.url, GITHUB_API_URL: gh.url, ...env },
    event: EVENT,
    workspaceFiles: files,
    githubToken: 'ghs_e2e',
  });
}

const sarifOf = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as SarifLog;
const results = (log: SarifLog) =>
  (log.runs[0].results ?? []).map((r) => ({
    rule: r.ruleId,
    level: r.level,
    uri: r.locations?.[0].physicalLocation?.artifactLocation?.uri,
    line: r.locations?.[0].physicalLocation?.region?.startLine,
    resource: r.locations?.[0].logicalLocations?.[0].name,
    suppressed: (r.suppressions?.length ?? 0) > 0,
  }));
const latestComment = () => {
  const list = gh.comments.get(12) ?? [];
  return list[list.length - 1]?.body ?? '';
};

describe('the required check on a pull request', () => {
  it('with AWS access: fails on what the PR adds (file, line, fix), resolves unset tokens live, lists suppressions', async () => {
    const r = await check(pr('mixed'), { IMDS_GUARD_ROLE: ROLE }, oidc.env);
    expect(r.stderr).not.toMatch(/TypeError|ReferenceError|ENOENT/);
    expect(r.exitCode).toBe(1);
    // Truth: legacy (explicit optional, line 16) fails; worker (unset) passes via the us-east-1 account
    // default (required); vendor is suppressed with its reason; broken.tf is named and not checked.
    expect(results(sarifOf(r.outputs['sarif-file']))).toEqual([
      {
        rule: 'IMDSG001',
        level: 'error',
        uri: 'infra/app/main.tf',
        line: 16,
        resource: 'aws_instance.legacy',
        suppressed: false,
      },
      {
        rule: 'IMDSG001',
        level: 'error',
        uri: 'infra/app/main.tf',
        line: 32,
        resource: 'aws_instance.vendor',
        suppressed: true,
      },
    ]);
    const errors = r.annotations.filter((a) => a.properties.file);
    expect(errors.map((a) => [a.level, a.properties.file, a.properties.line])).toEqual([
      ['error', 'infra/app/main.tf', '16'],
      ['error', 'infra/app/broken.tf', '2'],
    ]);
    expect(errors[1].message).toMatch(/not valid HCL/);
    // The failure names resource, file and line, why and the fix; the live threshold does not gate.
    const failed = r.annotations
      .filter((a) => a.level === 'error' && !a.properties.file)
      .map((a) => a.message);
    expect(failed.join('\n')).toMatch(
      /aws_instance\.legacy \(infra\/app\/main\.tf:16\) allows IMDSv1 \[IMDSG001\].*explicitly optional.*Fix: metadata_options \{ http_tokens = "required" \}/,
    );
    expect(failed.join('\n')).toMatch(/infra\/app\/broken\.tf:2 could not be checked/);
    expect(failed.join('\n')).not.toMatch(/threshold/i);
    expect(r.outputs.passed).toBe('false');
    expect(r.outputs['enforcement-percent']).toBe('33.3');
    // One live read for the unset resource; the AWS calls used the signed-in session.
    expect(emu.counts().GetInstanceMetadataDefaults).toBeGreaterThanOrEqual(1);

    const body = latestComment();
    expect(body).toMatch(
      /^<!-- imds-guard:sticky-comment[^\n]*-->\n## ❌ This pull request adds or changes 1 resource/,
    );
    expect(body).toContain('aws\\_instance.legacy');
    expect(body).toContain('vendor appliance polls IMDSv1 until its 2026 firmware \\(ticket OPS-42\\)');
    expect(body).toContain('infra/app/broken.tf:2');
    expect(body).not.toContain('aws\\_instance.worker');
    expect(body).toContain('below the threshold: reported, not gating this pull request');
    expect(body.indexOf('This pull request')).toBeLessThan(body.indexOf('IMDSv2 enforcement'));
    expect(r.summary).toContain('This pull request adds or changes 1 resource');
    expect(readFileSync(r.outputs['report-html'], 'utf8')).toContain('This pull request: adds or changes');
    r.cleanup();
  }, 120_000);

  it('offline (no role, no credentials): zero AWS calls, judged on the IaC only, says what it depends on', async () => {
    emu.resetCounts();
    const r = await check(pr('mixed'), { IMDS_GUARD_ROLE: '' }, {});
    expect(r.stderr).not.toMatch(/TypeError|ReferenceError|ENOENT/);
    expect(emu.callLog).toEqual([]);
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toMatch(/offline \(no AWS call, no live audit\)/);
    expect(r.stdout + r.stderr).not.toMatch(/No AWS credentials found/);
    // Without the account default, the unset resource is a warning naming what it depends on.
    expect(
      results(sarifOf(r.outputs['sarif-file'])).map((x) => [x.rule, x.level, x.line, x.suppressed]),
    ).toEqual([
      ['IMDSG001', 'error', 16, false],
      ['IMDSG001', 'error', 32, true],
      ['IMDSG003', 'warning', 26, false],
    ]);
    const warn = r.annotations.find((a) => a.level === 'warning' && a.properties.file);
    expect(warn?.properties).toMatchObject({ file: 'infra/app/main.tf', line: '26' });
    expect(warn?.message).toMatch(/account default HttpTokens in us-east-1/);
    expect(r.outputs.passed).toBe('false');
    const body = latestComment();
    expect(body).toMatch(/^<!-- imds-guard:sticky-comment[^\n]*-->\n## ❌ This pull request/);
    expect(body).toContain('Run offline');
    expect(body).toContain('Not audited: no role-to-assume');
    expect(r.summary).toContain('This pull request');
    r.cleanup();
  }, 60_000);

  it('passes a PR that adds only compliant resources although the live fleet is below the threshold', async () => {
    const r = await check(pr('compliant'), { IMDS_GUARD_ROLE: ROLE }, oidc.env);
    expect(r.stderr).not.toMatch(/TypeError|ReferenceError|ENOENT/);
    expect(r.exitCode).toBe(0);
    expect(r.outputs.passed).toBe('true');
    expect(r.outputs['enforcement-percent']).toBe('33.3');
    expect(results(sarifOf(r.outputs['sarif-file']))).toEqual([]);
    expect(r.annotations.filter((a) => a.level === 'error')).toEqual([]);
    expect(r.stdout).toMatch(/below the threshold: reported, not gating this pull request/);
    const body = latestComment();
    expect(body).toMatch(
      /^<!-- imds-guard:sticky-comment[^\n]*-->\n## ✅ This pull request allows no IMDSv1/,
    );
    expect(body).toContain('IMDS Guard: 33.3% IMDSv2 enforcement');
    r.cleanup();
  }, 60_000);
});
