// Template text → tree (./tree.ts) and the YAML comments with their lines. JSON goes through the
// position-keeping JSON reader; YAML through the `yaml` package (short-form intrinsics as custom tags),
// after one pass of its lexer that collects comments (a `#` inside a quoted or block scalar is no comment)
// and refuses documents whose syntax tree would not fit in memory.
import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  Lexer,
  LineCounter,
  type Node,
  parseDocument,
  type Tags,
} from 'yaml';
import { JsonSyntaxError, parseJsonTree } from './json.js';
import { CFn, CList, CMap, type CVal, describeVal, isIntrinsicKey, longName } from './tree.js';

const INTRINSICS = new Set([
  'Ref',
  'Condition',
  'Base64',
  'Sub',
  'GetAtt',
  'If',
  'Equals',
  'Join',
  'Select',
  'FindInMap',
  'Split',
  'And',
  'Or',
  'Not',
  'ImportValue',
  'GetAZs',
  'Cidr',
  'Length',
  'ToJsonString',
  'Transform',
]);

/** Custom tags so every short form parses (kept as-is; the tree builder gives it its long form). */
export const CFN_TAGS: Tags = [...INTRINSICS].flatMap((name) => [
  { tag: `!${name}`, resolve: (s: string) => s },
  { tag: `!${name}`, collection: 'seq' as const, resolve: (n: unknown) => n },
  { tag: `!${name}`, collection: 'map' as const, resolve: (n: unknown) => n },
]);

/** Lexer tokens a YAML document may have (a token in a flow collection counts 2.5): the `yaml` package needs
 * up to ~400 MB of syntax tree for them (measured: 1.2 M block tokens of a 6 MB template → 397 MB peak RSS). */
export const MAX_YAML_TOKENS = 1_250_000;
/** Nodes a document may reach through YAML aliases (the `yaml` package's toJS uses maxAliasCount for this). */
export const MAX_EXPANDED_NODES = 1_000_000;
const MAX_DEPTH = 400;

export interface YamlComment {
  line: number;
  col: number;
  /** Nothing but blanks before it on its line. */
  ownLine: boolean;
  text: string;
}

export interface ParsedTemplate {
  root: CVal;
  comments: YamlComment[];
  /** The document uses YAML aliases (CloudFormation itself does not accept them). */
  aliases: boolean;
}

export class TemplateSyntaxError extends Error {
  constructor(
    message: string,
    readonly line?: number,
  ) {
    super(message);
  }
}

const CONTROL = new Set(['\u{FEFF}', '\x02', '\x18', '\x1f']);

/** One pass of the YAML lexer: comments with their positions, and the weighted token count. */
function lexPass(text: string): { comments: YamlComment[]; weight: number } {
  const comments: YamlComment[] = [];
  let weight = 0;
  let flow = 0;
  let line = 1;
  let onlyBlanks = true;
  for (const tok of new Lexer().lex(text)) {
    if (tok.length === 1 && CONTROL.has(tok)) continue;
    weight += flow > 0 ? 2.5 : 1;
    if (weight > MAX_YAML_TOKENS) break;
    const c = tok[0];
    if (c === '#') {
      // col is only used to compare indentation: the offset inside the line is enough.
      comments.push({ line, col: 0, ownLine: onlyBlanks, text: tok });
      continue;
    }
    if (c === '[' || c === '{') flow++;
    else if ((c === ']' || c === '}') && flow > 0) flow--;
    const nl = tok.lastIndexOf('\n');
    if (nl < 0) {
      if (c !== ' ' && c !== '\t') onlyBlanks = false;
      continue;
    }
    for (let k = 0; k < tok.length; k++) if (tok.charCodeAt(k) === 10) line++;
    onlyBlanks = tok.slice(nl + 1).trim() === '';
  }
  return { comments, weight };
}

/** Columns of comments (1-based), filled from the line starts once. */
function fillColumns(text: string, comments: YamlComment[]): void {
  if (comments.length === 0) return;
  let line = 1;
  let pos = 0;
  for (const c of comments) {
    while (line < c.line) {
      pos = text.indexOf('\n', pos) + 1;
      line++;
    }
    c.col = text.indexOf('#', pos) - pos + 1;
    if (!c.ownLine) {
      // a trailing comment: find the `#` that starts this comment's text on the line
      const end = text.indexOf('\n', pos);
      const lineText = text.slice(pos, end < 0 ? undefined : end);
      const at = lineText.lastIndexOf(c.text);
      if (at >= 0) c.col = at + 1;
    }
  }
}

function fromYaml(text: string): ParsedTemplate {
  const { comments, weight } = lexPass(text);
  if (weight > MAX_YAML_TOKENS) {
    throw new TemplateSyntaxError(
      `too large to read: more than ${MAX_YAML_TOKENS.toLocaleString('en-US')} YAML tokens (CloudFormation accepts templates up to 1 MB)`,
    );
  }
  fillColumns(text, comments);
  const lc = new LineCounter();
  const doc = parseDocument(text, {
    customTags: CFN_TAGS,
    lineCounter: lc,
    uniqueKeys: false,
    prettyErrors: false,
  });
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    throw new TemplateSyntaxError(
      `not valid YAML: ${e.message.split('\n')[0]}`,
      e.linePos?.[0]?.line ?? (e.pos ? lc.linePos(e.pos[0]).line : undefined),
    );
  }
  const lineAt = (offset: number | undefined): number => (offset === undefined ? 0 : lc.linePos(offset).line);
  const colAt = (offset: number | undefined): number => (offset === undefined ? 0 : lc.linePos(offset).col);
  const memo = new Map<Node, { val: CVal; size: number }>();
  let expanded = 0;
  let aliases = false;
  const convert = (node: unknown, depth: number): CVal => {
    if (depth > MAX_DEPTH) throw new TemplateSyntaxError(`nested deeper than ${MAX_DEPTH} levels`);
    if (node === null || node === undefined) return null;
    if (isAlias(node)) {
      aliases = true;
      const target = node.resolve(doc);
      const hit = target ? memo.get(target) : undefined;
      if (!target || !hit) {
        throw new TemplateSyntaxError(
          `YAML alias *${node.source} refers to an unknown or enclosing anchor`,
          lineAt(node.range?.[0]),
        );
      }
      expanded += hit.size;
      if (expanded > MAX_EXPANDED_NODES) {
        throw new TemplateSyntaxError(
          `YAML aliases expand to more than ${MAX_EXPANDED_NODES.toLocaleString('en-US')} nodes`,
          lineAt(node.range?.[0]),
        );
      }
      return hit.val;
    }
    const n = node as Node;
    const anchored = 'anchor' in n && typeof n.anchor === 'string' && n.anchor !== '';
    const before = expanded;
    expanded++;
    const val = convertNode(n, depth);
    if (anchored) memo.set(n, { val, size: expanded - before });
    return val;
  };
  const convertNode = (n: Node, depth: number): CVal => {
    const start = lineAt(n.range?.[0]);
    const end = lineAt(Math.max(n.range?.[0] ?? 0, (n.range?.[1] ?? 1) - 1));
    let val: CVal;
    if (isMap(n)) {
      const keys: string[] = [];
      const values: CVal[] = [];
      const lines: number[] = [];
      const cols: number[] = [];
      for (const pair of n.items) {
        const k = convert(pair.key, depth + 1);
        keys.push(
          typeof k === 'string' ? k : k === null ? '' : typeof k === 'object' ? describeVal(k) : String(k),
        );
        const kr = (pair.key as Node | null)?.range?.[0];
        lines.push(kr === undefined ? start : lineAt(kr));
        cols.push(kr === undefined ? 0 : colAt(kr));
        values.push(convert(pair.value, depth + 1));
      }
      val =
        keys.length === 1 && isIntrinsicKey(keys[0]) && !n.tag
          ? new CFn(keys[0], values[0], start)
          : keys.length < 16
            ? new CMap(keys.slice(), values.slice(), lines.slice(), start, end, cols.slice())
            : new CMap(keys, values, lines, start, end, cols);
    } else if (isSeq(n)) {
      val = new CList(
        n.items.map((x) => convert(x, depth + 1)),
        start,
        end,
        n.items.map((x) => lineAt((x as Node | null)?.range?.[0]) || start),
      );
    } else if (isScalar(n)) {
      const v = n.value;
      val =
        v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean'
          ? v
          : typeof v === 'bigint'
            ? Number(v)
            : String(v);
    } else {
      val = null;
    }
    const tag = n.tag;
    if (tag?.startsWith('!') && INTRINSICS.has(tag.slice(1))) {
      const name = tag.slice(1);
      if (name === 'GetAtt' && typeof val === 'string') {
        const dot = val.indexOf('.');
        val = new CList(dot < 0 ? [val] : [val.slice(0, dot), val.slice(dot + 1)], start);
      }
      return new CFn(longName(name), val, start);
    }
    return val;
  };
  const root = convert(doc.contents, 0);
  return { root, comments, aliases };
}

/** Parses a template (or parameters file). Throws TemplateSyntaxError with a line where known. */
export function parseTemplate(text: string): ParsedTemplate {
  const first = text.trimStart()[0];
  if (first === '{' || first === '[') {
    try {
      return { root: parseJsonTree(text), comments: [], aliases: false };
    } catch (e) {
      if (!(e instanceof JsonSyntaxError)) throw e;
      // YAML flow style is not JSON: try YAML; if that fails too, the JSON error is the useful one.
      try {
        return fromYaml(text);
      } catch {
        throw new TemplateSyntaxError(`not valid JSON: ${e.message}`, e.line);
      }
    }
  }
  return fromYaml(text);
}
