/**
 * The trend: `history-file` is JSON lines, one compact entry per run, appended by each run.
 * Documented in docs/reports.md; each line's schema is schemas/history-entry.schema.json. Reading is forgiving (a PR may edit the file): malformed lines are
 * skipped and counted, never trusted as Markdown (every value is re-validated and re-formatted).
 */
import type { Assessment } from '../model/types.js';
import { isHistoryEntry } from './validate.js';

export const HISTORY_VERSION = 1;
/** Entries kept in the file (oldest dropped): enough for a year of nightly runs. */
export const HISTORY_KEEP_MIN = 400;

export interface HistoryEntry {
  v: 1;
  /** ISO 8601 scan time. */
  at: string;
  /** comment-id of the audit that wrote it (several audits may share a file). */
  id: string;
  rule: string;
  percent: number;
  compliant: number;
  inScope: number;
  passed: boolean;
  /** [v2-required, v1-allowed, disabled, pending] */
  buckets: [number, number, number, number];
  /** "account/region" → [compliant, inScope, v1Allowed] */
  regions: Record<string, [number, number, number]>;
  run?: string;
}

export function historyEntry(a: Assessment, id: string, run?: string): HistoryEntry {
  const b = a.totals.buckets;
  const regions: HistoryEntry['regions'] = {};
  for (const r of a.byRegion) {
    regions[`${r.accountId}/${r.region}`] = [
      r.rollup.compliant,
      r.rollup.inScope,
      r.rollup.buckets['v1-allowed'],
    ];
  }
  const entry: HistoryEntry = {
    v: 1,
    at: a.scannedAt,
    id,
    rule: a.rule.id,
    percent: Number(a.totals.percent.toFixed(4)),
    compliant: a.totals.compliant,
    inScope: a.totals.inScope,
    passed: a.gate.passed,
    buckets: [b['v2-required'], b['v1-allowed'], b.disabled, b.pending],
    regions,
  };
  if (run) entry.run = run;
  return entry;
}

const nat = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 0;

/**
 * Validates one parsed line against schemas/history-entry.schema.json, then what a schema cannot say
 * (a real date, compliant ≤ in scope); undefined when it is not a usable entry.
 */
export function validEntry(x: unknown): HistoryEntry | undefined {
  if (!isHistoryEntry(x)) return undefined;
  const e = x as Partial<HistoryEntry>;
  if (!e || typeof e !== 'object' || e.v !== 1) return undefined;
  if (typeof e.at !== 'string' || Number.isNaN(Date.parse(e.at))) return undefined;
  if (!nat(e.compliant) || !nat(e.inScope) || e.compliant > e.inScope) return undefined;
  if (!Array.isArray(e.buckets) || e.buckets.length !== 4 || !e.buckets.every(nat)) return undefined;
  const regions: HistoryEntry['regions'] = {};
  if (e.regions && typeof e.regions === 'object') {
    for (const [k, v] of Object.entries(e.regions)) {
      if (Array.isArray(v) && v.length === 3 && v.every(nat)) regions[k] = v as [number, number, number];
    }
  }
  return {
    v: 1,
    at: new Date(e.at).toISOString(),
    id: typeof e.id === 'string' ? e.id : '',
    rule: typeof e.rule === 'string' ? e.rule : '',
    percent: e.inScope === 0 ? 100 : (e.compliant / e.inScope) * 100,
    compliant: e.compliant,
    inScope: e.inScope,
    passed: e.passed === true,
    buckets: e.buckets as HistoryEntry['buckets'],
    regions,
    run: typeof e.run === 'string' ? e.run : undefined,
  };
}

export interface ParsedHistory {
  entries: HistoryEntry[];
  skipped: number;
}

/** Parses the file's text; entries of other audits (another `id`) are left out of `entries`. */
export function parseHistory(text: string, id?: string): ParsedHistory {
  const entries: HistoryEntry[] = [];
  let skipped = 0;
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      skipped++;
      continue;
    }
    const e = validEntry(parsed);
    if (!e) skipped++;
    else if (id === undefined || !e.id || e.id === id) entries.push(e);
  }
  entries.sort((a, b) => a.at.localeCompare(b.at));
  return { entries, skipped };
}

/**
 * The file's new text: the old lines (all audits) plus this entry, oldest dropped beyond `keep`.
 * Re-running the same scan (same `at` and id) replaces its line instead of adding a duplicate.
 */
export function appendHistory(text: string, entry: HistoryEntry, keep: number): string {
  const lines = text.split('\n').filter((l) => {
    if (!l.trim()) return false;
    try {
      const e = JSON.parse(l) as Partial<HistoryEntry>;
      return !(e.at === entry.at && (e.id ?? '') === entry.id);
    } catch {
      return false;
    }
  });
  lines.push(JSON.stringify(entry));
  return `${lines.slice(-Math.max(keep, 1)).join('\n')}\n`;
}
