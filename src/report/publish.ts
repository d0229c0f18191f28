/**
 * Saying it: writes report.json, report.md and report.html, appends the run to the history file,
 * writes the job summary and the sticky PR comment. One view model (view.ts) feeds every format.
 * Publishing never changes the audit's result: a comment that cannot be posted is a log line.
 */
import { dirname, relative, resolve } from 'node:path';
import { byRisk } from '../assess/assess.js';
import type { Guardrails } from '../assess/guardrails.js';
import type { Deps } from '../deps.js';
import { readFileSafe, UnsafePathError, writeFileSafe } from '../fs/safe.js';
import {
  type CommentApi,
  type CommentOutcome,
  marker,
  planComment,
  upsertStickyComment,
} from '../github/comment.js';
import { isChangeEvent } from '../github/context.js';
import { commentApi } from '../github/octokit.js';
import { errorMessage } from '../log.js';
import { actionUses } from '../model/action-name.js';
import type { Assessment, Inventory } from '../model/types.js';
import type { Settings } from '../settings/types.js';
import { type BaselineDiff, diffBaseline } from './baseline.js';
import { escapeDeep, markdownUrl, trusted } from './escape.js';
import { publishExposureFiles } from './exposure-files.js';
import { guardrailFiles, guardrailsView } from './guardrails.js';
import { appendHistory, HISTORY_KEEP_MIN, type HistoryEntry, historyEntry, parseHistory } from './history.js';
import { writeHtml } from './html.js';
import { buildIacView, type IacStageResult, type IacView } from './iac-view.js';
import { buildJsonReport, parseJsonReport, writeJsonReport } from './json.js';
import { LIMITS, renderMarkdown, writeMarkdownFile } from './markdown.js';
import { iacOnlyTemplate } from './templates.js';
import { buildView, type ReportView } from './view.js';

export interface Published {
  jsonPath: string;
  htmlPath?: string;
  markdownPath?: string;
  historyPath?: string;
  comment?: CommentOutcome;
  /** What the job summary had to leave out (empty when complete or not written). */
  summaryFolded?: string[];
}

export interface PublishOptions {
  /** Builds the comment API (tests pass a fake); default: octokit against deps.github.apiUrl. */
  commentApi?: (token: string, deps: Deps) => CommentApi;
  /** The pull request's IaC check: the reports open with it. */
  iac?: IacStageResult;
  /** False when the live threshold is reported but does not gate this run. */
  liveGates?: boolean;
  /** The preventive policies: written as files beside the report, and a section of it. */
  guardrails?: Guardrails;
}

/**
 * Writes a workspace file, creating its folders, never through a link (src/fs/safe.ts): `input` names
 * the input that chose the path in any refusal.
 */
export async function writeWorkspaceFile(
  workspace: string,
  input: string,
  path: string,
  content: string,
): Promise<void> {
  writeFileSafe({ root: workspace, input, path }, content);
}

function displayPath(workspace: string, path: string): string {
  const rel = relative(workspace, path);
  return rel && !rel.startsWith('..') ? rel : path;
}

export function actionRef(env: NodeJS.ProcessEnv): string {
  const repo = env.GITHUB_ACTION_REPOSITORY;
  const ref = env.GITHUB_ACTION_REF;
  return repo && ref ? `${repo}@${ref}` : actionUses();
}

export async function publishAudit(
  settings: Settings,
  inventory: Inventory,
  assessment: Assessment,
  deps: Deps,
  options: PublishOptions = {},
): Promise<Published> {
  const ws = deps.github.workspace;
  const r = settings.reports;
  const jsonPath = resolve(ws, r.jsonPath);
  const htmlPath = resolve(ws, r.htmlPath);
  const markdownPath = resolve(ws, r.markdownPath);
  const repository =
    deps.github.repository && `${deps.github.repository.owner}/${deps.github.repository.repo}`;

  const report = buildJsonReport(inventory, assessment, {
    version: deps.version,
    generatedAt: deps.now().toISOString(),
    run: {
      repository,
      runId: deps.github.runId,
      runUrl: deps.github.runUrl,
      event: deps.github.eventName || undefined,
    },
  });

  // History (trend) and baseline (regressions) are read before anything is written. Optional: a file
  // that is missing or not a report is a warning; one reached through a link is refused (UnsafePathError).
  let history: HistoryEntry[] | undefined;
  let historyPath: string | undefined;
  let historyText = '';
  if (r.historyFile) {
    historyPath = resolve(ws, r.historyFile);
    try {
      // Read and rewritten by every run: never through a link (the write would follow it too).
      historyText =
        readFileSafe({ root: ws, input: 'history-file', path: historyPath }, { links: 'refuse' }) ?? '';
      const parsed = parseHistory(historyText, r.commentId);
      history = parsed.entries;
      if (parsed.skipped)
        deps.log.warning(
          `${r.historyFile}: skipped ${parsed.skipped} line(s) that are not IMDS Guard history entries.`,
        );
    } catch (e) {
      if (e instanceof UnsafePathError) throw e;
      deps.log.warning(
        `Could not read history-file ${r.historyFile}: ${errorMessage(e)}; the trend starts over.`,
      );
      history = [];
    }
  }
  let baseline: BaselineDiff | undefined;
  if (r.baselineReport) {
    const path = resolve(ws, r.baselineReport);
    try {
      // A committed baseline may be a link to another report of the repository, never out of it.
      const text = readFileSafe({ root: ws, input: 'baseline-report', path }, { links: 'inside' });
      if (text === undefined)
        deps.log.warning(
          `baseline-report ${r.baselineReport} does not exist; no regressions are called out.`,
        );
      else baseline = diffBaseline(assessment, parseJsonReport(text, r.baselineReport), byRisk);
    } catch (e) {
      if (e instanceof UnsafePathError) throw e;
      deps.log.warning(`baseline-report: ${errorMessage(e)}; no regressions are called out.`);
    }
  }

  const view = buildView({
    assessment,
    history,
    baseline,
    iac: options.iac && buildIacView(options.iac, options.liveGates !== false, isPullRequest(deps)),
    guardrails: options.guardrails && guardrailsView(options.guardrails),
    liveGates: options.liveGates,
    meta: {
      version: deps.version,
      reportId: r.commentId,
      repository,
      runUrl: deps.github.runUrl,
      actionRef: actionRef(deps.env),
      roleToAssume: settings.auth.roleToAssume,
      files: {
        json: displayPath(ws, jsonPath),
        markdown: displayPath(ws, markdownPath),
        html: displayPath(ws, htmlPath),
      },
      historyLength: r.historyLength,
    },
  });

  const place = { root: ws, input: 'report-dir' };
  await writeJsonReport(jsonPath, report, place);
  if (options.guardrails) {
    const dir = dirname(jsonPath);
    for (const [name, text] of Object.entries(guardrailFiles(options.guardrails)))
      await writeWorkspaceFile(ws, 'report-dir', resolve(dir, name), text);
    deps.log.info(
      `Guardrails: preventive policies written to ${displayPath(ws, resolve(dir, 'guardrails'))}/.`,
    );
  }
  // Detection to keep after hardening (detections/) and the OCSF findings (report.ocsf.json).
  await publishExposureFiles(ws, dirname(jsonPath), assessment, deps);
  deps.log.info(`JSON report: ${jsonPath}`);

  // Written a slice of rows at a time: a large fleet's report is never one string in memory.
  await writeMarkdownFile(markdownPath, view, place);
  await writeHtml(htmlPath, view, place);
  deps.log.info(`HTML report: ${htmlPath}`);

  if (historyPath) {
    const entry = historyEntry(assessment, r.commentId, deps.github.runId);
    try {
      await writeWorkspaceFile(
        ws,
        'history-file',
        historyPath,
        appendHistory(historyText, entry, Math.max(HISTORY_KEEP_MIN, r.historyLength)),
      );
      deps.log.info(`History: appended this run to ${r.historyFile}.`);
    } catch (e) {
      if (e instanceof UnsafePathError) throw e;
      deps.log.warning(`Could not write history-file ${r.historyFile}: ${errorMessage(e)}`);
    }
  }

  const published: Published = { jsonPath, htmlPath, markdownPath, historyPath };

  if (r.summary) {
    const summary = renderMarkdown(view, { medium: 'summary' });
    published.summaryFolded = summary.folded;
    if (summary.folded.length)
      deps.log.info(`Job summary shortened to ${summary.size} bytes: ${summary.folded.join('; ')}.`);
    await deps.outputs.summary(summary.markdown);
  }

  published.comment = await publishComment(settings, view, deps, options);
  return published;
}

const isPullRequest = (deps: Deps): boolean => isChangeEvent(deps.github.eventName);

/**
 * An offline run (IaC only, no AWS access): the "This pull request" section, then a line saying the
 * live posture was not audited, to report.md, the job summary and the sticky comment.
 */
export async function publishIacOnly(
  settings: Settings,
  iac: IacStageResult,
  deps: Deps,
  options: PublishOptions = {},
): Promise<Published> {
  const ws = deps.github.workspace;
  const markdownPath = resolve(ws, settings.reports.markdownPath);
  const view = buildIacView(iac, false, isPullRequest(deps));
  const render = (medium: 'file' | 'summary' | 'comment', mark?: string) => {
    // One section, bounded by its rows: shorten the table until it fits the medium.
    for (const keep of [Number.POSITIVE_INFINITY, 200, 50, 10]) {
      const rows = keep === Number.POSITIVE_INFINITY ? view.rows : view.rows.slice(0, keep);
      const cut: IacView & { cutText: string } = {
        ...view,
        rows,
        cutText: rows.length < view.rows.length ? String(view.rows.length - rows.length) : '',
        ...(keep === Number.POSITIVE_INFINITY
          ? {}
          : { existing: [], suppressed: [], dependsOn: [], skipped: [] }),
      };
      const markdown = iacOnlyTemplate()({
        ...escapeDeep({ iac: cut, version: deps.version, reportId: settings.reports.commentId }),
        sarifFile: escapeDeep(displayPath(ws, iac.sarifPath)),
        marker: mark ? trusted(mark).value : '',
        runLink: markdownUrl(deps.github.runUrl) ?? '',
      }).replace(/\n{3,}/g, '\n\n');
      if (LIMITS[medium].size(markdown) <= LIMITS[medium].max) return markdown;
    }
    return '';
  };
  await writeWorkspaceFile(ws, 'report-dir', markdownPath, render('file'));
  const published: Published = { jsonPath: '', markdownPath };
  deps.outputs.set('report-markdown', markdownPath);
  if (settings.reports.summary) await deps.outputs.summary(render('summary'));
  published.comment = await publishComment(settings, view.digest, deps, options, (m) => render('comment', m));
  return published;
}

async function publishComment(
  settings: Settings,
  view: ReportView | string,
  deps: Deps,
  options: PublishOptions,
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
  const api = (options.commentApi ?? ((token, d) => commentApi(token, d.github)))(
    settings.github.token!,
    deps,
  );
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
