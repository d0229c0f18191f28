/**
 * Rendering a report a slice of rows at a time: the template's long lists (templates.ts
 * `SplitTemplate`) are rendered ROWS_PER_SLICE rows at a time, and the pieces are written to the file
 * as they come (src/publish/write.ts), so memory holds one slice's text, not a whole 40 MB report (and its copies) at once.
 * The text is byte for byte what rendering the whole template in one go gives.
 */
import type { SplitTemplate } from './templates.js';

/**
 * Rows per slice: small enough that a slice's text (~1 KB a row of HTML) stays under V8's large-object
 * size (128 KB). Larger pieces go to the large-object space, which only a full GC empties: at 500 rows
 * a 100,000-instance report left ~100 MB of written pieces there at the peak.
 */
export const ROWS_PER_SLICE = 100;

/** The lists rendered a slice at a time (every other list is bounded by the fleet's regions, accounts…). */
export const STREAMED_LISTS = [
  'v1.rows',
  'usage.inUseRows',
  'usage.rejectedRows',
  'regressions.rows',
  'hopLimit.rows',
] as const;

/**
 * The data variable (`{{{@…}}}`) that stands in a split template's main part where its list `n` was
 * (scripts/templates.ts `splitSource`); the renderer sets it to a marker no value can hold.
 */
export const listMarker = (n: number) => `imdsGuardList${n}`;

type Ctx = Record<string, unknown>;

/** `data` with the list at `path` (two levels, as STREAMED_LISTS are) replaced by `rows`. */
function withList(data: Ctx, path: string, rows: unknown[]): Ctx {
  const [top, key] = path.split('.');
  return { ...data, [top]: { ...(data[top] as Ctx), [key]: rows } };
}

function listAt(data: Ctx, path: string): unknown[] {
  const [top, key] = path.split('.');
  return ((data[top] as Ctx | undefined)?.[key] as unknown[] | undefined) ?? [];
}

/**
 * The pieces of `template` rendered with `data`. The long lists are read from `lists` (default: from
 * `data` itself) and each slice passes through `prepare` first (Markdown escapes its rows there), so
 * `data` may hold placeholders of the same length for them.
 */
export function* renderPieces(
  template: SplitTemplate,
  data: Ctx,
  lists: Ctx = data,
  prepare: (rows: unknown[]) => unknown[] = (rows) => rows,
): Generator<string> {
  const parts = template.main(data).split(template.marker);
  for (let n = 0; n < parts.length; n++) {
    if (n % 2 === 0) {
      if (parts[n]) yield parts[n];
      continue;
    }
    const { path, rows } = template.lists[Number(parts[n])];
    const all = listAt(lists, path);
    if (all.length === 0) {
      // An empty list still renders its block (an {{else}} branch, if any).
      const text = rows(withList(data, path, []));
      if (text) yield text;
      continue;
    }
    for (let i = 0; i < all.length; i += ROWS_PER_SLICE) {
      const text = rows(withList(data, path, prepare(all.slice(i, i + ROWS_PER_SLICE))));
      if (text) yield text;
    }
  }
}

/**
 * `text.replace(/\n{3,}/g, '\n\n')` over a sequence of pieces: runs of newlines that span pieces are
 * collapsed as if the pieces were one string.
 */
export function* collapseBlankLines(pieces: Iterable<string>): Generator<string> {
  let pending = 0;
  const run = (n: number) => (n >= 3 ? '\n\n' : '\n'.repeat(n));
  for (const piece of pieces) {
    let i = 0;
    while (i < piece.length && piece.charCodeAt(i) === 10) i++;
    if (i === piece.length) {
      pending += i;
      continue;
    }
    pending += i;
    let j = piece.length;
    while (j > i && piece.charCodeAt(j - 1) === 10) j--;
    yield run(pending) + piece.slice(i, j).replace(/\n{3,}/g, '\n\n');
    pending = piece.length - j;
  }
  if (pending) yield run(pending);
}
