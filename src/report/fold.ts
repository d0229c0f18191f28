/**
 * How a shortened Markdown rendering (the job summary, the PR comment) keeps each list: markdown.ts
 * tries a ladder of folds until the body fits; a section (sections/) cuts its own rows by the fold.
 */
import type { Rows } from './view-types.js';

export const ALL = Number.POSITIVE_INFINITY;

/** A Markdown table longer than this is folded into a `<details>` block. */
export const FOLD_AT = 15;

/** How many rows each list keeps (Infinity: all; 0: the section is left out) and which extras stay. */
export interface Fold {
  /** Rows of the pull request's IaC findings (the section itself always stays). */
  iac: number;
  regressions: number;
  instances: number;
  regions: number;
  accounts: number;
  posture: number;
  profiles: number;
  exceptions: number;
  trendTable: boolean;
  trend: boolean;
  charts: boolean;
  next: boolean;
  /** Rows of the who-uses-IMDSv1 tables (the counts always stay). */
  usage?: number;
  /** Rows of the hop-limit table. */
  hopLimit?: number;
}

/** A table's rows in this fold: its own budget, else the posture tables'. */
export const rowsOf = (f: Fold, k: 'usage' | 'hopLimit'): number => f[k] ?? f.posture;

/** The first `n` rows (all of them, as they are, with ALL). */
export function cap<T>(rows: T[] | undefined, n: number): T[];
export function cap<T>(rows: Rows<T> | undefined, n: number): Rows<T>;
export function cap<T>(rows: Rows<T> | undefined, n: number): Rows<T> {
  return rows ? (n === ALL ? rows : rows.slice(0, n)) : [];
}
