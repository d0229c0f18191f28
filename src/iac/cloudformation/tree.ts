// The template as a small tree with line numbers, built once from YAML or JSON: maps keep their keys in
// order with each key's line (and column, from YAML), intrinsic functions (short or long form) are one
// node kind. Values are immutable once built, so YAML aliases may share a subtree.

/** An intrinsic function: `Ref`, `Condition` (short form only) or `Fn::*`, with its argument. */
export class CFn {
  constructor(
    readonly name: string,
    readonly arg: CVal,
    readonly line: number,
  ) {}
}

export class CList {
  constructor(
    readonly items: CVal[],
    readonly line: number,
    readonly end: number = line,
    /** 1-based line of each item, when known. */
    readonly lines?: number[],
  ) {}
}

/** A mapping; a key given twice keeps its last value, as JSON.parse does. */
export class CMap {
  private index?: Map<string, number>;
  constructor(
    readonly keys: string[],
    readonly values: CVal[],
    /** 1-based line of each key. */
    readonly lines: number[],
    readonly line: number,
    /** Last line of the map's content. */
    readonly end: number = line,
    /** 1-based column of each key (YAML only). */
    readonly cols?: number[],
  ) {}

  private find(key: string): number {
    const n = this.keys.length;
    if (n <= 8) {
      for (let i = n - 1; i >= 0; i--) if (this.keys[i] === key) return i;
      return -1;
    }
    if (!this.index) {
      this.index = new Map();
      for (let i = 0; i < n; i++) this.index.set(this.keys[i], i);
    }
    return this.index.get(key) ?? -1;
  }

  get(key: string): CVal | undefined {
    const i = this.find(key);
    return i < 0 ? undefined : this.values[i];
  }

  has(key: string): boolean {
    return this.find(key) >= 0;
  }

  lineOf(key: string): number | undefined {
    const i = this.find(key);
    return i < 0 ? undefined : this.lines[i];
  }

  get size(): number {
    return this.keys.length;
  }
}

export type CScalar = string | number | boolean | null;
export type CVal = CScalar | CMap | CList | CFn;

/** Long names of the intrinsic functions a single-key mapping can stand for. */
export const isIntrinsicKey = (key: string): boolean => key === 'Ref' || /^Fn::[A-Za-z0-9]+$/.test(key);

/** Short YAML tag (`!Sub`) → long name (`Fn::Sub`). */
export const longName = (short: string): string =>
  short === 'Ref' || short === 'Condition' ? short : `Fn::${short}`;

export const isMapVal = (v: unknown): v is CMap => v instanceof CMap;

/** The line a value starts on, when it carries one. */
export function lineOfVal(v: CVal | undefined): number | undefined {
  if (v instanceof CMap || v instanceof CList || v instanceof CFn) return v.line;
  return undefined;
}

/**
 * A bounded, canonical text of a value (JSON-like, intrinsics in long form): never longer than `max`
 * characters whatever the tree (aliases can make it a DAG), so it is safe in messages.
 */
export function describeVal(v: CVal | undefined, max = 120): string {
  let out = '';
  const stack: (CVal | undefined | { raw: string })[] = [v];
  while (stack.length > 0 && out.length <= max) {
    const x = stack.pop();
    if (x !== null && typeof x === 'object' && 'raw' in x) {
      out += x.raw;
    } else if (x instanceof CFn) {
      stack.push(x.arg, { raw: ' ' });
      out += x.name;
    } else if (x instanceof CList) {
      out += '[';
      stack.push({ raw: ']' });
      for (let i = x.items.length - 1; i >= 0; i--) {
        stack.push(x.items[i]);
        if (i > 0) stack.push({ raw: ',' });
      }
    } else if (x instanceof CMap) {
      out += '{';
      stack.push({ raw: '}' });
      for (let i = x.keys.length - 1; i >= 0; i--) {
        stack.push(x.values[i], { raw: `${JSON.stringify(x.keys[i])}:` });
        if (i > 0) stack.push({ raw: ',' });
      }
    } else {
      out += x === undefined ? 'undefined' : JSON.stringify(x);
    }
  }
  return out.length > max ? `${out.slice(0, max)}…` : out;
}

/** Canonical text for equality of two unevaluated expressions; undefined when too large to compare. */
export function formOf(v: CVal | undefined): string | undefined {
  const s = describeVal(v, 4000);
  return s.endsWith('…') ? undefined : s;
}
