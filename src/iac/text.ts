// Small text helpers shared by the IaC readers: safe copies of hostile values, line numbers,
// and in-source suppression markers.

import type { IacSuppression } from '../model/iac.js';
import { cleanText } from '../model/text.js';

/** A value copied from a file into a message: no control or format characters, bounded length. */
export function clean(value: unknown, max = 200): string {
  const s = cleanText(String(value));
  return s.length > max ? `${s.slice(0, max)}…` : s;
}

export function lineOfOffset(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

const IMDS_GUARD = /imds-guard:ignore\b[ \t:]*(.*)$/;
const CHECKOV = /checkov:skip=(CKV2?_AWS_\d+)(?::(.*))?$/;
const COMMENT = /^\s*(#|\/\/|\/\*|\*)/;

function stripCommentEnd(s: string): string {
  return s.replace(/\*\/\s*$/, '').trim();
}

/** Markers on one line (in a comment). */
export function markersInLine(line: string, lineNo: number): IacSuppression[] {
  const out: IacSuppression[] = [];
  const g = IMDS_GUARD.exec(line);
  if (g) {
    const reason = clean(stripCommentEnd(g[1] ?? ''));
    out.push({ tool: 'imds-guard', reason, line: lineNo, valid: reason.length > 0 });
  }
  const c = CHECKOV.exec(line);
  if (c) {
    const reason = clean(stripCommentEnd(c[2] ?? ''));
    out.push({ tool: 'checkov', ruleId: c[1], reason, line: lineNo, valid: reason.length > 0 });
  }
  return out;
}

/**
 * Suppression markers for a block spanning lines [start, end] (1-based, inclusive): markers in
 * comments inside the block and in the run of comment lines directly above it.
 */
export function suppressionsForBlock(lines: string[], start: number, end: number): IacSuppression[] {
  const out: IacSuppression[] = [];
  let first = start;
  while (first - 2 >= 0 && COMMENT.test(lines[first - 2])) first--;
  for (let n = first; n <= end && n <= lines.length; n++) {
    const text = lines[n - 1];
    if (n >= start && !/#|\/\/|\/\*/.test(text)) continue;
    out.push(...markersInLine(text, n));
  }
  return out;
}

/**
 * End line of a top-level block that starts at `start`: the line before the next top-level block
 * start (as told by `isStart`), minus the comment lines that lead into that next block.
 */
export function blockEndLine(lines: string[], start: number, isStart: (line: string) => boolean): number {
  let next = lines.length + 1;
  for (let n = start + 1; n <= lines.length; n++) {
    if (isStart(lines[n - 1])) {
      next = n;
      break;
    }
  }
  let end = next - 1;
  while (end > start && (COMMENT.test(lines[end - 1]) || lines[end - 1].trim() === '')) end--;
  return end;
}
