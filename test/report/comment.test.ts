import { describe, expect, it } from 'vitest';
import {
  type CommentApi,
  type IssueComment,
  marker,
  parseMarker,
  planComment,
  upsertStickyComment,
} from '../../src/github/comment.js';
import type { GitHubContext } from '../../src/github/context.js';

function ctx(over: Partial<GitHubContext> = {}): GitHubContext {
  return {
    eventName: 'pull_request',
    payload: {},
    repository: { owner: 'octo', repo: 'infra' },
    serverUrl: 'https://github.com',
    apiUrl: 'https://api.github.com',
    runId: '1',
    runAttempt: '1',
    workspace: '/tmp',
    runnerTemp: '/tmp',
    pullRequest: { number: 7, isFork: false },
    isActions: true,
    ...over,
  };
}

/** In-memory issue comments that record writes. */
function fakeApi(initial: IssueComment[] = [], fail?: { status: number; on: 'list' | 'create' | 'update' }) {
  const comments = [...initial];
  const writes: string[] = [];
  let next = 100;
  const maybeFail = (on: string) => {
    if (fail?.on === on)
      throw Object.assign(new Error('Resource not accessible by integration'), { status: fail.status });
  };
  const api: CommentApi = {
    async list() {
      maybeFail('list');
      return comments;
    },
    async create(_issue, body) {
      maybeFail('create');
      writes.push('create');
      const c = { id: next++, body, user: { login: 'github-actions[bot]', type: 'Bot' } };
      comments.push(c);
      return c;
    },
    async identity() {
      return 'github-actions[bot]';
    },
    async update(id, body) {
      maybeFail('update');
      const c = comments.find((x) => x.id === id);
      if (c?.user?.type !== 'Bot') throw Object.assign(new Error('Forbidden'), { status: 403 });
      writes.push('update');
      c.body = body;
      return c;
    },
  };
  return { api, comments, writes };
}

describe('planComment', () => {
  it.each([
    ['auto', ctx(), true],
    ['auto', ctx({ eventName: 'push', pullRequest: undefined }), false],
    ['auto', ctx({ eventName: 'schedule', pullRequest: undefined }), false],
    [
      'always',
      ctx({
        eventName: 'issue_comment',
        pullRequest: undefined,
        payload: { issue: { number: 9, pull_request: {} } },
      }),
      true,
    ],
    ['always', ctx({ eventName: 'push', pullRequest: undefined }), false],
    ['never', ctx(), false],
    ['auto', ctx({ pullRequest: { number: 7, isFork: true } }), false],
    ['auto', ctx({ eventName: 'pull_request_target', pullRequest: { number: 7, isFork: true } }), true],
  ] as const)('%s on %o → %s', (mode, c, post) => {
    expect(planComment(mode, c, 'ghs_x').post).toBe(post);
  });

  it('explains fork PRs and a missing token', () => {
    const fork = planComment('auto', ctx({ pullRequest: { number: 7, isFork: true } }), 'ghs_x');
    expect(fork).toMatchObject({ post: false, notice: true });
    expect(!fork.post && fork.reason).toContain('fork');
    const noToken = planComment('auto', ctx(), undefined);
    expect(!noToken.post && noToken.reason).toContain('no github-token');
  });
});

describe('marker', () => {
  it('identifies the comment by report id and carries the digest; only at the start of the body', () => {
    const m = marker('prod audit!', 'abc123');
    expect(m).toBe('<!-- imds-guard:sticky-comment id=prod_audit_ digest=abc123 -->');
    expect(parseMarker(`${m}\nbody`)).toEqual({ id: 'prod_audit_', digest: 'abc123' });
    expect(parseMarker(`quoted ${m}`)).toBeUndefined();
    expect(marker('x --> <script>', 'ff')).not.toContain('<script>');
  });
});

describe('upsertStickyComment', () => {
  const body = (d: string) => `${marker('imds-guard', d)}\nreport ${d}`;

  it('creates once, updates in place, and leaves an unchanged report alone', async () => {
    const gh = fakeApi([{ id: 1, body: 'LGTM', user: { type: 'User' } }]);
    expect(await upsertStickyComment(gh.api, 7, 'imds-guard', 'aa', body('aa'))).toMatchObject({
      action: 'created',
      id: 100,
    });
    expect(await upsertStickyComment(gh.api, 7, 'imds-guard', 'bb', body('bb'))).toMatchObject({
      action: 'updated',
      id: 100,
    });
    expect(await upsertStickyComment(gh.api, 7, 'imds-guard', 'bb', body('bb'))).toMatchObject({
      action: 'unchanged',
      id: 100,
    });
    expect(gh.writes).toEqual(['create', 'update']);
    expect(gh.comments).toHaveLength(2);
  });

  it('keeps one comment per report identity', async () => {
    const gh = fakeApi();
    await upsertStickyComment(gh.api, 7, 'prod', 'aa', `${marker('prod', 'aa')}\n`);
    await upsertStickyComment(gh.api, 7, 'staging', 'aa', `${marker('staging', 'aa')}\n`);
    await upsertStickyComment(gh.api, 7, 'prod', 'bb', `${marker('prod', 'bb')}\n`);
    expect(gh.writes).toEqual(['create', 'create', 'update']);
  });

  it("prefers the bot's comment over a person's pasted marker, and posts its own if it cannot edit", async () => {
    const forged = { id: 5, body: body('00'), user: { type: 'User' } };
    const gh = fakeApi([forged]);
    expect(await upsertStickyComment(gh.api, 7, 'imds-guard', 'aa', body('aa'))).toMatchObject({
      action: 'created',
    });
    expect(await upsertStickyComment(gh.api, 7, 'imds-guard', 'bb', body('bb'))).toMatchObject({
      action: 'updated',
      id: 100,
    });
    expect(forged.body).toBe(body('00'));
  });

  it('never adopts a comment it did not write: a pasted marker with a copied digest neither suppresses the report nor receives it', async () => {
    // A person pastes the bot's marker — digest included — into their own comment (or a bot of someone
    // else's does): the report is still posted, in a comment of the token's own identity.
    const pasted = { id: 5, body: body('aa'), user: { login: 'mallory', type: 'User' } };
    const otherBot = { id: 6, body: body('aa'), user: { login: 'other-app[bot]', type: 'Bot' } };
    const gh = fakeApi([pasted, otherBot]);
    expect(await upsertStickyComment(gh.api, 7, 'imds-guard', 'aa', body('aa'))).toMatchObject({
      action: 'created',
      id: 100,
    });
    expect(gh.writes).toEqual(['create']);
    expect(pasted.body).toBe(body('aa'));
    expect(otherBot.body).toBe(body('aa'));
  });

  it('turns a read-only token into a reason, never an exception', async () => {
    const gh = fakeApi([], { status: 403, on: 'create' });
    const out = await upsertStickyComment(gh.api, 7, 'imds-guard', 'aa', body('aa'));
    expect(out.action).toBe('failed');
    expect(out.action === 'failed' && out.reason).toContain('pull-requests: write');
  });
});
