// Suppressions for one resource: its Metadata (`checkov.skip`, `imds-guard.ignore`), and markers in YAML
// comments inside the resource or in the run of comment lines directly above its logical id. Comments
// come from the YAML lexer, so a marker inside a quoted or block scalar (a tag value, user data) is text,
// not a comment. Each comment belongs to at most one Resources entry.
import type { IacSuppression } from '../../model/iac.js';
import { clean, markersInLine } from '../text.js';
import type { YamlComment } from './parse.js';
import { CList, CMap, type CVal } from './tree.js';

export function metadataSuppressions(meta: CVal | undefined): IacSuppression[] {
  const out: IacSuppression[] = [];
  if (!(meta instanceof CMap)) return out;
  const checkov = meta.get('checkov');
  const skips = checkov instanceof CMap ? checkov.get('skip') : undefined;
  if (skips instanceof CList) {
    skips.items.forEach((s, i) => {
      if (s instanceof CMap && typeof s.get('id') === 'string') {
        const comment = s.get('comment');
        const reason = typeof comment === 'string' ? clean(comment) : '';
        out.push({
          tool: 'checkov',
          ruleId: clean(s.get('id')),
          reason,
          line: skips.lines?.[i] ?? s.line,
          valid: reason.length > 0,
        });
      }
    });
  }
  const own = meta.get('imds-guard');
  if (own instanceof CMap && own.has('ignore')) {
    const v = own.get('ignore');
    const reason = typeof v === 'string' ? clean(v) : '';
    out.push({ tool: 'imds-guard', reason, line: own.lineOf('ignore'), valid: reason.length > 0 });
  }
  return out;
}

export interface EntrySpan {
  /** Line and column of the logical id (or Fn::ForEach key). */
  line: number;
  col: number;
  /** Last line of its value. */
  end: number;
}

/**
 * Comment markers per Resources entry. A comment belongs to entry i when it is on the lines of the entry,
 * or in the unbroken run of own-line comments (no deeper than the logical id) directly above it, or after
 * its last line and indented deeper than its logical id (before the next entry). `limit` is the first
 * line after the Resources section.
 */
export function commentSuppressions(
  spans: EntrySpan[],
  comments: YamlComment[],
  limit: number,
): IacSuppression[][] {
  const out: IacSuppression[][] = spans.map(() => []);
  if (spans.length === 0 || comments.length === 0) return out;
  const ownLine = new Map<number, YamlComment>();
  for (const c of comments) if (c.ownLine) ownLine.set(c.line, c);
  const above = new Map<number, number>();
  spans.forEach((s, i) => {
    for (let l = s.line - 1; l > 0; l--) {
      const c = ownLine.get(l);
      if (!c || c.col > s.col) break;
      above.set(l, i);
    }
  });
  let idx = -1;
  for (const c of comments) {
    if (!/imds-guard:ignore|checkov:skip=/.test(c.text)) continue;
    while (idx + 1 < spans.length && spans[idx + 1].line <= c.line) idx++;
    let owner: number | undefined;
    if (above.has(c.line)) owner = above.get(c.line);
    else if (idx >= 0 && c.line <= spans[idx].end) owner = idx;
    else if (idx >= 0 && c.line < limit && c.col > spans[idx].col) owner = idx;
    if (owner !== undefined) out[owner].push(...markersInLine(c.text, c.line));
  }
  return out;
}
