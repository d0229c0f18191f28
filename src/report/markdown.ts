/**
 * Markdown rendering for three media: the report.md file and the job summary (the same content, under
 * 1 MiB; report.md adds links into report.html, which with report.json holds every row) and the sticky
 * PR comment (≤ 65,536 characters). One template; a size ladder of `Fold`s
 * drops whole rows-from-the-bottom of the least important lists first, then whole sections, most
 * detailed first, and says what was cut and where the full report is. Text is never cut mid-table
 * or mid-character: only whole rows and whole sections leave.
 */

import { posix } from 'node:path';
import { uriComponent } from '../model/text.js';
import { escapeDeep, markdownUrl, type Trusted, trusted } from './escape.js';
import { ALL, cap, FOLD_AT, type Fold, rowsOf } from './fold.js';
import { foldSections, sectionNotes, sectionShow } from './sections/index.js';
import { collapseBlankLines, renderPieces } from './stream.js';
import { markdownSplitTemplate, registerIacPartials, STREAMED_LISTS } from './templates.js';
import { num, type ReportView } from './view.js';

export type { Fold } from './fold.js';
export type Medium = 'file' | 'summary' | 'comment';

const FULL: Fold = {
  iac: ALL,
  regressions: ALL,
  instances: ALL,
  regions: ALL,
  accounts: ALL,
  posture: ALL,
  profiles: ALL,
  exceptions: ALL,
  trendTable: true,
  trend: true,
  charts: true,
  next: true,
};

/** Tried in order until the body fits; the most detailed content goes first, regressions last. */
export const LADDER: Fold[] = [
  FULL,
  { ...FULL, instances: 1000, posture: 300, profiles: 100, exceptions: 200, regions: 1000, accounts: 1000 },
  { ...FULL, instances: 250, posture: 100, profiles: 30, exceptions: 50, regions: 300, accounts: 300 },
  {
    ...FULL,
    instances: 50,
    posture: 25,
    profiles: 15,
    exceptions: 20,
    regions: 150,
    accounts: 150,
    regressions: 300,
    trendTable: false,
  },
  {
    ...FULL,
    instances: 0,
    posture: 0,
    profiles: 0,
    exceptions: 0,
    regions: 60,
    accounts: 60,
    regressions: 100,
    trendTable: false,
  },
  {
    ...FULL,
    instances: 0,
    posture: 0,
    profiles: 0,
    exceptions: 0,
    regions: 0,
    accounts: 25,
    regressions: 50,
    trendTable: false,
    trend: false,
    next: false,
  },
  {
    iac: 200,
    regressions: 10,
    instances: 0,
    regions: 0,
    accounts: 0,
    posture: 0,
    profiles: 0,
    exceptions: 0,
    trendTable: false,
    trend: false,
    charts: false,
    next: false,
  },
  {
    iac: 50,
    regressions: 0,
    instances: 0,
    regions: 0,
    accounts: 0,
    posture: 0,
    profiles: 0,
    exceptions: 0,
    trendTable: false,
    trend: false,
    charts: false,
    next: false,
  },
];

/**
 * The PR comment, compact by default: the headline and its make-up, this pull request's findings, the
 * top risks and a link to the full report (the run summary and the report-dir artifact). The full
 * detail stays in the job summary, report.md and report.html.
 */
export const COMPACT: Fold = {
  iac: ALL,
  regressions: 10,
  instances: 10,
  regions: 0,
  accounts: 0,
  posture: 0,
  profiles: 0,
  exceptions: 0,
  trendTable: false,
  trend: false,
  charts: false,
  next: false,
  usage: 0,
  hopLimit: 0,
};
const COMPACT_LADDER: Fold[] = [
  COMPACT,
  { ...COMPACT, iac: 200 },
  { ...COMPACT, iac: 50, regressions: 0, instances: 0 },
];

/** GitHub's limits with a margin for what the runner or the API adds. */
export const LIMITS: Record<Medium, { size: (s: string) => number; max: number; unit: string }> = {
  // report.md: the job summary's size, with links into report.html (every row is there and in report.json).
  file: { size: (s) => Buffer.byteLength(s, 'utf8'), max: 1_048_576 - 16_384, unit: 'bytes' },
  // 1 MiB per step; the runner appends a newline. Bytes.
  summary: { size: (s) => Buffer.byteLength(s, 'utf8'), max: 1_048_576 - 16_384, unit: 'bytes' },
  // 65,536 characters; UTF-16 length ≥ code points, so this is safe whichever GitHub counts.
  comment: { size: (s) => s.length, max: 65_536 - 256, unit: 'characters' },
};

export interface MarkdownOptions {
  medium: Medium;
  /** Hidden marker put first (the sticky comment's identity and digest). */
  marker?: string;
  /** Overrides the medium's limit (tests). */
  max?: number;
  /** The comment in full (as the summary) instead of its compact form. */
  full?: boolean;
}

export interface MarkdownResult {
  markdown: string;
  /** One line per list shortened or section left out (empty when complete). */
  folded: string[];
  size: number;
  max: number;
}

function foldNotes(v: ReportView, f: Fold): string[] {
  const notes: string[] = [];
  const rows = (what: string, shown: number, total: number, which: string) => {
    if (total <= shown) return;
    notes.push(
      shown === 0
        ? `${what} (${num(total)} rows) left out`
        : `${what} shows the ${num(shown)} ${which} of ${num(total)}`,
    );
  };
  rows("This pull request's IaC findings", f.iac, v.iac?.rows.length ?? 0, 'first');
  if (v.iac && f.iac !== ALL) {
    const extra =
      v.iac.existing.length + v.iac.suppressed.length + v.iac.dependsOn.length + v.iac.skipped.length;
    if (extra) notes.push('IaC details (suppressed, unchanged resources, dependencies) left out');
  }
  rows(
    'New IMDSv1 exposure since the baseline',
    f.regressions,
    v.regressions?.rows.length ?? 0,
    'highest-risk',
  );
  rows('The IMDSv1-allowed instance list', f.instances, v.v1.rows.length, 'highest-risk');
  rows('The per-account table', f.accounts, v.accounts?.rows.length ?? 0, 'worst');
  rows('The per-region table', f.regions, v.regions.rows.length, 'worst');
  rows('The instance-profile table', f.profiles, v.roles.profiles.length, 'most exposed');
  if (v.posture) {
    const p = v.posture;
    const n =
      p.accountDefaults.length + p.launchTemplates.length + p.images.length + p.launchConfigurations.length;
    if (n > f.posture * 4 || (f.posture === 0 && n > 0))
      notes.push(
        f.posture === 0
          ? 'Launch-template / account-default / AMI details left out'
          : `Launch-template / account-default / AMI tables show up to ${num(f.posture)} rows each`,
      );
  }
  rows('Expired exemptions', f.exceptions, v.expiredExceptions.length, 'first');
  rows('Instances that made IMDSv1 calls', rowsOf(f, 'usage'), v.usage?.inUseRows.length ?? 0, 'busiest');
  rows('Instances broken by hardening', rowsOf(f, 'usage'), v.usage?.rejectedRows.length ?? 0, 'first');
  notes.push(...sectionNotes(v, f));
  rows('The hop-limit table', rowsOf(f, 'hopLimit'), v.hopLimit?.rows.length ?? 0, 'first');
  if (v.trend && !f.trend) notes.push('The trend chart left out');
  else if (v.trend && !f.trendTable) notes.push('The trend table left out (chart kept)');
  if (!f.charts) notes.push('The split chart left out');
  if (!f.next) notes.push('Next steps and compliance mapping left out');
  return notes;
}

function slice(v: ReportView, f: Fold): ReportView {
  const p = v.posture;
  const iac = v.iac && {
    ...v.iac,
    rows: cap(v.iac.rows, f.iac),
    cutText: v.iac.rows.length > f.iac ? num(v.iac.rows.length - f.iac) : '',
    ...(f.iac === ALL ? {} : { existing: [], suppressed: [], dependsOn: [], live: [], skipped: [] }),
  };
  return {
    ...v,
    iac,
    regressions: v.regressions && { ...v.regressions, rows: cap(v.regressions.rows, f.regressions) },
    v1: { ...v.v1, rows: cap(v.v1.rows, f.instances) },
    regions: { ...v.regions, rows: cap(v.regions.rows, f.regions) },
    accounts: v.accounts && { rows: cap(v.accounts.rows, f.accounts) },
    roles: { ...v.roles, profiles: cap(v.roles.profiles, f.profiles) },
    posture: p && {
      summary: p.summary,
      accountDefaults: cap(p.accountDefaults, f.posture),
      launchTemplates: cap(p.launchTemplates, f.posture),
      images: cap(p.images, f.posture),
      launchConfigurations: cap(p.launchConfigurations, f.posture),
    },
    expiredExceptions: cap(v.expiredExceptions, f.exceptions),
    trend: f.trend ? v.trend : undefined,
    usage: v.usage && {
      ...v.usage,
      inUseRows: cap(v.usage.inUseRows, rowsOf(f, 'usage')),
      rejectedRows: cap(v.usage.rejectedRows, rowsOf(f, 'usage')),
    },
    hopLimit: v.hopLimit && { ...v.hopLimit, rows: cap(v.hopLimit.rows, rowsOf(f, 'hopLimit')) },
    ...foldSections(v, f),
  };
}

/** The template's data for one rung, and the rows its long lists are rendered from. */
function rungData(view: ReportView, fold: Fold, options: MarkdownOptions) {
  const compact = options.medium === 'comment' && !options.full;
  // What this rendering left out (for the log). The compact comment leaves sections out by design: it
  // says so once, with the link, instead of the "shortened to fit" list.
  const folded = foldNotes(view, fold);
  const sliced = slice(view, fold);
  // The long lists are escaped a slice at a time as they render (stream.ts): the escaped copy of the
  // whole view holds placeholders of the same length for them (`.length` and `#if` read the same).
  let lite: Record<string, unknown> = sliced as unknown as Record<string, unknown>;
  for (const path of STREAMED_LISTS) {
    const [top, key] = path.split('.');
    const parent = lite[top] as Record<string, unknown> | undefined;
    const rows = parent?.[key] as unknown[] | undefined;
    if (parent && rows) lite = { ...lite, [top]: { ...parent, [key]: new Array(rows.length) } };
  }
  const where = options.medium === 'comment' && view.runUrl && !compact ? 'the run summary, ' : '';
  const data = {
    ...escapeDeep({
      ...lite,
      folded,
      fullReport: compact
        ? `${view.files.html} (HTML) in the run's artifacts`
        : options.medium === 'file'
          ? `${view.files.html} (HTML) and ${view.files.json} (JSON), every row`
          : `${where}${view.files.html} (HTML) and ${view.files.markdown} in the run's workspace`,
    }),
    marker: options.marker ? trusted(options.marker).value : '',
    htmlHref: options.medium === 'file' ? htmlHref(view.files) : '',
    runLink: markdownUrl(view.runUrl) ?? '',
    medium: { [options.medium]: true },
    compact,
    show: {
      usage: !!view.usage && !compact,
      usageRows: (sliced.usage?.inUseRows.length ?? 0) > 0,
      usageFolded: (sliced.usage?.inUseRows.length ?? 0) > FOLD_AT,
      rejectedRows: (sliced.usage?.rejectedRows.length ?? 0) > 0,
      ...sectionShow(sliced),
      hopLimit: !!view.hopLimit && !compact && (view.hopLimit?.rows.length ?? 0) > 0,
      hopLimitRows: (sliced.hopLimit?.rows.length ?? 0) > 0,
      hopLimitFolded: (sliced.hopLimit?.rows.length ?? 0) > FOLD_AT,
      regressions: (view.regressions?.count ?? 0) > 0 && fold.regressions > 0,
      regressionsFolded: (sliced.regressions?.rows.length ?? 0) > FOLD_AT,
      instances: sliced.v1.rows.length > 0,
      instancesFolded: sliced.v1.rows.length > FOLD_AT,
      instancesCut: view.v1.rows.length - sliced.v1.rows.length,
      instancesCutText: num(view.v1.rows.length - sliced.v1.rows.length),
      regions: sliced.regions.rows.length > 0 || view.regions.emptyText !== '',
      regionsFolded: sliced.regions.rows.length > FOLD_AT,
      regionsCutText: num(view.regions.rows.length - sliced.regions.rows.length),
      regionsCut: view.regions.rows.length > sliced.regions.rows.length,
      accounts: (sliced.accounts?.rows.length ?? 0) > 0,
      accountsFolded: (sliced.accounts?.rows.length ?? 0) > FOLD_AT,
      roles: view.roles.profileCount > 0 && fold.profiles > 0,
      posture: !!view.posture && fold.posture > 0,
      exceptions: sliced.expiredExceptions.length > 0,
      trend: !!sliced.trend,
      trendTable: !!sliced.trend && fold.trendTable,
      charts: fold.charts,
      next: fold.next,
    },
    step: fold.next ? (view.next.step as Trusted).value : '',
    pie: fold.charts && view.split.mermaid ? view.split.mermaid.value : '',
    trendChart: sliced.trend ? sliced.trend.mermaid.value : '',
  };
  return { data, folded, lists: sliced as unknown as Record<string, unknown> };
}

/** One rung, as pieces (blank-line runs already collapsed): join them, or write them as they come. */
function rungPieces(view: ReportView, fold: Fold, options: MarkdownOptions) {
  const { data, folded, lists } = rungData(view, fold, options);
  registerIacPartials();
  const pieces = () =>
    collapseBlankLines(renderPieces(markdownSplitTemplate(), data, lists, (rows) => escapeDeep(rows)));
  return { pieces, folded };
}

/** Renders one rung of the ladder. */
export function renderMarkdownWith(view: ReportView, fold: Fold, options: MarkdownOptions): MarkdownResult {
  const { pieces, folded } = rungPieces(view, fold, options);
  const markdown = [...pieces()].join('');
  const limit = LIMITS[options.medium];
  return { markdown, folded, size: limit.size(markdown), max: options.max ?? limit.max };
}

/**
 * The fewest bytes (and characters) a row of the IMDSv1-allowed table takes in report.md.hbs, whatever
 * its values: the table's pipes, spaces and line end (test/report/render.test.ts holds the template to
 * it). A rung that shows more rows than the limit can hold at this size cannot fit, and is not rendered.
 */
export const MIN_INSTANCE_ROW = 32;

/** Whether a rung shows more instance rows than `max` can hold: it cannot fit. */
const cannotFit = (view: ReportView, fold: Fold, max: number) =>
  fold.instances > 0 && Math.min(fold.instances, view.v1.rows.length) * MIN_INSTANCE_ROW > max;

/** The largest rung that fits the medium's limit (the last rung always does for real fleets). */
export function renderMarkdown(view: ReportView, options: MarkdownOptions): MarkdownResult {
  const ladder = options.medium === 'comment' && !options.full ? COMPACT_LADDER : LADDER;
  const limit = LIMITS[options.medium];
  const max = options.max ?? limit.max;
  const last = ladder[ladder.length - 1];
  if (max === ALL) return renderMarkdownWith(view, ladder[0], options);
  for (const fold of ladder.slice(0, -1)) {
    // At fleet scale the fuller rungs cannot fit: rendering one up to the limit was half the work.
    if (cannotFit(view, fold, max)) continue;
    // A rung is measured piece by piece and given up at the first piece past the limit; the one that
    // fits is kept as it was measured, not rendered again.
    const { pieces, folded } = rungPieces(view, fold, options);
    const kept: string[] = [];
    let size = 0;
    for (const piece of pieces()) {
      size += limit.size(piece);
      if (size > max) break;
      kept.push(piece);
    }
    if (size > max) continue;
    const markdown = kept.join('');
    return { markdown, folded, size: limit.size(markdown), max };
  }
  return renderMarkdownWith(view, last, options);
}

/** A relative link target from report.md to report.html: each path segment percent-encoded. */
function htmlHref(files: ReportView['files']): string {
  const rel = posix.relative(
    posix.dirname(files.markdown.replaceAll('\\', '/')),
    files.html.replaceAll('\\', '/'),
  );
  return rel
    .split('/')
    .map((seg) =>
      seg === '..'
        ? seg
        : uriComponent(seg).replace(/[()!*']/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`),
    )
    .join('/');
}
