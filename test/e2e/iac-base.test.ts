/**
 * The required check judges what a change adds, against its base revision, on pull_request and in the
 * merge queue (merge_group). Each case builds a repository in the test (git init, a base commit, a head
 * commit), checks it out as actions/checkout would (fully, or shallow with only the head), and runs the
 * bundle on it.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Log as SarifLog } from 'sarif';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ROLES, type Emulator, type InstanceFixture, startEmulator } from '../emulator/index.js';
import { type GitHubServer, startGitHub } from '../support/github.js';
import { type OidcServer, startOidc } from '../support/oidc.js';
import { runAction } from '../support/runner.js';

const ENTRY = process.env.IMDS_GUARD_ENTRY ?? 'dist/index.js';
const ACCOUNT = '111111111111';
const ROLE = `arn:aws:iam::${ACCOUNT}:role/IMDSGuardReadOnly`;

const tf = (name: string, tokens: string) =>
  `resource "aws_instance" "${name}" {\n  ami           = "ami-0123456789abcdef0"\n  instance_type = "t3.micro"\n\n  metadata_options {\n    http_tokens = "${tokens}"\n  }\n}\n`;

const roots: string[] = [];
const GIT_ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Dev',
  GIT_AUTHOR_EMAIL: 'dev@example.com',
  GIT_COMMITTER_NAME: 'Dev',
  GIT_COMMITTER_EMAIL: 'dev@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
};
const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', args, { cwd, env: GIT_ENV, encoding: 'utf8' }).trim();

/**
 * A repository with two commits (base, head) and a checkout of head: `full` has the base commit,
 * `shallow` (fetch-depth 1, as actions/checkout does by default) does not; `orphan` is shallow and its
 * origin is gone, so the base cannot be fetched.
 */
function repository(
  base: Record<string, string>,
  head: Record<string, string | null>,
  checkout: 'full' | 'shallow' | 'orphan',
) {
  const root = mkdtempSync(join(tmpdir(), 'imdsg-base-'));
  roots.push(root);
  const origin = join(root, 'origin');
  mkdirSync(origin);
  git(origin, 'init', '-q', '-b', 'main');
  const write = (files: Record<string, string | null>) => {
    for (const [p, text] of Object.entries(files)) {
      if (text === null) rmSync(join(origin, p));
      else {
        mkdirSync(dirname(join(origin, p)), { recursive: true });
        writeFileSync(join(origin, p), text);
      }
    }
    git(origin, 'add', '-A');
    git(origin, 'commit', '-q', '-m', 'change');
    return git(origin, 'rev-parse', 'HEAD');
  };
  const baseSha = write(base);
  const headSha = write(head);
  const ws = join(root, 'infra-repo');
  if (checkout === 'full') git(root, 'clone', '-q', origin, ws);
  else git(root, 'clone', '-q', '--depth', '1', `file://${origin}`, ws);
  if (checkout === 'orphan') rmSync(origin, { recursive: true, force: true });
  return { ws, baseSha, headSha };
}

const pullRequest = (baseSha: string, headSha: string) => ({
  name: 'pull_request',
  payload: {
    number: 7,
    pull_request: {
      number: 7,
      head: { sha: headSha, repo: { full_name: 'octo/infra' } },
      base: { sha: baseSha, ref: 'main', repo: { full_name: 'octo/infra' } },
    },
    repository: { full_name: 'octo/infra', name: 'infra', owner: { login: 'octo' } },
  },
});

const mergeGroup = (baseSha: string, headSha: string) => ({
  name: 'merge_group',
  payload: {
    action: 'checks_requested',
    merge_group: {
      head_sha: headSha,
      head_ref: 'refs/heads/gh-readonly-queue/main/pr-7-abc',
      base_sha: baseSha,
      base_ref: 'refs/heads/main',
    },
    repository: { full_name: 'octo/infra', name: 'infra', owner: { login: 'octo' } },
  },
});

let n = 0;
const instance = (v1: boolean): InstanceFixture => {
  n++;
  return {
    instanceId: `i-${n.toString(16).padStart(17, '0')}`,
    reservationId: `r-${n.toString(16).padStart(17, '0')}`,
    state: 'running',
    tags: { Name: `host-${n}` },
    metadataOptions: { HttpTokens: v1 ? 'optional' : 'required', HttpEndpoint: 'enabled', State: 'applied' },
  };
};

let gh: GitHubServer;
let emu: Emulator;
let oidc: OidcServer;

beforeAll(async () => {
  gh = await startGitHub({ repository: 'octo/infra' });
  oidc = await startOidc({ repository: 'octo/infra', eventName: 'merge_group' });
  emu = await startEmulator({
    world: {
      accounts: [
        {
          id: ACCOUNT,
          roles: DEFAULT_ROLES,
          enabledRegions: ['us-east-1'],
          // The live fleet is below threshold 80: 1 of 3 compliant.
          regions: { 'us-east-1': { instances: [instance(true), instance(true), instance(false)] } },
        },
      ],
    },
  });
}, 60_000);

afterAll(async () => {
  await gh?.close();
  await emu?.close();
  await oidc?.close();
  for (const r of roots) rmSync(r, { recursive: true, force: true });
});

function check(
  repo: { ws: string },
  event: { name: string; payload: Record<string, unknown> },
  extra: { inputs?: Record<string, string>; env?: Record<string, string> } = {},
) {
  return runAction({
    entry: ENTRY,
    workspace: repo.ws,
    inputs: { iac: 'infra/**', 'aws-region': 'us-east-1', threshold: '80', ...extra.inputs },
    env: { GITHUB_API_URL: gh.url, ...extra.env },
    event,
    githubToken: 'ghs_e2e',
  });
}

const sarif = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as SarifLog;
const states = (log: SarifLog) =>
  (log.runs[0].results ?? []).map((r) => [
    r.locations?.[0].logicalLocations?.[0].name,
    r.level,
    r.baselineState,
  ]);

describe('what the change adds, against its base', () => {
  it('a legacy IMDSv1 resource on the base branch does not fail a pull request that adds a compliant one', async () => {
    const repo = repository(
      { 'infra/legacy.tf': tf('legacy', 'optional') },
      { 'infra/new.tf': tf('fresh', 'required') },
      'full',
    );
    const r = await check(repo, pullRequest(repo.baseSha, repo.headSha));
    expect(r.stderr).not.toMatch(/TypeError|ReferenceError/);
    expect(r.exitCode).toBe(0);
    expect(r.outputs.passed).toBe('true');
    expect(r.stdout).toMatch(
      /compared with the base main \([0-9a-f]{12}\): 1 resource\(s\) new, 0 changed, 1 as they were/,
    );
    expect(states(sarif(r.outputs['sarif-file']))).toEqual([['aws_instance.legacy', 'note', 'unchanged']]);
    expect(r.summary).toContain('already on the base branch');
    expect(r.summary).toContain('aws\\_instance.legacy');
    expect(r.annotations.filter((a) => a.level === 'error')).toEqual([]);
    r.cleanup();
  }, 60_000);

  it('fails a pull request that weakens the legacy resource (required → optional)', async () => {
    const repo = repository(
      { 'infra/legacy.tf': tf('legacy', 'required') },
      { 'infra/legacy.tf': tf('legacy', 'optional') },
      'full',
    );
    const r = await check(repo, pullRequest(repo.baseSha, repo.headSha));
    expect(r.exitCode).toBe(1);
    expect(states(sarif(r.outputs['sarif-file']))).toEqual([['aws_instance.legacy', 'error', 'updated']]);
    expect(r.annotations.find((a) => a.level === 'error' && !a.properties.file)?.message).toMatch(
      /aws_instance\.legacy \(infra\/legacy\.tf:1\) allows IMDSv1/,
    );
    r.cleanup();
  }, 60_000);

  it('fails a pull request that adds a new IMDSv1 resource, and keeps the legacy one out of the gate', async () => {
    const repo = repository(
      { 'infra/legacy.tf': tf('legacy', 'optional') },
      { 'infra/new.tf': tf('fresh', 'optional') },
      'full',
    );
    const r = await check(repo, pullRequest(repo.baseSha, repo.headSha));
    expect(r.exitCode).toBe(1);
    expect(states(sarif(r.outputs['sarif-file']))).toEqual([
      ['aws_instance.legacy', 'note', 'unchanged'],
      ['aws_instance.fresh', 'error', 'new'],
    ]);
    const failures = r.annotations
      .filter((a) => a.level === 'error' && !a.properties.file)
      .map((a) => a.message);
    expect(failures.join('\n')).toMatch(/aws_instance\.fresh/);
    expect(failures.join('\n')).not.toMatch(/aws_instance\.legacy/);
    r.cleanup();
  }, 60_000);

  it('a moved file keeps its resources; a moved block keeps its verdict', async () => {
    const repo = repository(
      { 'infra/legacy.tf': tf('legacy', 'optional') },
      {
        'infra/legacy.tf': null,
        'infra/compute.tf': `${tf('renamed', 'optional')}\nmoved {\n  from = aws_instance.legacy\n  to   = aws_instance.renamed\n}\n`,
      },
      'full',
    );
    const r = await check(repo, pullRequest(repo.baseSha, repo.headSha));
    expect(r.exitCode).toBe(0);
    expect(states(sarif(r.outputs['sarif-file']))).toEqual([['aws_instance.renamed', 'note', 'unchanged']]);
    r.cleanup();
  }, 60_000);

  it('fetches the base commit a shallow checkout lacks', async () => {
    const repo = repository(
      { 'infra/legacy.tf': tf('legacy', 'optional') },
      { 'infra/new.tf': tf('fresh', 'required') },
      'shallow',
    );
    expect(() => git(repo.ws, 'cat-file', '-e', `${repo.baseSha}^{commit}`)).toThrow();
    const r = await check(repo, pullRequest(repo.baseSha, repo.headSha));
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toMatch(/compared with the base main \([0-9a-f]{12}, fetched\)/);
    r.cleanup();
  }, 60_000);

  it('when the base cannot be read, every finding counts and the summary says why and how to fix it', async () => {
    const repo = repository(
      { 'infra/legacy.tf': tf('legacy', 'optional') },
      { 'infra/new.tf': tf('fresh', 'required') },
      'orphan',
    );
    const r = await check(repo, pullRequest(repo.baseSha, repo.headSha));
    expect(r.exitCode).toBe(1);
    expect(states(sarif(r.outputs['sarif-file']))).toEqual([['aws_instance.legacy', 'error', 'new']]);
    expect(r.summary).toMatch(/base revision could not be read, so every finding counts/);
    expect(r.summary).toContain('fetch-depth: 0');
    r.cleanup();
  }, 60_000);

  it('a file that cannot be read, unchanged since the base, is listed but does not fail the change; one the change breaks does', async () => {
    const broken = 'resource "aws_instance" "x" {\n  ami = \n}\n';
    const repo = repository(
      { 'infra/broken.tf': broken, 'infra/legacy.tf': tf('legacy', 'optional') },
      { 'infra/new.tf': tf('fresh', 'required') },
      'full',
    );
    const r = await check(repo, pullRequest(repo.baseSha, repo.headSha));
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toMatch(
      /infra\/broken\.tf:\d+ was not checked: .*unchanged since the base, where it could not be read either: not gating/,
    );
    r.cleanup();
    const worse = repository(
      { 'infra/legacy.tf': tf('legacy', 'optional') },
      { 'infra/broken.tf': broken },
      'full',
    );
    const w = await check(worse, pullRequest(worse.baseSha, worse.headSha));
    expect(w.exitCode).toBe(1);
    expect(w.annotations.find((a) => a.level === 'error' && !a.properties.file)?.message).toMatch(
      /infra\/broken\.tf:\d+ could not be checked/,
    );
    w.cleanup();
  }, 60_000);

  it('pr-gate: iac, everything judges every resource', async () => {
    const repo = repository(
      { 'infra/legacy.tf': tf('legacy', 'optional') },
      { 'infra/new.tf': tf('fresh', 'required') },
      'full',
    );
    const r = await check(repo, pullRequest(repo.baseSha, repo.headSha), {
      inputs: { 'pr-gate': 'iac, everything' },
    });
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toMatch(/every resource is judged \(pr-gate: everything\)/);
    r.cleanup();
  }, 60_000);
});

describe('in the merge queue (merge_group)', () => {
  it('gates on what the group adds against base_sha, reports the live fleet below threshold without gating, posts no comment', async () => {
    const repo = repository(
      { 'infra/legacy.tf': tf('legacy', 'optional') },
      { 'infra/new.tf': tf('fresh', 'required') },
      'shallow',
    );
    const before = gh.requests.length;
    const r = await check(repo, mergeGroup(repo.baseSha, repo.headSha), {
      inputs: { 'role-to-assume': ROLE, 'pr-gate': 'iac' },
      env: { ...oidc.env, AWS_ENDPOINT_URL: emu.url },
    });
    expect(r.stderr).not.toMatch(/TypeError|ReferenceError/);
    expect(r.exitCode).toBe(0);
    expect(r.outputs.passed).toBe('true');
    expect(r.outputs['enforcement-percent']).toBe('33.3');
    expect(r.stdout).toMatch(/below the threshold: reported, not gating/);
    expect(r.stdout).toMatch(/compared with the base refs\/heads\/main/);
    expect(states(sarif(r.outputs['sarif-file']))).toEqual([['aws_instance.legacy', 'note', 'unchanged']]);
    expect(gh.requests.slice(before).filter((q) => q.method !== 'GET')).toEqual([]);
    r.cleanup();
  }, 90_000);

  it('fails the group on a new IMDSv1 resource', async () => {
    const repo = repository(
      { 'infra/a.tf': tf('a', 'required') },
      { 'infra/b.tf': tf('b', 'optional') },
      'full',
    );
    const r = await check(repo, mergeGroup(repo.baseSha, repo.headSha));
    expect(r.exitCode).toBe(1);
    expect(states(sarif(r.outputs['sarif-file']))).toEqual([['aws_instance.b', 'error', 'new']]);
    r.cleanup();
  }, 60_000);
});
