/**
 * The group-by-tag section (`group-by-tag`): one rollup per value of the tag, worst first, that adds
 * up to the fleet's totals. Markdown shows up to the posture tables' rows (the compact comment leaves
 * it out); the digest already covers it (substantiveDigest hashes the assessment's rollups).
 */
import { formatPercent } from '../../assess/assess.js';
import type { Assessment } from '../../model/types.js';
import { displayText } from '../escape.js';
import { cap, FOLD_AT, type Fold } from '../fold.js';
import { num, pct } from '../format.js';
import type { Section } from './section.js';

export interface ByTagView {
  key: string;
  rows: Array<{
    value: string;
    untagged: boolean;
    inScope: string;
    compliant: string;
    percentText: string;
    percentValue: string;
    v1: string;
    inUse: string;
    safe: string;
    disabled: string;
    pending: string;
  }>;
  /** The rows add up to the fleet: 'N values; totals N in scope, N compliant (the fleet's)'. */
  totalText: string;
}

function byTagView(a: Assessment): ByTagView | undefined {
  const b = a.byTag;
  if (!b) return undefined;
  const rows0 = b.rows;
  const rows = b.rows.map((r) => ({
    value: r.untagged ? `(no ${displayText(b.key, 60)} tag)` : displayText(r.value, 80),
    untagged: r.untagged,
    inScope: num(r.rollup.inScope),
    compliant: num(r.rollup.compliant),
    percentText: pct(r.rollup),
    percentValue: r.rollup.percent.toFixed(4),
    v1: num(r.rollup.buckets['v1-allowed']),
    inUse: a.v1Usage ? num(r.inUse) : '—',
    safe: a.v1Usage ? num(r.safe) : '—',
    disabled: num(r.rollup.buckets.disabled),
    pending: num(r.rollup.buckets.pending),
  }));
  const sum = (f: (r: (typeof rows0)[number]) => number) => rows0.reduce((n, r) => n + f(r), 0);
  const inScope = sum((r) => r.rollup.inScope);
  const compliant = sum((r) => r.rollup.compliant);
  return {
    key: displayText(b.key, 60),
    rows,
    totalText: `${num(b.rows.length)} value(s) of ${displayText(b.key, 60)}; together ${num(compliant)} of ${num(inScope)} compliant (${formatPercent(compliant, inScope)}), the fleet's totals.`,
  };
}

/** The section's rows in a fold: its own budget (`byTag`), else the posture tables'. */
const rowsIn = (f: Fold): number => f.byTag ?? f.posture;

export const byTagSection: Section<'byTag'> = {
  key: 'byTag',
  templates: {
    partial: 'byTag',
    markdown: 'by-tag.md.hbs',
    html: 'by-tag.html.hbs',
  },
  view: (a) => byTagView(a),
  fold: (v, f) => ({ ...v, rows: cap(v.rows, rowsIn(f)) }),
  notes: (v, f) => {
    const shown = rowsIn(f);
    const total = v.rows.length;
    if (total <= shown) return [];
    const what = `The per-${v.key} table`;
    return [
      shown === 0
        ? `${what} (${num(total)} rows) left out`
        : `${what} shows the ${num(shown)} worst of ${num(total)}`,
    ];
  },
  show: (cut) => ({
    byTag: (cut?.rows.length ?? 0) > 0,
    byTagFolded: (cut?.rows.length ?? 0) > FOLD_AT,
  }),
};

declare module '../view-types.js' {
  interface ReportView {
    /** `group-by-tag` (sections/by-tag.ts). */
    byTag?: ByTagView;
  }
}

declare module '../fold.js' {
  interface Fold {
    /** Rows of the group-by-tag table (default: the posture tables'). */
    byTag?: number;
  }
}
