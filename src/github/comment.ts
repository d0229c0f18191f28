/**
 * The sticky PR comment: one per pull request and per report identity (`comment-id`), found by a
 * hidden marker at the very start of its body and updated in place. The marker carries a digest of
 * the report's substantive content (see view.ts substantiveDigest): when it is unchanged, nothing is
 * written, so the comment does not churn on scan times and durations.
 *
 * Never fails the audit: a fork PR (read-only token), a token without `pull-requests: write`, or any
 * API error ends in a log line saying why no comment was posted.
 */
import type { GitHubContext } from './context.js';

export interface IssueComment {
  id: number;
  body?: string | null;
  html_url?: string;
  user?: { login?: string; type?: string } | null;
}

/** The three calls the sticky comment needs; octokit in the Action, a fake in unit tests. */
export interface CommentApi {
  /** Every comment on the issue/PR (all pages). */
  list(issue: number): Promise<IssueComment[]>;
  create(issue: number, body: string): Promise<IssueComment>;
  update(commentId: number, body: string): Promise<IssueComment>;
  /** The login of the token's own identity (GraphQL `viewer`); undefined when it cannot be told. */
  identity(): Promise<string | undefined>;
}

/** GITHUB_TOKEN's identity, when the API does not say. */
export const ACTIONS_BOT = 'github-actions[bot]';

export type CommentOutcome =
  | { action: 'created' | 'updated'; id: number; url?: string }
  | { action: 'unchanged'; id: number; url?: string }
  | { action: 'skipped' | 'failed'; reason: string };

const PREFIX = '<!-- imds-guard:sticky-comment';

/** comment-id as it appears in the marker: a safe subset, so it cannot end the HTML comment. */
export function markerId(commentId: string): string {
  return commentId.replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 100) || 'imds-guard';
}

export function marker(commentId: string, digest: string): string {
  return `${PREFIX} id=${markerId(commentId)} digest=${digest.replace(/[^a-f0-9]/g, '')} -->`;
}

/** The marker at the start of a body, if any (a marker anywhere else, e.g. quoted, does not count). */
export function parseMarker(body: string | null | undefined): { id: string; digest: string } | undefined {
  const m = /^<!-- imds-guard:sticky-comment id=([A-Za-z0-9._-]+) digest=([a-f0-9]*) -->/.exec(body ?? '');
  return m ? { id: m[1], digest: m[2] } : undefined;
}

export type CommentPlan = { post: true; issue: number } | { post: false; reason: string; notice: boolean };

/**
 * Whether to comment. `auto`: on pull_request / pull_request_target events; `always`: whenever the
 * event names a pull request; `never`. Fork PRs and a missing token are skipped with a notice.
 */
export function planComment(
  mode: 'auto' | 'always' | 'never',
  ctx: GitHubContext,
  token?: string,
): CommentPlan {
  if (mode === 'never') return { post: false, reason: 'comment: never', notice: false };
  const prEvent = ctx.eventName === 'pull_request' || ctx.eventName === 'pull_request_target';
  let issue = ctx.pullRequest?.number;
  if (issue === undefined && mode === 'always') {
    const i = ctx.payload.issue as { number?: number; pull_request?: unknown } | undefined;
    if (i?.pull_request && typeof i.number === 'number') issue = i.number;
  }
  if (mode === 'auto' && !prEvent) {
    return {
      post: false,
      reason: `comment: auto only comments on pull_request events (this is '${ctx.eventName || 'a local run'}')`,
      notice: false,
    };
  }
  if (issue === undefined) {
    return {
      post: false,
      reason: `No PR comment: the '${ctx.eventName || 'local'}' event names no pull request`,
      notice: true,
    };
  }
  if (ctx.pullRequest?.isFork && ctx.eventName === 'pull_request') {
    return {
      post: false,
      reason: `No PR comment on #${issue}: it comes from a fork, so GITHUB_TOKEN is read-only. The report is in the job summary; the audit's result is unaffected.`,
      notice: true,
    };
  }
  if (!ctx.repository)
    return { post: false, reason: 'No PR comment: GITHUB_REPOSITORY is not set', notice: true };
  if (!token) {
    return {
      post: false,
      reason: `No PR comment on #${issue}: no github-token was given. The report is in the job summary.`,
      notice: true,
    };
  }
  return { post: true, issue };
}

function explain(e: unknown, issue: number): string {
  const status = (e as { status?: number }).status;
  const message = (e as Error).message ?? String(e);
  if (status === 403)
    return `No PR comment on #${issue}: the token may not write comments (${message}). Fork PRs get a read-only token; otherwise grant \`permissions: pull-requests: write\`. The report is in the job summary; the audit's result is unaffected.`;
  if (status === 401) return `No PR comment on #${issue}: the github-token was rejected (${message}).`;
  if (status === 404)
    return `No PR comment on #${issue}: the pull request was not found with this token (${message}).`;
  if (status === 422) return `No PR comment on #${issue}: GitHub refused the body (${message}).`;
  return `No PR comment on #${issue}: ${message}`;
}

/**
 * Creates, updates or leaves alone the sticky comment whose marker names `commentId`. `body` must
 * already start with `marker(commentId, digest)`.
 */
export async function upsertStickyComment(
  api: CommentApi,
  issue: number,
  commentId: string,
  digest: string,
  body: string,
): Promise<CommentOutcome> {
  const id = markerId(commentId);
  try {
    // Only a comment written by the token's own identity is ours. Anyone can paste the marker (and a
    // copied digest) into a comment of theirs: adopting it would let them suppress the report, or get
    // it written into a comment they can edit.
    const self = (await api.identity().catch(() => undefined)) ?? ACTIONS_BOT;
    const existing = (await api.list(issue)).find(
      (c) => parseMarker(c.body)?.id === id && c.user?.login === self,
    );
    if (existing) {
      if (parseMarker(existing.body)?.digest === digest) {
        return { action: 'unchanged', id: existing.id, url: existing.html_url };
      }
      try {
        const updated = await api.update(existing.id, body);
        return { action: 'updated', id: updated.id ?? existing.id, url: updated.html_url };
      } catch (e) {
        const status = (e as { status?: number }).status;
        if (status !== 403 && status !== 404) throw e;
        // Not ours to edit (or deleted meanwhile): post our own.
      }
    }
    const created = await api.create(issue, body);
    return { action: 'created', id: created.id, url: created.html_url };
  } catch (e) {
    return { action: 'failed', reason: explain(e, issue) };
  }
}
