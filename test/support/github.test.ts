import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GitHubServer, startGitHub } from './github.js';

type Octokit = ReturnType<typeof import('@actions/github').getOctokit>;
const owner = 'octo';
const repo = 'infra';

/**
 * @actions/github reads GITHUB_API_URL once, when first imported (runner.test.ts proves that path in a
 * subprocess); in-process, pass baseUrl explicitly so every test can use its own fake.
 */
async function octokitFor(gh: GitHubServer, token = 'ghs_test') {
  const { getOctokit } = await import('@actions/github');
  return getOctokit(token, { baseUrl: gh.url });
}

describe('fake GitHub REST: issue comments', () => {
  let gh: GitHubServer;
  let octokit: Octokit;
  beforeAll(async () => {
    gh = await startGitHub({
      comments: { 7: [{ body: 'human comment', user: { login: 'alice', id: 1, type: 'User' } }] },
    });
    octokit = await octokitFor(gh);
  });
  afterAll(() => gh.close());

  it('creates, paginates, updates and deletes comments', async () => {
    for (const body of ['one', 'two', 'three']) {
      const { data, status } = await octokit.rest.issues.createComment({
        owner,
        repo,
        issue_number: 7,
        body,
      });
      expect(status).toBe(201);
      expect(data.user).toMatchObject({ login: 'github-actions[bot]', type: 'Bot' });
    }
    const all = await octokit.paginate(octokit.rest.issues.listComments, {
      owner,
      repo,
      issue_number: 7,
      per_page: 2,
    });
    expect(all.map((c) => c.body)).toEqual(['human comment', 'one', 'two', 'three']);
    expect(gh.requests.filter((r) => r.method === 'GET').map((r) => r.query.page)).toEqual([undefined, '2']);

    const mine = all.find((c) => c.body === 'two')!;
    await octokit.rest.issues.updateComment({ owner, repo, comment_id: mine.id, body: 'two (edited)' });
    await octokit.rest.issues.deleteComment({ owner, repo, comment_id: all[1].id });
    expect(gh.comments.get(7)!.map((c) => c.body)).toEqual(['human comment', 'two (edited)', 'three']);
    expect(gh.requests.at(-2)).toMatchObject({
      method: 'PATCH',
      body: { body: 'two (edited)' },
      status: 200,
    });

    const { data: pr } = await octokit.rest.pulls.get({ owner, repo, pull_number: 7 });
    expect(pr).toMatchObject({ number: 7, base: { ref: 'main' } });
  });

  it('enforces the 65536-character body limit with a GitHub-shaped 422', async () => {
    await octokit.rest.issues.createComment({ owner, repo, issue_number: 8, body: 'x'.repeat(65536) });
    const err = await octokit.rest.issues
      .createComment({ owner, repo, issue_number: 8, body: 'x'.repeat(65537) })
      .catch((e) => e);
    expect(err.status).toBe(422);
    expect(err.response.data).toMatchObject({
      message: 'Validation Failed',
      errors: [{ resource: 'IssueComment', field: 'body', message: expect.stringMatching(/too long/) }],
    });
  });

  it('requires an Authorization header and rejects other repositories', async () => {
    const res = await fetch(`${gh.url}/repos/octo/infra/issues/7/comments`);
    expect(res.status).toBe(401);
    const err = await octokit.rest.issues
      .listComments({ owner, repo: 'other', issue_number: 7 })
      .catch((e) => e);
    expect(err.status).toBe(404);
  });
});

describe('fake GitHub REST: read-only (fork PR) token', () => {
  it('allows reads but 403s writes', async () => {
    const gh = await startGitHub({ readOnly: true });
    const octokit = await octokitFor(gh);
    await octokit.rest.issues.listComments({ owner, repo, issue_number: 1 });
    const err = await octokit.rest.issues
      .createComment({ owner, repo, issue_number: 1, body: 'hi' })
      .catch((e) => e);
    expect(err.status).toBe(403);
    expect(err.response.data.message).toBe('Resource not accessible by integration');
    await gh.close();
  });
});

describe('fake GitHub GraphQL: createCommitOnBranch', () => {
  const HEAD = `query($owner: String!, $name: String!, $ref: String!) {
    repository(owner: $owner, name: $name) { ref(qualifiedName: $ref) { target { oid } } }
  }`;
  const COMMIT = `mutation($input: CreateCommitOnBranchInput!) {
    createCommitOnBranch(input: $input) { commit { oid url } }
  }`;
  const b64 = (s: string) => Buffer.from(s).toString('base64');

  async function appendLine(octokit: Octokit, line: string) {
    const head = await octokit.graphql<{ repository: { ref: { target: { oid: string } } } }>(HEAD, {
      owner,
      name: repo,
      ref: 'refs/heads/main',
    });
    const oid = head.repository.ref.target.oid;
    const { data: file } = await octokit.rest.repos.getContent({
      owner,
      repo,
      path: 'audit/log.md',
      ref: oid,
    });
    const old = Buffer.from((file as { content: string }).content, 'base64').toString('utf8');
    const res = await octokit.graphql<{ createCommitOnBranch: { commit: { oid: string } } }>(COMMIT, {
      input: {
        branch: { repositoryNameWithOwner: 'octo/infra', branchName: 'main' },
        message: { headline: `audit: ${line}` },
        fileChanges: { additions: [{ path: 'audit/log.md', contents: b64(`${old}${line}\n`) }] },
        expectedHeadOid: oid,
      },
    });
    return res.createCommitOnBranch.commit.oid;
  }

  it('commits when expectedHeadOid matches and stores the file', async () => {
    const gh = await startGitHub({ files: { 'audit/log.md': '# log\n' } });
    const octokit = await octokitFor(gh);
    const oid = await appendLine(octokit, 'run 1');
    expect(oid).toMatch(/^[0-9a-f]{40}$/);
    expect(gh.head('main')).toBe(oid);
    expect(gh.files['audit/log.md']).toBe('# log\nrun 1\n');
    expect(gh.commits.at(-1)).toMatchObject({ headline: 'audit: run 1', external: false });
    const { data: ref } = await octokit.rest.git.getRef({ owner, repo, ref: 'heads/main' });
    expect(ref.object.sha).toBe(oid);
    expect(gh.requests.some((r) => r.path === '/graphql')).toBe(true);
    await gh.close();
  });

  it('moveHeadOnce makes the first attempt fail with STALE_DATA; a re-read then succeeds', async () => {
    const gh = await startGitHub({
      files: { 'audit/log.md': '# log\n' },
      moveHeadOnce: { files: { 'audit/log.md': '# log\nconcurrent\n' } },
    });
    const octokit = await octokitFor(gh);
    const err = await appendLine(octokit, 'run 1').catch((e) => e);
    expect(err.name).toBe('GraphqlResponseError');
    expect(err.errors[0]).toMatchObject({
      type: 'STALE_DATA',
      message: expect.stringMatching(/^Expected branch to point to/),
    });
    await appendLine(octokit, 'run 1');
    expect(gh.files['audit/log.md']).toBe('# log\nconcurrent\nrun 1\n');
    expect(gh.commits.map((c) => c.external)).toEqual([true, true, false]);
    await gh.close();
  });
});

describe('fake GitHub REST: workflow runs', () => {
  it('serves the runner default run, added runs, 404 for unknown ones and 403 without actions: read', async () => {
    const gh = await startGitHub();
    const octokit = await octokitFor(gh);
    const { data } = await octokit.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}', {
      owner,
      repo,
      run_id: 4242424242,
    });
    expect(data).toMatchObject({
      id: 4242424242,
      path: '.github/workflows/imds-guard.yml',
      status: 'in_progress',
      event: 'workflow_dispatch',
      run_attempt: 1,
      repository: { full_name: 'octo/infra' },
    });
    expect(Date.parse(data.created_at)).not.toBeNaN();
    gh.addRun({ id: 5, path: '.github/workflows/other.yml', status: 'completed', event: 'push' });
    const other = await octokit.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}', {
      owner,
      repo,
      run_id: 5,
    });
    expect(other.data).toMatchObject({ id: 5, status: 'completed', conclusion: 'success', event: 'push' });
    const missing = await octokit
      .request('GET /repos/{owner}/{repo}/actions/runs/{run_id}', { owner, repo, run_id: 777 })
      .catch((e) => e);
    expect(missing.status).toBe(404);
    expect(missing.response.data.documentation_url).toMatch(/workflow-runs#get-a-workflow-run$/);
    await gh.close();

    const noActions = await startGitHub({ actionsRead: false });
    const denied = await (await octokitFor(noActions))
      .request('GET /repos/{owner}/{repo}/actions/runs/{run_id}', { owner, repo, run_id: 4242424242 })
      .catch((e) => e);
    expect(denied.status).toBe(403);
    expect(denied.response.data.message).toBe('Resource not accessible by integration');
    await noActions.close();
  });
});

describe('fake GitHub GraphQL: viewer and blame', () => {
  const QUERY = `query($owner: String!, $name: String!, $ref: String!, $path: String!) {
    viewer { login }
    repository(owner: $owner, name: $name) {
      ref(qualifiedName: $ref) { target { ... on Commit {
        oid
        file(path: $path) { object { ... on Blob { text } } }
        blame(path: $path) { ranges { startingLine endingLine commit {
          oid committedDate author { user { login } } signature { isValid wasSignedByGitHub } } } }
      } } }
    }
  }`;
  type Answer = {
    viewer: { login: string };
    repository: {
      ref: {
        target: {
          oid: string;
          file: { object: { text: string } };
          blame: {
            ranges: Array<{
              startingLine: number;
              endingLine: number;
              commit: {
                oid: string;
                author: { user: { login: string } | null };
                signature: { isValid: boolean; wasSignedByGitHub: boolean } | null;
              };
            }>;
          };
        };
      };
    };
  };
  const commitOnMain = async (octokit: Octokit, gh: GitHubServer, content: string) =>
    octokit.graphql(
      `mutation($input: CreateCommitOnBranchInput!) { createCommitOnBranch(input: $input) { commit { oid } } }`,
      {
        input: {
          branch: { repositoryNameWithOwner: 'octo/infra', branchName: 'main' },
          message: { headline: 'log' },
          fileChanges: {
            additions: [{ path: 'log.jsonl', contents: Buffer.from(content).toString('base64') }],
          },
          expectedHeadOid: gh.head('main'),
        },
      },
    );

  it('attributes each line to the commit that added it, with its author and GitHub signature', async () => {
    const gh = await startGitHub({ files: { 'log.jsonl': 'a\n' } });
    const octokit = await octokitFor(gh);
    await commitOnMain(octokit, gh, 'a\nb\nc\n');
    gh.setHead('main', { 'log.jsonl': 'a\nb\nforged\nc\n' });
    await commitOnMain(octokit, gh, 'a\nb\nforged\nc\nd\n');
    const res = await octokit.graphql<Answer>(QUERY, {
      owner,
      name: repo,
      ref: 'refs/heads/main',
      path: 'log.jsonl',
    });
    expect(res.viewer.login).toBe('github-actions[bot]');
    const t = res.repository.ref.target;
    expect(t.oid).toBe(gh.head('main'));
    expect(t.file.object.text).toBe('a\nb\nforged\nc\nd\n');
    const [initial, first, push, second] = gh.commits;
    const who = (line: number) =>
      t.blame.ranges.find((r) => r.startingLine <= line && line <= r.endingLine)!.commit;
    expect([1, 2, 3, 4, 5].map((n) => who(n).oid)).toEqual([
      initial.oid,
      first.oid,
      push.oid,
      first.oid,
      second.oid,
    ]);
    expect(who(2)).toMatchObject({
      author: { user: { login: 'github-actions[bot]' } },
      signature: { isValid: true, wasSignedByGitHub: true },
    });
    expect(who(3)).toMatchObject({ author: { user: { login: 'octocat' } }, signature: null });
    // Ranges are maximal runs of one commit, as GitHub returns them.
    expect(t.blame.ranges.map((r) => [r.startingLine, r.endingLine])).toEqual([
      [1, 1],
      [2, 2],
      [3, 3],
      [4, 4],
      [5, 5],
    ]);
    await gh.close();
  });

  it("answers viewer and authors commits as the configured identity (an app's bot)", async () => {
    const app = { login: 'imds-guard-app[bot]', id: 999, type: 'Bot' };
    const gh = await startGitHub({ identity: app, files: { 'log.jsonl': '' } });
    const octokit = await octokitFor(gh);
    await commitOnMain(octokit, gh, 'x\ny\n');
    const res = await octokit.graphql<Answer>(QUERY, {
      owner,
      name: repo,
      ref: 'refs/heads/main',
      path: 'log.jsonl',
    });
    expect(res.viewer.login).toBe(app.login);
    expect(res.repository.ref.target.blame.ranges).toMatchObject([
      { startingLine: 1, endingLine: 2, commit: { author: { user: { login: app.login } } } },
    ]);
    expect(gh.commits.at(-1)).toMatchObject({ author: app, signed: true });
    await gh.close();
  });
});
