/**
 * Reports end to end: the bundled action (`IMDS_GUARD_ENTRY`, default dist/index.js) audits the loopback
 * AWS emulator on pull_request events and talks to the loopback GitHub API. One sticky comment is
 * created, then updated in place, then left alone when nothing changed; a fork PR gets no comment and a
 * notice, with the summary still written. The templates must resolve from the bundle.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ROLES, type Emulator, type InstanceFixture, startEmulator } from '../emulator/index.js';
import { dataRows } from '../report/fixtures.js';
import { type GitHubServer, startGitHub } from '../support/github.js';
import { type OidcServer, startOidc } from '../support/oidc.js';
import { runAction } from '../support/runner.js';

const ACCOUNT = '111111111111';
const ROLE = `arn:aws:iam::${ACCOUNT}:role/IMDSGuardReadOnly`;
const ENTRY = process.env.IMDS_GUARD_ENTRY ?? 'dist/index.js';

let n = 0;
function instance(v1: boolean, over: Partial<InstanceFixture> = {}): InstanceFixture {
  n++;
  return {
    instanceId: `i-${n.toString(16).padStart(17, '0')}`,
    reservationId: `r-${n.toString(16).padStart(17, '0')}`,
    state: 'running',
    tags: { Name: `host-${n}` },
    metadataOptions: {
      HttpTokens: v1 ? 'optional' : 'required',
      HttpEndpoint: 'enabled',
      State: 'applied',
      HttpPutResponseHopLimit: 1,
    },
    ...over,
  };
}

const HOSTILE_NAME =
  '| pwned | <img src=x onerror=alert(1)> @octo/admins <!-- imds-guard:sticky-comment id=imds-guard digest=0 -->';

let emu: Emulator;
let oidc: OidcServer;
let gh: GitHubServer;
let shared: string;
const target = instance(false, { tags: { Name: 'will-regress' } });

beforeAll(async () => {
  oidc = await startOidc({ repository: 'octo/infra', eventName: 'pull_request' });
  gh = await startGitHub({ repository: 'octo/infra' });
  emu = await startEmulator({
    world: {
      accounts: [
        {
          id: ACCOUNT,
          roles: DEFAULT_ROLES,
          enabledRegions: ['us-east-1', 'eu-west-1'],
          regions: {
            'us-east-1': {
              instances: [
                instance(false),
                instance(false),
                target,
                instance(true, {
                  tags: { Name: HOSTILE_NAME },
                  publicIpAddress: '203.0.113.9',
                  iamInstanceProfile: { arn: `arn:aws:iam::${ACCOUNT}:instance-profile/web`, id: 'AIPA1' },
                }),
              ],
            },
            'eu-west-1': { instances: [instance(true), instance(false)] },
          },
        },
      ],
    },
  });
  shared = mkdtempSync(join(tmpdir(), 'imds-report-e2e-'));
}, 60_000);

afterAll(async () => {
  await emu?.close();
  await gh?.close();
  await oidc?.close();
  if (shared) rmSync(shared, { recursive: true, force: true });
});

const PR = (fork: boolean) => ({
  name: 'pull_request',
  payload: {
    number: 7,
    pull_request: {
      number: 7,
      head: { repo: { full_name: fork ? 'evil/infra' : 'octo/infra' } },
      base: { repo: { full_name: 'octo/infra' } },
    },
  },
});

function audit(server: GitHubServer, fork = false) {
  return runAction({
    entry: ENTRY,
    inputs: {
      'role-to-assume': ROLE,
      'aws-region': 'us-east-1',
      threshold: '0',
      'github-token': 'ghs_e2e',
      // Inside the workspace (paths never leave it); the workspace is kept between runs for the trend.
      'history-file': 'history.jsonl',
    },
    env: { ...oidc.env, AWS_ENDPOINT_URL: emu.url, GITHUB_API_URL: server.url },
    event: PR(fork),
    workspace: shared,
  });
}

/** Requests that write (the GraphQL `viewer` query asks who the token is: a read). */
const writes = (server: GitHubServer) =>
  server.requests.filter(
    (r) =>
      (r.method === 'POST' || r.method === 'PATCH' || r.method === 'DELETE') &&
      !(r.path === '/graphql' && /viewer/.test(String((r.body as { query?: string })?.query))),
  );

describe('reports end to end', () => {
  it('creates one sticky comment, updates it in place, and does not rewrite it when nothing changed', async () => {
    const first = await audit(gh);
    expect(first.stderr).not.toMatch(/TypeError|ReferenceError|ENOENT/);
    expect(first.exitCode).toBe(0);
    expect(writes(gh).map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /repos/octo/infra/issues/7/comments',
    ]);
    const comments = () => gh.comments.get(7) ?? [];
    expect(comments()).toHaveLength(1);
    const body1 = comments()[0].body;
    expect(body1.startsWith('<!-- imds-guard:sticky-comment id=imds-guard digest=')).toBe(true);
    expect(body1).toContain('IMDS Guard: 66.6% IMDSv2 enforcement');
    expect(body1.match(/<!-- imds-guard:sticky-comment/g)).toHaveLength(1);
    expect(body1).not.toContain('<img');
    expect(body1).not.toMatch(/@octo\/admins/);

    // Files and outputs: the templates were found from the bundle.
    const html = readFileSync(first.outputs['report-html'], 'utf8');
    expect(html).toContain('<!doctype html>');
    // The hostile name is in the instance table's JSON data block, inert, and reads back as itself.
    expect(html).not.toContain('<img');
    expect(dataRows(html, 'v1').some((r) => String(r.name).includes(HOSTILE_NAME.slice(10, 38)))).toBe(true);
    expect(readFileSync(first.outputs['report-markdown'], 'utf8')).toContain('66.6%');
    expect(first.summary).toContain('IMDS Guard: 66.6% IMDSv2 enforcement');
    first.cleanup();

    // The fleet regresses: the same comment is updated in place.
    emu.world.findInstance(target.instanceId)!.instance.metadataOptions.HttpTokens = 'optional';
    const second = await audit(gh);
    expect(second.exitCode).toBe(0);
    expect(writes(gh).map((r) => r.method)).toEqual(['POST', 'PATCH']);
    expect(comments()).toHaveLength(1);
    expect(comments()[0].body).toContain('50.0% IMDSv2 enforcement');
    expect(second.summary).toContain('Since the previous run');
    expect(second.stdout + second.stderr).toMatch(/PR comment updated on #7/);
    second.cleanup();

    // Nothing changed (only the scan time): no write at all.
    const third = await audit(gh);
    expect(third.exitCode).toBe(0);
    expect(writes(gh)).toHaveLength(2);
    expect(third.stdout + third.stderr).toMatch(/left as it is/);
    expect(readFileSync(join(shared, 'history.jsonl'), 'utf8').trim().split('\n')).toHaveLength(3);
    third.cleanup();
  }, 120_000);

  it('on a fork PR writes the summary, posts no comment and says why; the result is unaffected', async () => {
    const fork = await startGitHub({ repository: 'octo/infra', readOnly: true });
    try {
      const r = await audit(fork, true);
      expect(r.exitCode).toBe(0);
      expect(r.outputs.passed).toBe('true');
      expect(writes(fork)).toEqual([]);
      expect(r.stdout + r.stderr).toMatch(/No PR comment on #7: it comes from a fork/);
      expect(r.summary).toContain('IMDS Guard:');
      r.cleanup();
    } finally {
      await fork.close();
    }
  }, 60_000);

  it('a token without pull-requests: write leaves a warning, not a failure', async () => {
    const ro = await startGitHub({ repository: 'octo/infra', readOnly: true });
    try {
      const r = await audit(ro);
      expect(r.exitCode).toBe(0);
      expect(r.annotations.find((a) => a.level === 'warning')?.message).toMatch(/pull-requests: write/);
      expect(r.summary).toContain('IMDS Guard:');
      r.cleanup();
    } finally {
      await ro.close();
    }
  }, 60_000);
});
