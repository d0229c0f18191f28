// Helpers for form-encoded (ec2Query / awsQuery) request parameters.

export type Params = Record<string, string>;

export function parseForm(body: string): Params {
  const out: Params = Object.create(null);
  if (!body) return out;
  for (const [k, v] of new URLSearchParams(body)) out[k] = v;
  return out;
}

/** EC2 list: `Prefix.1`, `Prefix.2`, ... */
export function ec2List(p: Params, prefix: string): string[] {
  const out: string[] = [];
  for (let i = 1; ; i++) {
    const v = p[`${prefix}.${i}`];
    if (v === undefined) break;
    out.push(v);
  }
  return out;
}

/** awsQuery list: `Prefix.member.1`, ... */
export function memberList(p: Params, prefix: string): string[] {
  return ec2List(p, `${prefix}.member`);
}

export interface Filter {
  name: string;
  values: string[];
}

/** EC2 filters: `Filter.N.Name`, `Filter.N.Value.M`. */
export function ec2Filters(p: Params): Filter[] {
  const out: Filter[] = [];
  for (let i = 1; ; i++) {
    const name = p[`Filter.${i}.Name`];
    if (name === undefined) break;
    out.push({ name, values: ec2List(p, `Filter.${i}.Value`) });
  }
  return out;
}

/**
 * Unflatten all parameters under `prefix.` into a nested object. Numeric path segments become
 * array indices (1-based on the wire). Values stay strings.
 */
export function unflatten(p: Params, prefix: string): Record<string, unknown> | undefined {
  const pre = `${prefix}.`;
  let root: Record<string, unknown> | undefined;
  for (const key of Object.keys(p)) {
    if (!key.startsWith(pre)) continue;
    root ??= {};
    const path = key.slice(pre.length).split('.');
    let cur: Record<string, unknown> | unknown[] = root;
    for (let i = 0; i < path.length; i++) {
      const seg = path[i];
      const last = i === path.length - 1;
      const isIndex = /^\d+$/.test(seg);
      const k: string | number = isIndex ? Number(seg) - 1 : seg;
      if (last) {
        (cur as Record<string | number, unknown>)[k] = p[key];
      } else {
        const nextIsIndex = /^\d+$/.test(path[i + 1]);
        let next = (cur as Record<string | number, unknown>)[k] as
          | Record<string, unknown>
          | unknown[]
          | undefined;
        if (next === undefined) {
          next = nextIsIndex ? [] : {};
          (cur as Record<string | number, unknown>)[k] = next;
        }
        cur = next;
      }
    }
  }
  return root;
}

export function bool(v: string | undefined): boolean | undefined {
  if (v === undefined) return undefined;
  return v === 'true';
}

export function int(v: string | undefined): number | undefined {
  if (v === undefined || v === '') return undefined;
  const n = Number(v);
  return Number.isFinite(n) ? n : Number.NaN;
}

/** Glob match with `*` (any run) and `?` (one char), as EC2 filters and IAM StringLike do. */
const globCache = new Map<string, RegExp>();
export function globToRegExp(pattern: string): RegExp {
  let re = globCache.get(pattern);
  if (!re) {
    const src = pattern
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/\?/g, '.');
    re = new RegExp(`^${src}$`, 's');
    if (globCache.size > 10_000) globCache.clear();
    globCache.set(pattern, re);
  }
  return re;
}

export function globMatch(pattern: string, value: string): boolean {
  if (!pattern.includes('*') && !pattern.includes('?')) return pattern === value;
  return globToRegExp(pattern).test(value);
}

/** Opaque pagination tokens: base64url JSON with a fingerprint of the request. */
export function encodeToken(obj: Record<string, unknown>): string {
  return `emu1${Buffer.from(JSON.stringify(obj)).toString('base64url')}`;
}

export function decodeToken(token: string): Record<string, unknown> | undefined {
  if (!token.startsWith('emu1')) return undefined;
  try {
    const v = JSON.parse(Buffer.from(token.slice(4), 'base64url').toString('utf8'));
    return v && typeof v === 'object' ? (v as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** Small, fast string hash (FNV-1a, 32-bit) for token fingerprints. */
export function fingerprint(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}
