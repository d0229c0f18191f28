// Evaluates Terraform expressions over HashiCorp's own syntax tree (`getExpressionAst` of
// @cdktf/hcl2json): no expression parsing of our own. hcl2json hands attribute values over as JSON
// where each expression is "${source}"; each distinct source text is parsed once (lazily, cached).
import type { IacOrigin } from '../../model/iac.js';
import type { HclNode, HclParser } from '../hcl-wasm.js';
import { FUNCTIONS, RUNTIME_FUNCTIONS } from './functions.js';
import {
  asBool,
  asNumber,
  asString,
  equal,
  firstUnknown,
  isObject,
  isUnknown,
  obj,
  refsIn,
  TfError,
  typeName,
  Unknown,
  unknownOf,
  type Value,
} from './values.js';

/** A value and the place in the code that decides it (a variable default, a .tfvars line …). */
export interface EV {
  v: Value;
  o?: IacOrigin;
}

export type Part = { type: 'nameTraversal' | 'indexTraversal'; segment: string };

/** What names mean where an expression is evaluated. */
export interface Scope {
  /** Names bound by for-expressions, dynamic-block iterators, `count`, `each`. */
  names: Map<string, EV>;
  /**
   * A traversal rooted in the module (var., local., module., data., a resource, path., terraform.):
   * the value it reaches and how many parts that took (the rest are applied as attribute / index).
   */
  resolve(parts: Part[], text: string): { ev: EV; used: number };
}

export const withNames = (scope: Scope, names: [string, EV][]): Scope => ({
  names: new Map([...scope.names, ...names]),
  resolve: scope.resolve,
});

const MAX_REASON = 120;

/** Expression text for a reason: one line, at most ~120 characters, cut only between tokens. */
export function shortText(text: string, max = MAX_REASON): string {
  const s = text.replace(/\s+/g, ' ').trim();
  if (s.length <= max) return s;
  // Token boundaries outside string literals: before a space, a dot, an opening bracket; after a
  // comma or a closing bracket.
  let cut = -1;
  let inStr = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (inStr && c === '\\') {
      i++;
      continue;
    }
    if (c === '"') inStr = !inStr;
    if (inStr || i === 0) continue;
    let at = -1;
    if (c === ' ' || c === '.' || c === '(' || c === '[' || c === '{') at = i;
    else if (c === ',' || c === ')' || c === ']' || c === '}') at = i + 1;
    if (at > 0 && at <= max - 1) cut = at;
    if (at > max - 1) {
      if (cut < 0) cut = at; // one token longer than the limit: kept whole
      break;
    }
  }
  if (cut < 0 || cut >= s.length) return s;
  return `${s.slice(0, cut).trimEnd()}…`;
}

/** Where each attribute of an object literal comes from (an attribute's own origin beats its object's). */
const keyOrigins = new WeakMap<object, Map<string, IacOrigin>>();

function originAt(container: Value, key: Value, fallback: IacOrigin | undefined): IacOrigin | undefined {
  if (container !== null && typeof container === 'object') {
    const m = keyOrigins.get(container);
    if (m) return m.get(String(key));
  }
  return fallback;
}

/** A reason: the expression (cut between tokens) and why it is not known, about 120 characters at most. */
export function because(text: string, why: string): string {
  return `${shortText(text, Math.max(40, MAX_REASON - why.length - 3))} (${why})`;
}

const utf8 = new TextEncoder();
const utf8d = new TextDecoder();

/** A parsed expression and the source its byte ranges refer to. */
export interface Parsed {
  node: HclNode;
  src: string;
}

const BATCH = 200;

export class Evaluator {
  private readonly cache = new Map<string, Parsed | Error>();
  /** Parser calls made (a batch counts once). */
  calls = 0;

  constructor(private readonly parser: HclParser) {}

  ast(text: string): Parsed {
    let hit = this.cache.get(text);
    if (!hit) {
      this.calls++;
      try {
        hit = { node: this.parser.expressionAst(text), src: text };
      } catch (e) {
        hit = e instanceof Error ? e : new Error(String(e));
      }
      this.cache.set(text, hit);
    }
    if (hit instanceof Error) throw hit;
    return hit;
  }

  /**
   * Parses many expressions in few parser calls (as the elements of one tuple per batch): each call
   * costs far more than its size. A batch the parser refuses is left to the lazy path, one by one.
   */
  prefetch(texts: Iterable<string>): void {
    const todo = [...new Set(texts)].filter((t) => !this.cache.has(t));
    for (let i = 0; i < todo.length; i += BATCH) {
      const chunk = todo.slice(i, i + BATCH);
      const src = `[\n${chunk.join(',\n')}\n]`;
      this.calls++;
      try {
        const tuple = this.parser.expressionAst(src);
        const kids = tuple.type === 'tuple' ? (tuple.children ?? []) : [];
        if (kids.length !== chunk.length) continue;
        for (const [j, t] of chunk.entries()) this.cache.set(t, { node: kids[j], src });
      } catch {
        // one of them does not parse: each is parsed alone when needed
      }
    }
  }

  /** An expression's source text (hcl2json form "${…}", a template, or a literal) → value. */
  raw(raw: unknown, scope: Scope): EV {
    if (typeof raw === 'string') return this.str(raw, scope);
    if (raw === null || raw === undefined) return { v: null };
    if (typeof raw === 'number' || typeof raw === 'boolean') return { v: raw };
    if (Array.isArray(raw)) {
      const items = raw.map((x) => this.raw(x, scope));
      return { v: items.map((x) => x.v), o: items.find((x) => x.o)?.o };
    }
    if (typeof raw === 'object') {
      const out = obj();
      const origins = new Map<string, IacOrigin>();
      for (const [rawKey, x] of Object.entries(raw as Record<string, unknown>)) {
        let k = rawKey;
        if (/^\$\{[\s\S]*\}$/.test(rawKey)) {
          const kv = this.raw(rawKey, scope).v;
          if (isUnknown(kv)) return { v: unknownOf(kv.reason) };
          k = asString(kv);
        }
        const e = this.raw(x, scope);
        out[k] = e.v;
        if (e.o) origins.set(k, e.o);
      }
      keyOrigins.set(out, origins);
      return { v: out };
    }
    return { v: null };
  }

  /** Evaluates, turning evaluation errors into an Unknown that says why. */
  safe(raw: unknown, scope: Scope): EV {
    try {
      return this.raw(raw, scope);
    } catch (e) {
      return {
        v: new Unknown(because(exprText(raw), shortText(e instanceof Error ? e.message : String(e), 60))),
      };
    }
  }

  private str(s: string, scope: Scope): EV {
    if (!s.includes('${') && !s.includes('%{')) return { v: s };
    const stripped = s.replace(/\$\$\{|%%\{/g, '');
    if (!stripped.includes('${') && !stripped.includes('%{'))
      return { v: s.replace(/\$\$\{/g, '${').replace(/%%\{/g, '%{') };
    if (s.startsWith('${') && s.endsWith('}')) {
      let parsed: Parsed | undefined;
      try {
        parsed = this.ast(s.slice(2, -1));
      } catch {
        parsed = undefined;
      }
      if (parsed) return this.node(parsed.node, parsed.src, scope);
    }
    // A template with text around its interpolations: as a heredoc, which takes the text as it is.
    let marker = 'EOT';
    while (s.includes(marker)) marker += '_';
    const src = `<<${marker}\n${s}\n${marker}\n`;
    const parsed = this.ast(src);
    const r = this.node(parsed.node, parsed.src, scope);
    if (typeof r.v === 'string' && r.v.endsWith('\n')) r.v = r.v.slice(0, -1);
    return r;
  }

  node(n: HclNode, src: string, scope: Scope): EV {
    const kids = n.children ?? [];
    const meta = n.meta ?? {};
    switch (n.type) {
      case 'literalValue': {
        const t = meta.type;
        const v = String(meta.value ?? '');
        if (t === 'number') return { v: Number(v) };
        if (t === 'bool') return { v: v === 'true' };
        if (t === 'string') return { v };
        return { v: null };
      }
      case 'templateWrap':
        return this.node(kids[0], src, scope);
      case 'template': {
        let out = '';
        let o: IacOrigin | undefined;
        const quoted = String(meta.value ?? '').startsWith('"');
        for (const k of kids) {
          if (k.type === 'literalValue' && k.meta?.type === 'string') {
            out += unescapeLiteral(String(k.meta.value ?? ''), quoted);
            continue;
          }
          const e = this.node(k, src, scope);
          o ??= e.o;
          if (isUnknown(e.v)) return { v: new Unknown(e.v.reason), o };
          const u = firstUnknown(e.v);
          if (u) return { v: new Unknown(u.reason), o };
          if (e.v === null) throw new TfError('null in a string template');
          out += asString(e.v);
        }
        return { v: out, o };
      }
      case 'tuple': {
        const items = kids.map((k) => this.node(k, src, scope));
        return { v: items.map((x) => x.v), o: items.find((x) => x.o)?.o };
      }
      case 'object': {
        const out = obj();
        const origins = new Map<string, IacOrigin>();
        for (let i = 0; i + 1 < kids.length; i += 2) {
          const key = this.key(kids[i], src, scope);
          const val = this.node(kids[i + 1], src, scope);
          if (isUnknown(key)) return { v: unknownOf(key.reason) };
          out[asString(key)] = val.v;
          if (val.o) origins.set(asString(key), val.o);
        }
        keyOrigins.set(out, origins);
        return { v: out };
      }
      case '':
        if (!kids.length) return { v: new Unknown(shortText(slice(src, n))) };
        return this.node(kids[0], src, scope);
      case 'scopeTraversal':
        return this.traversal((meta.traversal ?? []) as Part[], String(meta.value ?? ''), scope);
      case 'relativeTraversal': {
        const base = this.node(kids[0], src, scope);
        return this.apply(base, (meta.traversal ?? []) as Part[], String(meta.value ?? ''));
      }
      case 'index': {
        const col = this.node(kids[0], src, scope);
        const key = this.node(kids[1], src, scope);
        if (isUnknown(key.v)) return { v: unknownOf(key.v.reason, col.v), o: col.o ?? key.o };
        return {
          v: index(col.v, key.v, String(meta.value ?? '')),
          o: originAt(col.v, key.v, col.o ?? key.o),
        };
      }
      case 'splat':
        return this.splat(n, src, scope);
      case 'conditional': {
        const c = this.node(kids[0], src, scope);
        if (isUnknown(c.v) || firstUnknown(c.v)) {
          const t = this.quiet(kids[1], src, scope);
          const f = this.quiet(kids[2], src, scope);
          const u = (isUnknown(c.v) ? c.v : firstUnknown(c.v)) as Unknown;
          // The references go on only when no branch could name something else (a variable, a literal id).
          const keep = [t, f].every((b) => refsIn(b).size > 0 || isNothing(b));
          return { v: new Unknown(u.reason, keep ? [...refsIn(t), ...refsIn(f)] : []), o: c.o };
        }
        const pick = asBool(c.v) ? kids[1] : kids[2];
        const r = this.node(pick, src, scope);
        return { v: r.v, o: c.o ?? r.o };
      }
      case 'unaryOp': {
        const x = this.node(kids[0], src, scope);
        const u = firstUnknown(x.v);
        if (u) return { v: new Unknown(u.reason), o: x.o };
        if (meta.operator === 'logicalNot') return { v: !asBool(x.v), o: x.o };
        return { v: -asNumber(x.v), o: x.o };
      }
      case 'binaryOp':
        return this.binary(String(meta.operator), kids, src, scope);
      case 'for':
        return this.forExpr(n, src, scope);
      case 'function':
        return this.call(n, src, scope);
      default:
        return { v: new Unknown(because(String(meta.value ?? slice(src, n)), 'not evaluated')) };
    }
  }

  /** Evaluates a branch that may not be taken (for its references only): errors give null. */
  private quiet(n: HclNode, src: string, scope: Scope): Value {
    try {
      return this.node(n, src, scope).v;
    } catch {
      return null;
    }
  }

  private key(n: HclNode, src: string, scope: Scope): Value {
    const kids = n.children ?? [];
    if (n.type === '' && !kids.length) return slice(src, n).trim();
    const inner = n.type === '' ? kids[0] : n;
    if (
      inner.type === 'scopeTraversal' &&
      (inner.meta?.traversal ?? []).length === 1 &&
      !slice(src, n).trim().startsWith('(')
    )
      return String(inner.meta?.traversal?.[0].segment);
    return this.node(inner, src, scope).v;
  }

  traversal(parts: Part[], text: string, scope: Scope): EV {
    const root = parts[0]?.segment ?? '';
    const bound = scope.names.get(root);
    if (bound) return this.apply(bound, parts.slice(1), text);
    const { ev, used } = scope.resolve(parts, text);
    return this.apply(ev, parts.slice(used), text);
  }

  apply(base: EV, parts: Part[], text: string): EV {
    let v = base.v;
    let o = base.o;
    for (const p of parts) {
      if (isUnknown(v)) return { v: new Unknown(v.reason === '' ? shortText(text) : v.reason, v.refs), o };
      const key = p.type === 'nameTraversal' ? p.segment : indexKey(p.segment);
      const next = p.type === 'nameTraversal' ? attr(v, p.segment) : index(v, key, text);
      o = originAt(v, key, o);
      v = next;
    }
    return { v, o };
  }

  private splat(n: HclNode, src: string, scope: Scope): EV {
    const kids = n.children ?? [];
    const base = this.node(kids[0], src, scope);
    const each = kids[1];
    const parts = each && each.type === 'relativeTraversal' ? ((each.meta?.traversal ?? []) as Part[]) : [];
    const text = String(n.meta?.value ?? '');
    if (isUnknown(base.v)) return { v: base.v, o: base.o };
    const list = base.v === null ? [] : Array.isArray(base.v) ? base.v : [base.v];
    return { v: list.map((x) => this.apply({ v: x }, parts, text).v), o: base.o };
  }

  private binary(op: string, kids: HclNode[], src: string, scope: Scope): EV {
    const l = this.node(kids[0], src, scope);
    const o = l.o;
    if (op === 'logicalAnd' || op === 'logicalOr') {
      const short = op !== 'logicalAnd';
      if (!isUnknown(l.v) && asBool(l.v) === short) return { v: short, o };
      const r = this.node(kids[1], src, scope);
      if (!isUnknown(r.v) && asBool(r.v) === short) return { v: short, o: r.o ?? o };
      if (isUnknown(l.v)) return { v: new Unknown(l.v.reason), o };
      if (isUnknown(r.v)) return { v: new Unknown(r.v.reason), o: o ?? r.o };
      return { v: !short, o: o ?? r.o };
    }
    const r = this.node(kids[1], src, scope);
    if (
      (op === 'equal' || op === 'notEqual') &&
      (l.v === null || r.v === null) &&
      !isUnknown(l.v) &&
      !isUnknown(r.v)
    )
      return { v: (l.v === r.v) === (op === 'equal'), o: o ?? r.o };
    const u = firstUnknown(l.v) ?? firstUnknown(r.v);
    if (u) return { v: new Unknown(u.reason), o: o ?? r.o };
    const oo = o ?? r.o;
    switch (op) {
      case 'equal':
        return { v: equal(l.v, r.v), o: oo };
      case 'notEqual':
        return { v: !equal(l.v, r.v), o: oo };
      case 'greaterThan':
        return { v: asNumber(l.v) > asNumber(r.v), o: oo };
      case 'greaterThanOrEqual':
        return { v: asNumber(l.v) >= asNumber(r.v), o: oo };
      case 'lessThan':
        return { v: asNumber(l.v) < asNumber(r.v), o: oo };
      case 'lessThanOrEqual':
        return { v: asNumber(l.v) <= asNumber(r.v), o: oo };
      case 'add':
        return { v: asNumber(l.v) + asNumber(r.v), o: oo };
      case 'subtract':
        return { v: asNumber(l.v) - asNumber(r.v), o: oo };
      case 'multiply':
        return { v: asNumber(l.v) * asNumber(r.v), o: oo };
      case 'divide':
        return { v: asNumber(l.v) / asNumber(r.v), o: oo };
      case 'modulo':
        return { v: asNumber(l.v) % asNumber(r.v), o: oo };
      default:
        throw new TfError(`operator ${op}`);
    }
  }

  private forExpr(n: HclNode, src: string, scope: Scope): EV {
    const kids = n.children ?? [];
    const m = n.meta as Record<string, unknown>;
    const isObj = m.openRangeValue === '{';
    const hasCond = typeof m.conditionalExpression === 'string' && m.conditionalExpression !== '';
    let i = 1;
    const keyNode = isObj ? kids[i++] : undefined;
    const valNode = kids[i++];
    const condNode = hasCond ? kids[i++] : undefined;
    const col = this.node(kids[0], src, scope);
    if (isUnknown(col.v)) return { v: unknownOf(col.v.reason, col.v), o: col.o };
    const keyVar = String(m.keyVar ?? '');
    const valVar = String(m.valVar ?? '');
    let pairs: [Value, Value][];
    if (Array.isArray(col.v)) pairs = col.v.map((x, j) => [j, x]);
    else if (isObject(col.v))
      pairs = Object.keys(col.v)
        .sort()
        .map((k) => [k, (col.v as Record<string, Value>)[k]]);
    else throw new TfError(`for: cannot iterate over ${typeName(col.v)}`);
    const list: Value[] = [];
    const out = obj();
    let o = col.o;
    for (const [k, v] of pairs) {
      const names: [string, EV][] = [[valVar, { v, o: col.o }]];
      if (keyVar) names.push([keyVar, { v: k, o: col.o }]);
      const inner = withNames(scope, names);
      if (condNode) {
        const c = this.node(condNode, src, inner);
        if (isUnknown(c.v)) return { v: unknownOf(c.v.reason, col.v), o: c.o ?? o };
        if (!asBool(c.v)) continue;
      }
      const val = this.node(valNode, src, inner);
      o ??= val.o;
      if (keyNode) {
        const key = this.node(keyNode, src, inner);
        if (isUnknown(key.v)) return { v: unknownOf(key.v.reason, col.v), o };
        const ks = asString(key.v);
        if (m.groupedValue) {
          const g = out[ks];
          out[ks] = Array.isArray(g) ? [...g, val.v] : [val.v];
        } else out[ks] = val.v;
      } else list.push(val.v);
    }
    return { v: keyNode ? out : list, o };
  }

  private call(n: HclNode, src: string, scope: Scope): EV {
    const name = String(n.meta?.name ?? '').replace(/^provider::[^:]+::/, '');
    const kids = n.children ?? [];
    const text = String(n.meta?.value ?? name);
    if (name === 'try' || name === 'can') {
      for (const k of kids) {
        try {
          const r = this.node(k, src, scope);
          if (name === 'can') return { v: isUnknown(r.v) ? new Unknown(r.v.reason) : true, o: r.o };
          return r;
        } catch (e) {
          if (!(e instanceof TfError)) throw e;
        }
      }
      if (name === 'can') return { v: false };
      throw new TfError('try: every argument failed');
    }
    if (RUNTIME_FUNCTIONS.has(name)) return { v: new Unknown(because(text, 'not evaluated offline')) };
    const fn = FUNCTIONS[name];
    if (!fn) return { v: new Unknown(because(text, `function ${name} not evaluated`)) };
    const args = kids.map((k) => this.node(k, src, scope));
    let values = args.map((a) => a.v);
    if (n.meta?.expandedFinalArgument && values.length) {
      const last = values[values.length - 1];
      if (isUnknown(last)) return { v: unknownOf(last.reason, last) };
      values = [...values.slice(0, -1), ...(Array.isArray(last) ? last : [])];
    }
    const v = fn(values, name);
    const same = args.find((a) => a.v === v && a.o);
    return { v, o: same?.o ?? args.find((a) => a.o)?.o };
  }
}

const ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' };

/** A template's literal text as the parser hands it over (source form) → its value. */
function unescapeLiteral(raw: string, quoted: boolean): string {
  const s = raw.replace(/\$\$\{/g, '${').replace(/%%\{/g, '%{');
  if (!quoted) return s;
  return s.replace(/\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)/g, (m, e: string) => {
    if (e.length > 1) return String.fromCodePoint(Number.parseInt(e.slice(1), 16));
    return ESCAPES[e] ?? m;
  });
}

/** null, "", [] or {}: a value that names nothing. */
function isNothing(v: Value): boolean {
  if (v === null || v === '') return true;
  if (Array.isArray(v)) return v.length === 0;
  return isObject(v) && Object.keys(v).length === 0;
}

function slice(src: string, n: HclNode): string {
  const r = n.range;
  if (!r) return '';
  const bytes = utf8.encode(src);
  return utf8d.decode(bytes.slice(r.start.byte, r.end.byte));
}

function indexKey(segment: string): Value {
  if (segment.startsWith('"')) {
    try {
      return JSON.parse(segment) as string;
    } catch {
      return segment.slice(1, -1);
    }
  }
  return /^-?\d+(\.\d+)?$/.test(segment) ? Number(segment) : segment;
}

export function attr(v: Value, name: string): Value {
  if (isUnknown(v)) return v;
  if (isObject(v)) {
    if (Object.hasOwn(v, name)) return v[name];
    throw new TfError(`no attribute "${name}"`);
  }
  if (v === null) throw new TfError(`attribute "${name}" of null`);
  throw new TfError(`attribute "${name}" of a ${typeName(v)}`);
}

export function index(v: Value, key: Value, text: string): Value {
  if (isUnknown(v)) return v;
  if (Array.isArray(v)) {
    const i = asNumber(key);
    if (!Number.isInteger(i) || i < 0 || i >= v.length)
      throw new TfError(`index ${i} out of range in ${shortText(text, 60)}`);
    return v[i];
  }
  if (isObject(v)) {
    const k = asString(key);
    if (Object.hasOwn(v, k)) return v[k];
    throw new TfError(`no key ${JSON.stringify(k)}`);
  }
  throw new TfError(`cannot index a ${typeName(v)}`);
}

/** The source text of a raw hcl2json value, for messages. */
export function exprText(raw: unknown): string {
  if (typeof raw === 'string') {
    const m = /^\$\{([\s\S]*)\}$/.exec(raw);
    return m ? m[1] : raw;
  }
  try {
    return JSON.stringify(raw) ?? 'null';
  } catch {
    return '(value)';
  }
}
