/**
 * The sticky pull request comment: one comment found by its hidden marker and updated in place,
 * nothing posted when nothing changed. A comment that cannot be posted is a log line, never a failure.
 */
import type { Deps } from '../deps.js';
import {
  type CommentApi,
  type CommentOutcome,
  marker,
  planComment,
  upsertStickyComment,
} from '../github/comment.js';
import { commentApi } from '../github/octokit.js';
import { renderMarkdown } from '../report/markdown.js';
import type { ReportView } from '../report/view.js';

/** What the comment reads of the run's settings. */
export interface CommentSettings {
  reports: { comment: 'auto' | 'always' | 'never'; commentId: string };
  github: { token?: string };
}

/** Builds the comment API (tests pass a fake); default: octokit against deps.github.apiUrl. */
export type CommentApiFactory = (token: string, deps: Deps) => CommentApi;

/**
 * Posts or updates the comment: the audit's view rendered for the comment medium, or (an offline IaC
 * run) the digest and a body rendered with the marker.
 */
export async function publishComment(
  settings: CommentSettings,
  view: ReportView | string,
  deps: Deps,
  factory?: CommentApiFactory,
  renderBody?: (marker: string) => string,
): Promise<CommentOutcome> {
  const plan = planComment(settings.reports.comment, deps.github, settings.github.token);
  if (!plan.post) {
    if (plan.notice) deps.log.info(`Notice: ${plan.reason}`);
    else deps.log.debug(plan.reason);
    return { action: 'skipped', reason: plan.reason };
  }
  const digest = typeof view === 'string' ? view : view.digest;
  const mark = marker(settings.reports.commentId, digest);
  const body =
    typeof view === 'string'
      ? { markdown: renderBody?.(mark) ?? '', folded: [] as string[] }
      : renderMarkdown(view, { medium: 'comment', marker: mark });
  const api = (factory ?? ((token, d) => commentApi(token, d.github)))(settings.github.token!, deps);
  const outcome = await upsertStickyComment(
    api,
    plan.issue,
    settings.reports.commentId,
    digest,
    body.markdown,
  );
  switch (outcome.action) {
    case 'created':
    case 'updated':
      deps.log.info(
        `PR comment ${outcome.action} on #${plan.issue}${outcome.url ? `: ${outcome.url}` : ''}${body.folded.length ? ` (shortened: ${body.folded.join('; ')})` : ''}.`,
      );
      break;
    case 'unchanged':
      deps.log.info(`PR comment on #${plan.issue} left as it is: the report's content has not changed.`);
      break;
    default:
      // Fork PRs and missing permissions are expected situations: say why, keep the audit's result.
      deps.log.warning(outcome.reason);
  }
  return outcome;
}
