// Evaluates CloudFormation intrinsic functions the way a deploy would, given parameter values: Ref,
// Fn::If / Equals / And / Or / Not / Condition, FindInMap (nested, with DefaultValue), Sub, Join, Select,
// Split, Base64, Length, ToJsonString. What only the deploy knows (pseudo parameters, resource
// attributes, SSM values, imports) is an Unknown that keeps a canonical form, so two sides that build
// the same string from the same unknowns still compare equal. Every parameter, condition or mapping
// a value came through is recorded in a trace (IacOrigin list) for the finding.
import type { IacOrigin } from '../../model/iac.js';
import { CFn, CList, CMap, type CScalar, type CVal, describeVal, formOf } from './tree.js';

export const NO_VALUE: unique symbol = Symbol('AWS::NoValue');
export type Part = string | { atom: string };

/** A value known only at deploy time. `parts` is its canonical form (undefined: not comparable). */
export class Unknown {
  constructor(
    readonly reason: string,
    readonly parts: Part[] | undefined,
    /** A reference to a resource of this template (Ref / GetAtt). */
    readonly ref?: { resource: string; attr?: string },
  ) {}
}

export type Value = CScalar | CMap | CList | Value[] | Unknown | typeof NO_VALUE;
export type Trace = IacOrigin[];

export interface ParamInfo {
  name: string;
  line: number;
  type: string;
  /** The value a deploy gets: a string, a list (List<…> / CommaDelimitedList), or Unknown. */
  value: string | string[] | Unknown;
  origin: IacOrigin;
}

const PSEUDO = new Set([
  'AWS::AccountId',
  'AWS::NotificationARNs',
  'AWS::Partition',
  'AWS::Region',
  'AWS::StackId',
  'AWS::StackName',
  'AWS::URLSuffix',
]);

const atomOf = (v: CVal): Part[] | undefined => {
  const f = formOf(v);
  return f === undefined ? undefined : [{ atom: f }];
};

export function partsEqual(a: Part[] | undefined, b: Part[] | undefined): boolean {
  if (!a || !b || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (typeof x === 'string' ? x !== y : typeof y === 'string' || x.atom !== y.atom) return false;
  }
  return true;
}

/** Concatenation of strings and unknowns; literal neighbours merge so equal strings get equal forms. */
function concat(pieces: (string | Unknown)[], reason: string): string | Unknown {
  const nonEmpty = pieces.filter((p) => p !== '');
  // `!Sub "${LT.LaunchTemplateId}"` is the attribute itself: keep what it refers to
  if (nonEmpty.length === 1 && nonEmpty[0] instanceof Unknown) return nonEmpty[0];
  const parts: Part[] = [];
  let comparable = true;
  for (const p of pieces) {
    if (typeof p === 'string') {
      if (p === '') continue;
      const last = parts[parts.length - 1];
      if (typeof last === 'string') parts[parts.length - 1] = last + p;
      else parts.push(p);
    } else if (p.parts) {
      for (const q of p.parts) {
        const last = parts[parts.length - 1];
        if (typeof q === 'string' && typeof last === 'string') parts[parts.length - 1] = last + q;
        else parts.push(q);
      }
    } else comparable = false;
  }
  if (comparable && parts.every((p) => typeof p === 'string')) return parts.join('');
  const first = pieces.find((p): p is Unknown => p instanceof Unknown);
  return new Unknown(first ? `${reason} (${first.reason})` : reason, comparable ? parts : undefined);
}

/** The trace without repeated places, first occurrence kept. */
export function dedupeTrace(t: Trace): Trace {
  const seen = new Set<string>();
  return t.filter((o) => {
    const k = `${o.file}\0${o.line}\0${o.what}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

const isScalar = (v: unknown): v is CScalar =>
  v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';

/** Strict three-valued equality of evaluated values (CloudFormation compares strings). */
function equals(a: Value, b: Value): boolean | undefined {
  if (isScalar(a) && isScalar(b)) return String(a) === String(b);
  if (a instanceof Unknown || b instanceof Unknown) {
    if (a instanceof Unknown && b instanceof Unknown && partsEqual(a.parts, b.parts)) return true;
    return undefined;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return false;
    let all = true;
    for (let i = 0; i < a.length; i++) {
      const e = equals(a[i], b[i]);
      if (e === false) return false;
      if (e === undefined) all = false;
    }
    return all ? true : undefined;
  }
  return undefined;
}

export interface TemplateScope {
  file: string;
  params: Map<string, ParamInfo>;
  mappings?: CMap;
  conditions?: CMap;
  /** Logical ids of the template's resources (after Fn::ForEach). */
  resources: Set<string>;
}

const MAX_STEPS = 5_000_000;

export class Evaluator {
  private readonly condMemo = new Map<string, { value: boolean | Unknown; trace: Trace }>();
  private readonly condBusy = new Set<string>();
  private steps = 0;

  constructor(readonly scope: TemplateScope) {}

  /** Reduces the intrinsic functions at the top of `v` (not inside maps and lists). */
  resolve(v: CVal | Value | undefined, t: Trace): Value | undefined {
    let x: CVal | Value | undefined = v;
    for (let guard = 0; x instanceof CFn; guard++) {
      if (guard > 64) return new Unknown(`${describeVal(x)} (too deeply nested to evaluate)`, undefined);
      if (++this.steps > MAX_STEPS)
        return new Unknown(`${describeVal(x)} (the template takes too many steps to evaluate)`, undefined);
      x = this.call(x, t);
    }
    return x;
  }

  /** A string (numbers and booleans as CloudFormation writes them), or Unknown. */
  str(v: CVal | Value | undefined, t: Trace): string | Unknown {
    const r = this.resolve(v, t);
    if (typeof r === 'string') return r;
    if (typeof r === 'number' || typeof r === 'boolean') return String(r);
    if (r instanceof Unknown) return r;
    return new Unknown(`${describeVal(v as CVal)} (not a string)`, undefined);
  }

  /** A list with its elements resolved (AWS::NoValue elements removed), or Unknown. */
  list(v: CVal | Value | undefined, t: Trace): Value[] | Unknown {
    const r = this.resolve(v, t);
    if (r instanceof Unknown) return r;
    const items: readonly (CVal | Value)[] | undefined =
      r instanceof CList ? r.items : Array.isArray(r) ? r : undefined;
    if (!items) return new Unknown(`${describeVal(v as CVal)} (not a list)`, undefined);
    const out: Value[] = [];
    for (const it of items) {
      const e = this.resolve(it, t);
      if (e !== NO_VALUE && e !== undefined) out.push(e);
    }
    return out;
  }

  /** Property `key` of a resolved map value; an unknown map gives an unknown property. */
  prop(m: Value | undefined, key: string, t: Trace): Value | undefined {
    if (m instanceof CMap) return this.resolve(m.get(key), t);
    if (m instanceof Unknown) return new Unknown(m.reason, undefined);
    return undefined;
  }

  /** A fully evaluated value (maps stay maps: their members resolve on access). */
  private full(v: CVal | Value | undefined, t: Trace): Value | undefined {
    const r = this.resolve(v, t);
    if (r instanceof CList || Array.isArray(r)) return this.list(r, t);
    return r;
  }

  condition(name: string, t: Trace): boolean | Unknown {
    const hit = this.condMemo.get(name);
    if (hit) {
      t.push(...hit.trace);
      return hit.value;
    }
    const def = this.scope.conditions?.get(name);
    if (def === undefined) return new Unknown(`condition ${name} is not defined`, undefined);
    if (this.condBusy.has(name)) return new Unknown(`condition ${name} refers to itself`, undefined);
    if (this.condBusy.size >= 64)
      return new Unknown(`condition ${name} is nested too deep to evaluate`, undefined);
    this.condBusy.add(name);
    const own: Trace = [
      {
        file: this.scope.file,
        line: this.scope.conditions?.lineOf(name),
        what: `condition ${name}`,
        place: 'elsewhere',
      },
    ];
    const r = this.bool(def, own);
    this.condBusy.delete(name);
    const value = r instanceof Unknown ? new Unknown(`condition ${name} ${r.reason}`, undefined) : r;
    // conditions built from conditions would repeat their traces without bound: keep the first few places
    const trace = dedupeTrace(own).slice(0, 16);
    this.condMemo.set(name, { value, trace });
    t.push(...trace);
    return value;
  }

  /** A condition expression → true / false / Unknown. */
  bool(v: CVal | Value | undefined, t: Trace): boolean | Unknown {
    if (v instanceof CMap && v.size === 1 && v.keys[0] === 'Condition') {
      const name = this.str(v.values[0], t);
      return typeof name === 'string' ? this.condition(name, t) : name;
    }
    const r = this.resolve(v, t);
    if (typeof r === 'boolean') return r;
    if (r === 'true' || r === 'false') return r === 'true';
    if (r instanceof Unknown) return new Unknown(`depends on ${r.reason}`, undefined);
    return new Unknown(`is not a condition: ${describeVal(v as CVal)}`, undefined);
  }

  private args(f: CFn, n: number): (CVal | Value)[] | undefined {
    const a = f.arg instanceof CList ? f.arg.items : undefined;
    return a && a.length >= n ? a : undefined;
  }

  private call(f: CFn, t: Trace): Value | undefined {
    const bad = (why: string): Unknown => new Unknown(`${describeVal(f)} (${why})`, undefined);
    switch (f.name) {
      case 'Ref': {
        const name = this.str(f.arg, t);
        return typeof name === 'string' ? this.ref(name, t) : bad('the name is not known');
      }
      case 'Condition': {
        const name = this.str(f.arg, t);
        return typeof name === 'string' ? this.condition(name, t) : bad('the name is not known');
      }
      case 'Fn::GetAtt': {
        const a = this.args(f, 2);
        const res = a ? this.str(a[0], t) : undefined;
        const attr = a ? this.str(a[1], t) : undefined;
        if (typeof res !== 'string') return bad('not a resource attribute');
        return new Unknown(
          describeVal(f),
          typeof attr === 'string' ? [{ atom: `GetAtt ${res}.${attr}` }] : atomOf(f),
          { resource: res, attr: typeof attr === 'string' ? attr : undefined },
        );
      }
      case 'Fn::If': {
        const a = this.args(f, 3);
        if (!a) return bad('expects [condition, value if true, value if false]');
        const name = this.str(a[0], t);
        if (typeof name !== 'string') return bad('the condition name is not known');
        const c = this.condition(name, t);
        if (c === true) return this.resolve(a[1], t);
        if (c === false) return this.resolve(a[2], t);
        const yes = this.full(a[1], t);
        const no = this.full(a[2], t);
        if (yes !== undefined && no !== undefined && equals(yes, no) === true) return yes;
        return new Unknown(`${describeVal(f)} (${c.reason})`, atomOf(f));
      }
      case 'Fn::Equals': {
        const a = this.args(f, 2);
        if (!a) return bad('expects two values');
        const x = this.full(a[0], t);
        const y = this.full(a[1], t);
        if (x === undefined || y === undefined) return bad('a value is missing');
        const e = equals(x, y);
        if (e !== undefined) return e;
        const u = [x, y].find((z): z is Unknown => z instanceof Unknown);
        return new Unknown(u ? u.reason : `${describeVal(f)} (values that cannot be compared)`, undefined);
      }
      case 'Fn::And':
      case 'Fn::Or': {
        const a = this.args(f, 1);
        if (!a) return bad('expects a list of conditions');
        const stop = f.name === 'Fn::Or';
        let unknown: Unknown | undefined;
        for (const c of a) {
          const b = this.bool(c, t);
          if (b === stop) return stop;
          if (b instanceof Unknown) unknown ??= b;
        }
        return unknown ? new Unknown(unknown.reason, undefined) : !stop;
      }
      case 'Fn::Not': {
        const a = this.args(f, 1);
        const b = a ? this.bool(a[0], t) : bad('expects [condition]');
        return b instanceof Unknown ? b : !b;
      }
      case 'Fn::FindInMap':
        return this.findInMap(f, t);
      case 'Fn::Sub':
        return this.sub(f, t);
      case 'Fn::Join': {
        const a = this.args(f, 2);
        if (!a) return bad('expects [delimiter, list]');
        const d = this.str(a[0], t);
        const items = this.list(a[1], t);
        if (typeof d !== 'string') return bad('the delimiter is not known');
        if (items instanceof Unknown) return new Unknown(`${describeVal(f)} (${items.reason})`, atomOf(f));
        const pieces: (string | Unknown)[] = [];
        items.forEach((it, i) => {
          if (i > 0) pieces.push(d);
          pieces.push(this.str(it, t));
        });
        return concat(pieces, describeVal(f));
      }
      case 'Fn::Select': {
        const a = this.args(f, 2);
        if (!a) return bad('expects [index, list]');
        const i = this.str(a[0], t);
        const items = this.list(a[1], t);
        if (typeof i !== 'string' || items instanceof Unknown) return new Unknown(describeVal(f), atomOf(f));
        const n = Number(i);
        return Number.isInteger(n) && n >= 0 && n < items.length
          ? items[n]
          : bad(`index ${i} is outside the list: CloudFormation rejects it`);
      }
      case 'Fn::Split': {
        const a = this.args(f, 2);
        if (!a) return bad('expects [delimiter, string]');
        const d = this.str(a[0], t);
        const s = this.str(a[1], t);
        if (typeof d !== 'string' || typeof s !== 'string' || d === '')
          return new Unknown(describeVal(f), atomOf(f));
        return s.split(d);
      }
      case 'Fn::Base64': {
        const s = this.str(f.arg, t);
        return typeof s === 'string'
          ? Buffer.from(s, 'utf8').toString('base64')
          : new Unknown(describeVal(f), atomOf(f));
      }
      case 'Fn::Length': {
        const items = this.list(f.arg, t);
        return items instanceof Unknown ? new Unknown(describeVal(f), atomOf(f)) : items.length;
      }
      case 'Fn::ToJsonString': {
        const j = this.toJson(f.arg, t, 0);
        return j instanceof Unknown ? new Unknown(describeVal(f), atomOf(f)) : JSON.stringify(j);
      }
      default:
        // Fn::ImportValue, Fn::GetAZs, Fn::Cidr, Fn::Transform …: known at deploy time only.
        return new Unknown(describeVal(f), atomOf(f));
    }
  }

  private toJson(v: CVal | Value | undefined, t: Trace, depth: number): unknown {
    const r = this.resolve(v, t);
    if (depth > 64 || r instanceof Unknown)
      return r instanceof Unknown ? r : new Unknown('too deep', undefined);
    if (r instanceof CMap) {
      const o: Record<string, unknown> = Object.create(null);
      for (let i = 0; i < r.size; i++) {
        const x = this.toJson(r.values[i], t, depth + 1);
        if (x instanceof Unknown) return x;
        if (x !== NO_VALUE) o[r.keys[i]] = x;
      }
      return o;
    }
    if (r instanceof CList || Array.isArray(r)) {
      const items = this.list(r, t);
      if (items instanceof Unknown) return items;
      const out: unknown[] = [];
      for (const it of items) {
        const x = this.toJson(it, t, depth + 1);
        if (x instanceof Unknown) return x;
        out.push(x);
      }
      return out;
    }
    return r === undefined ? null : r;
  }

  ref(name: string, t: Trace): Value {
    if (name === 'AWS::NoValue') return NO_VALUE;
    if (PSEUDO.has(name))
      return new Unknown(`Ref "${name}" (known at deploy time)`, [{ atom: `Ref ${name}` }]);
    const p = this.scope.params.get(name);
    if (p) {
      t.push(p.origin);
      return p.value;
    }
    if (this.scope.resources.has(name))
      return new Unknown(`Ref "${name}"`, [{ atom: `Ref ${name}` }], { resource: name });
    return new Unknown(`Ref "${name}" (no parameter or resource of that name)`, undefined);
  }

  private findInMap(f: CFn, t: Trace): Value | undefined {
    const a = this.args(f, 3);
    if (!a) return new Unknown(`${describeVal(f)} (expects [map, key, key])`, undefined);
    const maps = this.scope.mappings;
    const name = this.str(a[0], t);
    const top = this.str(a[1], t);
    const second = this.str(a[2], t);
    const opts = a[3] instanceof CMap ? a[3] : undefined;
    const fallback = opts?.has('DefaultValue') ? opts.get('DefaultValue') : undefined;
    const unknown = (why: string): Unknown => new Unknown(`${describeVal(f)} (${why})`, atomOf(f));
    if (typeof name !== 'string') return unknown(name.reason);
    const map = maps?.get(name);
    if (!(map instanceof CMap))
      return fallback !== undefined ? this.resolve(fallback, t) : unknown('no such mapping');
    const origin = (topKey: string, entry: CMap): IacOrigin => ({
      file: this.scope.file,
      line: entry.lineOf(second as string) ?? map.lineOf(topKey),
      what: `mapping ${name}.${topKey}.${second as string}`,
      place: 'elsewhere',
    });
    if (typeof second !== 'string') return unknown(second.reason);
    if (typeof top !== 'string') {
      // The first key is known only at deploy (e.g. the region): the value is known when every entry agrees.
      let agreed: Value | undefined;
      for (let i = 0; i < map.size; i++) {
        const entry = map.values[i];
        const v = entry instanceof CMap ? this.full(entry.get(second), []) : undefined;
        if (v === undefined || v instanceof Unknown) return unknown(top.reason);
        if (agreed !== undefined && equals(agreed, v) !== true) return unknown(top.reason);
        agreed = v;
      }
      if (agreed === undefined) return unknown(top.reason);
      t.push({
        file: this.scope.file,
        line: map.line,
        what: `mapping ${name} (the same ${second} for every key)`,
        place: 'elsewhere',
      });
      return agreed;
    }
    const entry = map.get(top);
    if (entry instanceof CMap && entry.has(second)) {
      t.push(origin(top, entry));
      return this.resolve(entry.get(second), t);
    }
    if (fallback !== undefined) return this.resolve(fallback, t);
    return unknown(`mapping ${name} has no ${top}.${second}: CloudFormation rejects the template`);
  }

  private sub(f: CFn, t: Trace): Value {
    let template: CVal | Value | undefined = f.arg;
    let vars: CMap | undefined;
    if (f.arg instanceof CList) {
      template = f.arg.items[0];
      vars = f.arg.items[1] instanceof CMap ? f.arg.items[1] : undefined;
    }
    const s = this.str(template, t);
    if (typeof s !== 'string') return new Unknown(describeVal(f), atomOf(f));
    const pieces: (string | Unknown)[] = [];
    let last = 0;
    for (const m of s.matchAll(/\$\{([^}]*)\}/g)) {
      pieces.push(s.slice(last, m.index));
      last = (m.index ?? 0) + m[0].length;
      const name = m[1].trim();
      if (name.startsWith('!')) {
        pieces.push(`\${${name.slice(1)}}`);
        continue;
      }
      if (vars?.has(name)) {
        pieces.push(this.str(vars.get(name), t));
        continue;
      }
      const dot = name.indexOf('.');
      if (dot > 0 && !this.scope.params.has(name)) {
        const res = name.slice(0, dot);
        pieces.push(
          new Unknown(`GetAtt ${name}`, [{ atom: `GetAtt ${name}` }], {
            resource: res,
            attr: name.slice(dot + 1),
          }),
        );
        continue;
      }
      const r = this.ref(name, t);
      pieces.push(Array.isArray(r) ? r.map(String).join(',') : this.str(r, t));
    }
    pieces.push(s.slice(last));
    return concat(pieces, describeVal(f));
  }
}
