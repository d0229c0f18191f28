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

/** A top-level HCL block found by {@link scanHcl}: its keyword, labels and first/last line (1-based). */
export interface HclBlock {
  keyword: string;
  labels: string[];
  line: number;
  endLine: number;
}

export interface HclScan {
  blocks: HclBlock[];
  /** 1-based lines that hold a comment, with the comment's text (several comments on a line are joined). */
  comments: Map<number, string>;
  /** 1-based lines whose first non-blank text is a comment (or inside a block comment). */
  commentOnly: Set<number>;
}

const HEADER = /^([A-Za-z_][\w-]*)((?:\s+(?:"(?:[^"\\]|\\.)*"|[A-Za-z_][\w-]*))*)\s*\{/;
const LABEL = /"((?:[^"\\]|\\.)*)"|([A-Za-z_][\w-]*)/g;

function headerOf(rest: string): { keyword: string; labels: string[] } | undefined {
  const m = HEADER.exec(rest);
  if (!m) return undefined;
  const labels: string[] = [];
  LABEL.lastIndex = 0;
  for (let l = LABEL.exec(m[2]); l; l = LABEL.exec(m[2])) {
    if (l[1] !== undefined) {
      try {
        labels.push(JSON.parse(`"${l[1]}"`) as string);
      } catch {
        labels.push(l[1]);
      }
    } else labels.push(l[2]);
  }
  return { keyword: m[1], labels };
}

/**
 * One pass over HCL text: every top-level block with its real end (braces matched, skipping strings
 * with their interpolations, heredocs and comments), and where the comments are. Linear in the text.
 * Unbalanced input ends every open block at the last line.
 */
export function scanHcl(text: string): HclScan {
  const blocks: HclBlock[] = [];
  const comments = new Map<number, string>();
  const commentOnly = new Set<number>();
  const addComment = (line: number, s: string): void => {
    const prev = comments.get(line);
    comments.set(line, prev === undefined ? s : `${prev} ${s}`);
  };
  // Context stack: 'c' code (brace depth counted in `depth`), 's' string, 'i' interpolation in a string.
  const stack: { kind: 'c' | 's' | 'i'; braces: number }[] = [{ kind: 'c', braces: 0 }];
  let depth = 0;
  let line = 1;
  let lineStart = true;
  let open: HclBlock | undefined;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const ch = text.charCodeAt(i);
    const top = stack[stack.length - 1];
    if (ch === 10) {
      line++;
      lineStart = true;
      i++;
      if (top.kind === 's') stack.pop(); // a quoted string never spans lines: recover
      continue;
    }
    if (top.kind === 's') {
      if (ch === 92) i += 2;
      else if (ch === 34) {
        stack.pop();
        i++;
      } else if ((ch === 36 || ch === 37) && text.charCodeAt(i + 1) === 123) {
        stack.push({ kind: 'i', braces: 0 });
        i += 2;
      } else if (
        (ch === 36 || ch === 37) &&
        text.charCodeAt(i + 1) === ch &&
        text.charCodeAt(i + 2) === 123
      ) {
        i += 3;
      } else i++;
      continue;
    }
    // code or interpolation
    if (ch === 32 || ch === 9 || ch === 13) {
      i++;
      continue;
    }
    const wasLineStart = lineStart;
    lineStart = false;
    if (ch === 35 || (ch === 47 && text.charCodeAt(i + 1) === 47)) {
      let e = text.indexOf('\n', i);
      if (e < 0) e = n;
      addComment(line, text.slice(i, e));
      if (wasLineStart) commentOnly.add(line);
      i = e;
      continue;
    }
    if (ch === 47 && text.charCodeAt(i + 1) === 42) {
      let e = text.indexOf('*/', i + 2);
      e = e < 0 ? n : e + 2;
      const body = text.slice(i, e).split('\n');
      for (const [k, part] of body.entries()) {
        addComment(line + k, part);
        if (k > 0 || wasLineStart) commentOnly.add(line + k);
      }
      line += body.length - 1;
      i = e;
      continue;
    }
    if (ch === 34) {
      stack.push({ kind: 's', braces: 0 });
      i++;
      continue;
    }
    if (ch === 60 && text.charCodeAt(i + 1) === 60) {
      const m = /^<<-?([A-Za-z_][\w-]*)[ \t]*\r?\n/.exec(text.slice(i, i + 200));
      if (m) {
        // skip to the line that holds only the marker
        let p = i + m[0].length;
        line++;
        for (;;) {
          let e = text.indexOf('\n', p);
          if (e < 0) e = n;
          if (text.slice(p, e).trim() === m[1] || e >= n) {
            i = e;
            break;
          }
          p = e + 1;
          line++;
        }
        continue;
      }
    }
    if (ch === 123) {
      if (top.kind === 'i') top.braces++;
      else {
        if (depth === 0 && stack.length === 1 && !open) {
          // the header is the text from the start of this line to this brace
          const ls = text.lastIndexOf('\n', i - 1) + 1;
          const h = headerOf(text.slice(ls, i + 1).trim());
          if (h) open = { ...h, line, endLine: line };
        }
        depth++;
      }
      i++;
      continue;
    }
    if (ch === 125) {
      if (top.kind === 'i') {
        if (top.braces === 0) stack.pop();
        else top.braces--;
      } else if (depth > 0) {
        depth--;
        if (depth === 0 && open) {
          open.endLine = line;
          blocks.push(open);
          open = undefined;
        }
      }
      i++;
      continue;
    }
    i++;
  }
  if (open) {
    open.endLine = line;
    blocks.push(open);
  }
  return { blocks, comments, commentOnly };
}

/**
 * Suppression markers of the block spanning lines [start, end]: those in comments inside the block
 * and in the run of comment-only lines directly above it. Text in strings and heredocs never counts.
 */
export function blockSuppressions(scan: HclScan, start: number, end: number): IacSuppression[] {
  const out: IacSuppression[] = [];
  let first = start;
  while (first > 1 && scan.commentOnly.has(first - 1)) first--;
  for (let n = first; n <= end; n++) {
    const c = scan.comments.get(n);
    if (c !== undefined) out.push(...markersInLine(c, n));
  }
  return out;
}
