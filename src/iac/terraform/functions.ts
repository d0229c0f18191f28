// Terraform's built-in functions that real modules use to pick metadata options and launch templates.
// Each takes evaluated arguments. "strict" functions return Unknown when any argument holds an
// Unknown (their result depends on it; references do not pass through them); the others handle
// Unknowns themselves and keep the references of the values they pass through (`one`, `element`,
// `coalesce`, `lookup`, `concat`, …). `try` and `can` are in the evaluator: they need lazy arguments.
import {
  asBool,
  asList,
  asNumber,
  asString,
  equal,
  firstUnknown,
  isObject,
  isUnknown,
  type Obj,
  obj,
  TfError,
  typeName,
  Unknown,
  unknownOf,
  type Value,
} from './values.js';

type Fn = (args: Value[], name: string) => Value;

const arity = (args: Value[], min: number, max = min): void => {
  if (args.length < min || args.length > max) throw new TfError(`wrong number of arguments (${args.length})`);
};

/** Elements of a list, or of a map's values (sorted by key, as Terraform iterates maps). */
function elements(v: Value): Value[] {
  if (Array.isArray(v)) return v;
  if (isObject(v))
    return Object.keys(v)
      .sort()
      .map((k) => v[k]);
  throw new TfError(`a collection is required, got ${typeName(v)}`);
}

function strict(f: Fn): Fn {
  return (args, name) => {
    for (const a of args) {
      const u = firstUnknown(a);
      if (u) return new Unknown(u.reason);
    }
    return f(args, name);
  };
}

/** Passes through: an Unknown argument (itself, not inside) makes the result unknown with its refs. */
function shallow(f: Fn): Fn {
  return (args, name) => {
    const u = args.find(isUnknown);
    if (u) return unknownOf(u.reason, ...args.filter(isUnknown));
    return f(args, name);
  };
}

function uniq(list: Value[]): Value[] {
  const out: Value[] = [];
  for (const x of list) if (!out.some((y) => equal(x, y))) out.push(x);
  return out;
}

function format(spec: string, args: Value[]): string {
  let i = 0;
  return spec.replace(
    /%(%|([-+ #0]*)(\d*)(?:\.(\d+))?([sdvqtfegxXob]))/g,
    (_m, pct, _flags, width, prec, verb) => {
      if (pct === '%') return '%';
      if (i >= args.length) throw new TfError('format: not enough arguments');
      const a = args[i++];
      let s: string;
      if (verb === 'd') s = String(Math.trunc(asNumber(a)));
      else if (verb === 'f') s = asNumber(a).toFixed(prec === undefined ? 6 : Number(prec));
      else if (verb === 'q') s = JSON.stringify(asString(a));
      else if (verb === 'v' && typeof a !== 'string' && typeof a !== 'number' && typeof a !== 'boolean')
        s = JSON.stringify(a);
      else if (verb === 't') s = String(asBool(a));
      else if (verb === 'x') s = Math.trunc(asNumber(a)).toString(16);
      else if (verb === 'X') s = Math.trunc(asNumber(a)).toString(16).toUpperCase();
      else if (verb === 'o') s = Math.trunc(asNumber(a)).toString(8);
      else if (verb === 'b') s = Math.trunc(asNumber(a)).toString(2);
      else s = asString(a);
      return width ? s.padStart(Number(width)) : s;
    },
  );
}

function flatten(v: Value[]): Value[] {
  const out: Value[] = [];
  for (const x of v) {
    if (Array.isArray(x)) out.push(...flatten(x));
    else out.push(x);
  }
  return out;
}

function mapOf(v: Value): Obj {
  if (isObject(v)) return v;
  throw new TfError(`a map is required, got ${typeName(v)}`);
}

export const FUNCTIONS: Record<string, Fn> = {
  lookup: (args) => {
    arity(args, 2, 3);
    const [m, k, d] = args;
    if (isUnknown(k) || firstUnknown(k)) return unknownOf((firstUnknown(k) as Unknown).reason, m);
    if (isUnknown(m)) return unknownOf(m.reason, m);
    const key = asString(k);
    const map = mapOf(m);
    if (Object.hasOwn(map, key)) return map[key];
    if (args.length === 3) return d;
    throw new TfError(`lookup: no key ${JSON.stringify(key)}`);
  },
  coalesce: (args) => {
    const seen: Unknown[] = [];
    for (const a of args) {
      if (isUnknown(a)) {
        seen.push(a);
        continue;
      }
      if (a === null || a === '') continue;
      return seen.length ? unknownOf(seen[0].reason, ...seen, a) : a;
    }
    if (seen.length) return unknownOf(seen[0].reason, ...seen);
    throw new TfError('coalesce: no non-null, non-empty argument');
  },
  coalescelist: shallow((args) => {
    for (const a of args) if (asList(a).length) return a;
    throw new TfError('coalescelist: every list is empty');
  }),
  merge: shallow((args) => {
    const out = obj();
    for (const a of args) if (a !== null) Object.assign(out, mapOf(a));
    return out;
  }),
  concat: shallow((args) => args.flatMap((a) => asList(a))),
  contains: strict((args) => {
    arity(args, 2);
    return asList(args[0]).some((x) => equal(x, args[1]));
  }),
  length: (args) => {
    arity(args, 1);
    const [v] = args;
    if (isUnknown(v)) return new Unknown(v.reason);
    if (typeof v === 'string') return [...v].length;
    if (Array.isArray(v)) return v.length;
    if (isObject(v)) return Object.keys(v).length;
    throw new TfError(`length: not a collection (${typeName(v)})`);
  },
  element: (args) => {
    arity(args, 2);
    const [l, i] = args;
    if (isUnknown(i)) return unknownOf(i.reason, l);
    if (isUnknown(l)) return unknownOf(l.reason, l);
    const list = asList(l);
    if (!list.length) throw new TfError('element: empty list');
    const n = Math.trunc(asNumber(i));
    return list[((n % list.length) + list.length) % list.length];
  },
  one: (args) => {
    arity(args, 1);
    const [v] = args;
    if (isUnknown(v)) return unknownOf(v.reason, v);
    if (v === null) return null;
    const list = elements(v);
    if (list.length > 1) throw new TfError('one: more than one element');
    return list.length ? list[0] : null;
  },
  lower: strict((a) => asString(a[0]).toLowerCase()),
  upper: strict((a) => asString(a[0]).toUpperCase()),
  title: strict((a) => asString(a[0]).replace(/\b\w/g, (c) => c.toUpperCase())),
  trimspace: strict((a) => asString(a[0]).trim()),
  tostring: strict((a) => (a[0] === null ? null : asString(a[0]))),
  tobool: strict((a) => (a[0] === null ? null : asBool(a[0]))),
  tonumber: strict((a) => (a[0] === null ? null : asNumber(a[0]))),
  format: strict((a) => format(asString(a[0]), a.slice(1))),
  join: strict((a) => {
    arity(a, 2, 99);
    return a
      .slice(1)
      .flatMap((l) => asList(l))
      .map(asString)
      .join(asString(a[0]));
  }),
  keys: shallow((a) => Object.keys(mapOf(a[0])).sort()),
  values: shallow((a) => elements(mapOf(a[0]))),
  flatten: shallow((a) => flatten(asList(a[0]))),
  compact: strict((a) => asList(a[0]).filter((x) => x !== null && x !== '')),
  toset: (a) => {
    const [v] = a;
    if (isUnknown(v)) return unknownOf(v.reason, v);
    const list = uniq(asList(v));
    const u = list.find(isUnknown);
    if (u) return unknownOf(u.reason, ...list);
    return list.every((x) => typeof x === 'string') ? [...list].sort() : list;
  },
  tolist: shallow((a) => elements(a[0] as Value)),
  tomap: shallow((a) => mapOf(a[0])),
  distinct: shallow((a) => uniq(asList(a[0]))),
  replace: strict((a) => {
    arity(a, 3);
    const [s, from, to] = a.map(asString);
    const re = /^\/(.*)\/$/.exec(from);
    if (re) return s.replace(new RegExp(re[1], 'g'), to.replace(/\$\{?(\w+)\}?/g, '$$$1'));
    return s.split(from).join(to);
  }),
  split: strict((a) => {
    arity(a, 2);
    const s = asString(a[1]);
    return s === '' ? [''] : s.split(asString(a[0]));
  }),
  startswith: strict((a) => asString(a[0]).startsWith(asString(a[1]))),
  endswith: strict((a) => asString(a[0]).endsWith(asString(a[1]))),
  substr: strict((a) => {
    const s = [...asString(a[0])];
    const off = asNumber(a[1]);
    const len = asNumber(a[2]);
    const start = off < 0 ? s.length + off : off;
    return s.slice(start, len < 0 ? undefined : start + len).join('');
  }),
  min: strict((a) => Math.min(...a.map(asNumber))),
  max: strict((a) => Math.max(...a.map(asNumber))),
  abs: strict((a) => Math.abs(asNumber(a[0]))),
  floor: strict((a) => Math.floor(asNumber(a[0]))),
  ceil: strict((a) => Math.ceil(asNumber(a[0]))),
  range: strict((a) => {
    const nums = a.map(asNumber);
    const [start, end, step] = nums.length === 1 ? [0, nums[0], 1] : [nums[0], nums[1], nums[2] ?? 1];
    if (step === 0) throw new TfError('range: step 0');
    const out: number[] = [];
    for (let x = start; step > 0 ? x < end : x > end; x += step) {
      out.push(x);
      if (out.length > 10000) throw new TfError('range: too many elements');
    }
    return out;
  }),
  zipmap: strict((a) => {
    const k = asList(a[0]).map(asString);
    const v = asList(a[1]);
    return obj(k.map((key, i) => [key, v[i] ?? null]));
  }),
  slice: shallow((a) => asList(a[0]).slice(asNumber(a[1]), asNumber(a[2]))),
  reverse: shallow((a) => [...asList(a[0])].reverse()),
  sort: strict((a) => asList(a[0]).map(asString).sort()),
  index: strict((a) => {
    const i = asList(a[0]).findIndex((x) => equal(x, a[1]));
    if (i < 0) throw new TfError('index: not found');
    return i;
  }),
  setunion: strict((a) => uniq(a.flatMap((l) => asList(l)))),
  setintersection: strict((a) => {
    const [first, ...rest] = a.map((l) => asList(l));
    return uniq(first ?? []).filter((x) => rest.every((r) => r.some((y) => equal(x, y))));
  }),
  setsubtract: strict((a) => uniq(asList(a[0])).filter((x) => !asList(a[1]).some((y) => equal(x, y)))),
  alltrue: strict((a) => asList(a[0]).every((x) => asBool(x))),
  anytrue: strict((a) => asList(a[0]).some((x) => asBool(x))),
  regex: strict((a) => {
    const m = new RegExp(asString(a[0])).exec(asString(a[1]));
    if (!m) throw new TfError('regex: no match');
    return m.length > 1 ? m.slice(1).map((x) => x ?? null) : m[0];
  }),
  jsonencode: strict((a) => JSON.stringify(a[0])),
  trimprefix: strict((a) => {
    const [s, p] = a.map(asString);
    return s.startsWith(p) ? s.slice(p.length) : s;
  }),
  trimsuffix: strict((a) => {
    const [s, p] = a.map(asString);
    return p && s.endsWith(p) ? s.slice(0, -p.length) : s;
  }),
  nonsensitive: (a) => a[0],
  sensitive: (a) => a[0],
  type: (a) => typeName(a[0]),
};

export const hasFunction = (name: string): boolean => Object.hasOwn(FUNCTIONS, name);

/** Names of functions whose result is fixed only when the run happens (timestamp, uuid, file reads). */
export const RUNTIME_FUNCTIONS = new Set([
  'timestamp',
  'uuid',
  'bcrypt',
  'file',
  'fileexists',
  'templatefile',
  'filebase64',
  'fileset',
  'plantimestamp',
]);

export { asBool, asNumber };
