// The values Terraform expressions evaluate to here: JSON-like data (null, string, number, bool,
// lists, objects with a null prototype), and Unknown — a value the code does not fix (a variable
// without default, a data source, an attribute the provider computes). An Unknown may carry `refs`:
// the resources (config addresses) it stands for, so `aws_launch_template.this[0].id` still tells an
// ASG which template it launches from after it went through locals, conditionals and splats.

export class Unknown {
  constructor(
    readonly reason: string,
    readonly refs: readonly string[] = [],
  ) {}
}

/** An evaluation error (a missing attribute, a wrong type): `try` and `can` catch it. */
export class TfError extends Error {}

export type Obj = { [k: string]: Value };
export type Value = null | string | number | boolean | Value[] | Obj | Unknown;

export const isUnknown = (v: unknown): v is Unknown => v instanceof Unknown;
export const isObject = (v: unknown): v is Obj =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Unknown);

/** An object without prototype, so a hostile key (`__proto__`) is an ordinary key. */
export function obj(entries?: Iterable<[string, Value]>): Obj {
  const o = Object.create(null) as Obj;
  if (entries) for (const [k, v] of entries) o[k] = v;
  return o;
}

/** Plain JSON (from hcl2json / JSON.parse) → Value; strings are taken literally. */
export function fromJson(v: unknown): Value {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (Array.isArray(v)) return v.map(fromJson);
  if (typeof v === 'object')
    return obj(Object.entries(v as Record<string, unknown>).map(([k, x]) => [k, fromJson(x)]));
  return null;
}

/** The first Unknown anywhere in a value, or undefined when the value is wholly known. */
export function firstUnknown(v: Value): Unknown | undefined {
  if (v instanceof Unknown) return v;
  if (Array.isArray(v)) {
    for (const x of v) {
      const u = firstUnknown(x);
      if (u) return u;
    }
  } else if (isObject(v)) {
    for (const k in v) {
      const u = firstUnknown(v[k]);
      if (u) return u;
    }
  }
  return undefined;
}

/** Every resource reference carried by Unknowns in a value. */
export function refsIn(v: Value, out: Set<string> = new Set()): Set<string> {
  if (v instanceof Unknown) for (const r of v.refs) out.add(r);
  else if (Array.isArray(v)) for (const x of v) refsIn(x, out);
  else if (isObject(v)) for (const k in v) refsIn(v[k], out);
  return out;
}

/** An Unknown that keeps the references of the values it stands for. */
export function unknownOf(reason: string, ...from: Value[]): Unknown {
  const refs = new Set<string>();
  for (const f of from) refsIn(f, refs);
  return new Unknown(reason, [...refs]);
}

export function typeName(v: Value): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'list';
  if (v instanceof Unknown) return 'unknown';
  if (typeof v === 'object') return 'object';
  return typeof v;
}

/** Terraform's conversion to string (numbers and bools convert; null and collections do not). */
export function asString(v: Value): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  throw new TfError(`a string is required, got ${typeName(v)}`);
}

export function asNumber(v: Value): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  throw new TfError(`a number is required, got ${typeName(v)}`);
}

export function asBool(v: Value): boolean {
  if (typeof v === 'boolean') return v;
  if (v === 'true') return true;
  if (v === 'false') return false;
  throw new TfError(`a bool is required, got ${typeName(v)}`);
}

export function asList(v: Value): Value[] {
  if (Array.isArray(v)) return v;
  throw new TfError(`a list is required, got ${typeName(v)}`);
}

export function equal(a: Value, b: Value): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => equal(x, b[i]));
  if (isObject(a) && isObject(b)) {
    const ka = Object.keys(a);
    return ka.length === Object.keys(b).length && ka.every((k) => k in b && equal(a[k], b[k]));
  }
  return false;
}

/** Short text of a value, for notes and reasons. */
export function show(v: Value, max = 60): string {
  let s: string;
  if (v instanceof Unknown) s = '(unknown)';
  else if (typeof v === 'string') s = JSON.stringify(v);
  else {
    try {
      s = JSON.stringify(v) ?? 'null';
    } catch {
      s = '(value)';
    }
  }
  return s.length > max ? `${s.slice(0, max)}…` : s;
}
