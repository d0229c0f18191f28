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
