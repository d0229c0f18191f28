/**
 * Saying it: writes report.json, report.md and report.html, appends the run to the history file,
 * writes the job summary and the sticky PR comment. One view model (report/view.ts) feeds every
 * format; this module is the only place reports touch the workspace or GitHub. Publishing never
 * changes the audit's result: a comment that cannot be posted is a log line.
 */
import { dirname, relative, resolve } from 'node:path';
import { byRisk } from '../assess/assess.js';
import type { Guardrails } from '../assess/guardrails.js';
import type { IacStageResult } from '../assess/iac-result.js';
import type { Deps } from '../deps.js';
import { UnsafePathError } from '../fs/safe.js';
import type { CommentOutcome } from '../github/comment.js';
import { isChangeEvent } from '../github/context.js';
import { errorMessage } from '../log.js';
import { actionUses } from '../model/action-name.js';
import type { Assessment, Inventory } from '../model/types.js';
import { readBaseline, readHistory } from '../readback/previous.js';
import { diffBaseline } from '../report/baseline.js';
import { escapeDeep, markdownUrl, trusted } from '../report/escape.js';
import { guardrailFiles } from '../report/guardrails.js';
import { guardrailsView } from '../report/guardrails-view.js';
import { appendHistory, HISTORY_KEEP_MIN, historyEntry } from '../report/history.js';
import { buildIacView, type IacView } from '../report/iac-view.js';
import { buildJsonReport } from '../report/json.js';
import { LIMITS, renderMarkdown } from '../report/markdown.js';
import { iacOnlyTemplate } from '../report/templates.js';
import { buildView, type ReportView } from '../report/view.js';
import { type CommentApiFactory, type CommentSettings, publishComment } from './comment.js';
import { publishExposureFiles } from './exposure-files.js';
import { writeHtml, writeJsonReport, writeMarkdownFile, writeWorkspaceFile } from './write.js';

/**
 * What publishing reads of the run's settings, and nothing more (the pipeline's `Settings` has these
 * fields, so it is passed as it is).
 */
export interface PublishSettings extends CommentSettings {
  reports: CommentSettings['reports'] & {
    /** Output paths; relative paths resolve against the workspace. */
    jsonPath: string;
    htmlPath: string;
    markdownPath: string;
    /** Write the job summary. */
    summary: boolean;
    historyFile?: string;
    historyLength: number;
    baselineReport?: string;
  };
  /** Shown in the report's setup hints. */
  auth: { roleToAssume?: string };
}

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
  commentApi?: CommentApiFactory;
  /** The pull request's IaC check: the reports open with it. */
  iac?: IacStageResult;
  /** False when the live threshold is reported but does not gate this run. */
  liveGates?: boolean;
  /** The preventive policies: written as files beside the report, and a section of it. */
  guardrails?: Guardrails;
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

const isPullRequest = (deps: Deps): boolean => isChangeEvent(deps.github.eventName);

const repositoryOf = (deps: Deps): string | undefined =>
  deps.github.repository && `${deps.github.repository.owner}/${deps.github.repository.repo}`;

interface Paths {
  json: string;
  html: string;
  markdown: string;
}

/** The one view every format renders: the assessment, the trend, the regressions and the run's facts. */
function auditView(
  settings: PublishSettings,
  assessment: Assessment,
  deps: Deps,
  options: PublishOptions,
  paths: Paths,
): { view: ReportView; history?: ReturnType<typeof readHistory> } {
  const ws = deps.github.workspace;
  const r = settings.reports;
  // History (trend) and baseline (regressions) are read before anything is written.
  const history = r.historyFile ? readHistory(ws, r.historyFile, r.commentId, deps.log) : undefined;
  const baselineReport = r.baselineReport ? readBaseline(ws, r.baselineReport, deps.log) : undefined;
  const view = buildView({
    assessment,
    history: history?.entries,
    baseline: baselineReport && diffBaseline(assessment, baselineReport, byRisk),
    iac: options.iac && buildIacView(options.iac, options.liveGates !== false, isPullRequest(deps)),
    guardrails: options.guardrails && guardrailsView(options.guardrails),
    liveGates: options.liveGates,
    meta: {
      version: deps.version,
      reportId: r.commentId,
      repository: repositoryOf(deps),
      runUrl: deps.github.runUrl,
      actionRef: actionRef(deps.env),
      roleToAssume: settings.auth.roleToAssume,
      files: {
        json: displayPath(ws, paths.json),
        markdown: displayPath(ws, paths.markdown),
        html: displayPath(ws, paths.html),
      },
      historyLength: r.historyLength,
    },
  });
  return { view, history };
}

/** report.json, the guardrail and detection files beside it, report.md and report.html. */
async function writeReportFiles(
  inventory: Inventory,
  assessment: Assessment,
  view: ReportView,
  deps: Deps,
  options: PublishOptions,
  paths: Paths,
): Promise<void> {
  const ws = deps.github.workspace;
  const report = buildJsonReport(inventory, assessment, {
    version: deps.version,
    generatedAt: deps.now().toISOString(),
    run: {
      repository: repositoryOf(deps),
      runId: deps.github.runId,
      runUrl: deps.github.runUrl,
      event: deps.github.eventName || undefined,
    },
  });
  const place = { root: ws, input: 'report-dir' };
  await writeJsonReport(paths.json, report, place);
  const dir = dirname(paths.json);
  if (options.guardrails) {
    for (const [name, text] of Object.entries(guardrailFiles(options.guardrails)))
      await writeWorkspaceFile(ws, 'report-dir', resolve(dir, name), text);
    deps.log.info(
      `Guardrails: preventive policies written to ${displayPath(ws, resolve(dir, 'guardrails'))}/.`,
    );
  }
  // Detection to keep after hardening (detections/) and the OCSF findings (report.ocsf.json).
  await publishExposureFiles(ws, dir, assessment, deps);
  deps.log.info(`JSON report: ${paths.json}`);
  // Written a slice of rows at a time: a large fleet's report is never one string in memory.
  await writeMarkdownFile(paths.markdown, view, place);
  await writeHtml(paths.html, view, place);
  deps.log.info(`HTML report: ${paths.html}`);
}

/** Appends this run to the history file (a write that fails is a warning; a link is refused). */
async function appendRun(
  settings: PublishSettings,
  assessment: Assessment,
  deps: Deps,
  history: ReturnType<typeof readHistory>,
): Promise<void> {
  const r = settings.reports;
  const entry = historyEntry(assessment, r.commentId, deps.github.runId);
  try {
    await writeWorkspaceFile(
      deps.github.workspace,
      'history-file',
      history.path,
      appendHistory(history.text, entry, Math.max(HISTORY_KEEP_MIN, r.historyLength)),
    );
    deps.log.info(`History: appended this run to ${r.historyFile}.`);
  } catch (e) {
    if (e instanceof UnsafePathError) throw e;
    deps.log.warning(`Could not write history-file ${r.historyFile}: ${errorMessage(e)}`);
  }
}

export async function publishAudit(
  settings: PublishSettings,
  inventory: Inventory,
  assessment: Assessment,
  deps: Deps,
  options: PublishOptions = {},
): Promise<Published> {
  const ws = deps.github.workspace;
  const r = settings.reports;
  const paths = {
    json: resolve(ws, r.jsonPath),
    html: resolve(ws, r.htmlPath),
    markdown: resolve(ws, r.markdownPath),
  };
  const { view, history } = auditView(settings, assessment, deps, options, paths);
  await writeReportFiles(inventory, assessment, view, deps, options, paths);
  if (history) await appendRun(settings, assessment, deps, history);

  const published: Published = {
    jsonPath: paths.json,
    htmlPath: paths.html,
    markdownPath: paths.markdown,
    historyPath: history?.path,
  };
  if (r.summary) {
    const summary = renderMarkdown(view, { medium: 'summary' });
    published.summaryFolded = summary.folded;
    if (summary.folded.length)
      deps.log.info(`Job summary shortened to ${summary.size} bytes: ${summary.folded.join('; ')}.`);
    await deps.outputs.summary(summary.markdown);
  }
  published.comment = await publishComment(settings, view, deps, options.commentApi);
  return published;
}

/**
 * An offline run (IaC only, no AWS access): the "This pull request" section, then a line saying the
 * live posture was not audited, to report.md, the job summary and the sticky comment.
 */
export async function publishIacOnly(
  settings: Pick<PublishSettings, 'reports' | 'github'>,
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
  published.comment = await publishComment(settings, view.digest, deps, options.commentApi, (m) =>
    render('comment', m),
  );
  return published;
}
