/**
 * Escaping for text that came from AWS (tag values, names, exception reasons, error messages): anyone
 * who can tag an instance controls it. HTML is escaped by Handlebars (kept on); Markdown has no such
 * guard, so every string of the view model goes through `escapeMarkdown` before a Markdown template
 * sees it, unless the view model marked it `Trusted` (Markdown the code built itself).
 *
 * Written here rather than taken from npm: the hazards are GitHub-specific (a `|` or a newline ends a
 * table cell, `@name` notifies someone, `#12`/URLs autolink, `<!--` could forge the sticky-comment
 * marker, raw HTML renders in comments), and the generic escapers (markdown-escape, mdast's `safe`)
 * cover CommonMark punctuation but none of cells, mentions or autolinks. One context (a GFM table cell
 * or inline text), one function, tested against a hostile fixture.
 */

import { cleanText } from '../model/text.js';

export { cleanText };

const ZWSP = '&#8203;';

/** Markdown code the report built itself (never contains AWS-sourced text unescaped). */
export class Trusted {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
  toJSON(): string {
    return this.value;
  }
}

export const trusted = (value: string): Trusted => new Trusted(value);

/** Cuts to at most `max` code points (never inside a surrogate pair), marking the cut with `…`. */
export function truncate(text: string, max: number): string {
  // No more UTF-16 units than `max` → no more code points either.
  if (text.length <= max) return text;
  const cps = Array.from(text);
  if (cps.length <= max) return text;
  return `${cps.slice(0, Math.max(0, max - 1)).join('')}…`;
}

/** `cleanText`, then at most `max` code points. */
export function displayText(raw: string | undefined, max: number): string {
  return truncate(cleanText(raw ?? ''), max);
}

/**
 * What escapeMarkdown rewrites: `#` before a digit (`#123` would link an issue), the characters that
 * HTML or a table cell reads (`&`, `<`, `>`, `|`), `@` (a mention), and Markdown's punctuation (escaped
 * with a backslash).
 */
const MARKDOWN_SPECIAL = /#(?=\d)|[&<>|\\`*_~[\]()!$@]/g;
const MARKDOWN_ENTITY: Record<string, string> = {
  '#': `#${ZWSP}`,
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '|': '&#124;',
  // `@name` would notify; a zero-width space after @ breaks GitHub's mention (and team) detection.
  '@': `@${ZWSP}`,
};

/**
 * Text escapeMarkdown leaves as it is: letters, digits, spaces and `,/=%+.-`, not starting with what
 * opens a block (`-`, `+`, `=`, or digits then `.`/`)` and a space or the end: `1. x`, but not `2.7 y`).
 * Checked against the full escaper in test/report/escape.test.ts.
 */
const PLAIN = /^(?!\d+[.)](?:\s|$))[A-Za-z0-9][A-Za-z0-9 ,/=%+.-]*$/;

/**
 * Text safe in a GFM table cell and in inline Markdown: stays on one line, cannot close the cell,
 * open a link, image, code span, emphasis, HTML tag or comment, mention a user or team, reference an
 * issue, or autolink. Control characters become spaces; long values are shortened (by code point).
 */
export function escapeMarkdown(raw: string, max = 200): string {
  // Most values (ids, regions, counts, plain names) hold nothing to escape: returned as they are.
  if (raw === '') return raw;
  if (PLAIN.test(raw) && !/www\./i.test(raw)) return truncate(raw, max);
  return escapeMarkdownFully(raw, max);
}

/** escapeMarkdown without its shortcut for plain text (exported for the test that they agree). */
export function escapeMarkdownFully(raw: string, max = 200): string {
  const oneLine = truncate(cleanText(raw), max);
  const out = oneLine.replace(MARKDOWN_SPECIAL, (ch) => MARKDOWN_ENTITY[ch] ?? `\\${ch}`);
  return (
    out
      // At the start of a line (a cell or paragraph), these could open a heading, list, quote or rule.
      .replace(/^([#+-])(?=\s|$)/, '\\$1')
      .replace(/^([=-]+)$/, (m) => `\\${m}`)
      .replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2')
      // GitHub autolinks www. and scheme:// in text nodes, escaped or not: break them.
      .replace(/(www)\./gi, `$1${ZWSP}.`)
      .replace(/:\/\//g, `:${ZWSP}//`)
  );
}

/** A URL for a Markdown link target: http(s) only, percent-encoded so `)`, spaces and `<` cannot end it. */
export function markdownUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return undefined;
  return parsed.href.replace(/[()<>"'`\s|\\[\]]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** A Mermaid label (inside double quotes): only letters, digits, spaces and a little punctuation. */
export function mermaidLabel(raw: string, max = 40): string {
  return truncate(
    String(raw)
      .replace(/[^\p{L}\p{N} .,%/+-]/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
    max,
  );
}

/**
 * Applies `escapeMarkdown` to every string in a view model (deeply), leaving `Trusted` values as
 * their raw Markdown and numbers/booleans as they are. The Markdown templates then need no helper,
 * so forgetting one cannot leak raw text.
 */
export function escapeDeep<T>(value: T): T {
  return walk(value) as T;
}

function walk(v: unknown): unknown {
  if (typeof v === 'string') return escapeMarkdown(v, Number.POSITIVE_INFINITY);
  if (v instanceof Trusted) return v.value;
  if (Array.isArray(v)) return v.map(walk);
  if (v && typeof v === 'object') {
    // Own enumerable keys, as Object.entries gives them, without an array per entry (a report walks
    // ~20 values for each of 100,000 rows).
    const out: Record<string, unknown> = {};
    const from = v as Record<string, unknown>;
    for (const k of Object.keys(from)) out[k] = walk(from[k]);
    return out;
  }
  return v;
}
