/** Formatting the report's numbers, percentages, durations and names: one format everywhere. Pure. */
import { formatPercent } from '../assess/assess.js';
import type { Rollup } from '../model/types.js';

// ───────────────────────── formatting helpers (pure) ─────────────────────────

/**
 * A count as en-US writes it (`12,345`). Whole numbers are grouped here: `toLocaleString` goes through
 * ICU, ~1 µs a call, and a 100,000-instance report writes hundreds of thousands of counts.
 */
export function num(n: number): string {
  if (!Number.isSafeInteger(n) || Object.is(n, -0)) return n.toLocaleString('en-US');
  const digits = String(Math.abs(n));
  if (digits.length <= 3) return n < 0 ? `-${digits}` : digits;
  let out = digits.slice(0, digits.length % 3 || 3);
  for (let i = out.length; i < digits.length; i += 3) out += `,${digits.slice(i, i + 3)}`;
  return n < 0 ? `-${out}` : out;
}

export function pct(r: Pick<Rollup, 'compliant' | 'inScope'>): string {
  return formatPercent(r.compliant, r.inScope);
}

/** "3 d", "5 h", "12 min", "1.4 y": how long between two instants. */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return '—';
  const min = Math.floor(ms / 60_000);
  if (min < 60) return `${min} min`;
  const h = Math.floor(min / 60);
  if (h < 48) return `${h} h`;
  const d = Math.floor(h / 24);
  if (d < 365) return `${d} d`;
  return `${(Math.floor((d / 365.25) * 10) / 10).toFixed(1)} y`;
}

export function formatScanTime(iso: string): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  return `${new Date(t).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** As formatScanTime, to the second (soak windows, which can be shorter than a minute). */
export function formatTimeSeconds(iso: string): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  return `${new Date(t).toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}

export function formatMs(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 120_000) return `${(ms / 1000).toFixed(1)} s`;
  return `${Math.round(ms / 60_000)} min`;
}

/** Percentage points between two exact percentages, e.g. "+1.2 pp", "−0.4 pp", "±0 pp". */
export function formatDelta(
  now: number,
  before: number,
): { text: string; direction: 'up' | 'down' | 'same' } {
  const d = now - before;
  if (Math.abs(d) < 1e-9) return { text: '±0 pp', direction: 'same' };
  const abs = Math.abs(d);
  const shown = abs < 0.1 ? '<0.1' : (Math.floor(abs * 10) / 10).toFixed(1);
  return d > 0 ? { text: `+${shown} pp`, direction: 'up' } : { text: `−${shown} pp`, direction: 'down' };
}

export const signed = (n: number): string => (n > 0 ? `+${num(n)}` : n < 0 ? `−${num(-n)}` : '±0');

const PROFILE_MARK = ':instance-profile/';

/** The instance profile's name from its ARN (arn:aws:iam::1:instance-profile/path/Name → Name). */
export function profileName(arn: string | undefined): string {
  if (!arn) return '';
  // What follows the first ':instance-profile/' (up to a second one), then its last path segment:
  // found by index, no arrays (read for every instance by several reports).
  const from = arn.indexOf(PROFILE_MARK);
  let tail = arn;
  if (from >= 0) {
    const next = arn.indexOf(PROFILE_MARK, from + PROFILE_MARK.length);
    tail = arn.slice(from + PROFILE_MARK.length, next < 0 ? undefined : next);
  }
  return tail.slice(tail.lastIndexOf('/') + 1);
}

export const REGION = /^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\d{1,2}$/;
