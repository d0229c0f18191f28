// Checks OCSF findings against the required-field fixture (test/fixtures/ocsf/compliance-finding-1.3.0.required.json).
import { readFileSync } from 'node:fs';

interface Required {
  ocsf_version: string;
  class: { uid: number; category_uid: number };
  required: string[];
  objects: Record<string, string[]>;
  enums: Record<string, number[]>;
  types: Record<string, 'integer' | 'string' | 'string[]'>;
}

export const OCSF_REQUIRED = JSON.parse(
  readFileSync(new URL('../fixtures/ocsf/compliance-finding-1.3.0.required.json', import.meta.url), 'utf8'),
) as Required;

/** The values at a dotted path; `x[]` walks every item of array x. */
function at(obj: unknown, path: string): unknown[] {
  let cur: unknown[] = [obj];
  for (const seg of path.split('.')) {
    const many = seg.endsWith('[]');
    const key = many ? seg.slice(0, -2) : seg;
    const next: unknown[] = [];
    for (const c of cur) {
      const v = c && typeof c === 'object' ? (c as Record<string, unknown>)[key] : undefined;
      if (many) {
        if (Array.isArray(v)) next.push(...v);
      } else next.push(v);
    }
    cur = next;
  }
  return cur;
}

/** What a finding lacks or gets wrong ([] when it has every required field). */
export function ocsfProblems(f: unknown): string[] {
  const p: string[] = [];
  const r = OCSF_REQUIRED;
  for (const k of r.required) if (at(f, k)[0] === undefined) p.push(`missing ${k}`);
  for (const [path, fields] of Object.entries(r.objects))
    for (const o of at(f, path)) {
      if (o === undefined) continue;
      for (const k of fields) if (at(o, k)[0] === undefined) p.push(`missing ${path}.${k}`);
    }
  for (const [path, values] of Object.entries(r.enums))
    for (const v of at(f, path))
      if (v !== undefined && !values.includes(v as number)) p.push(`${path} ${String(v)} not in the enum`);
  for (const [path, type] of Object.entries(r.types))
    for (const v of at(f, path)) {
      const ok =
        type === 'integer'
          ? Number.isInteger(v)
          : type === 'string'
            ? typeof v === 'string'
            : Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'string');
      if (!ok) p.push(`${path} is not ${type}`);
    }
  const ff = f as Record<string, unknown>;
  if (ff.class_uid !== r.class.uid) p.push(`class_uid ${String(ff.class_uid)} is not ${r.class.uid}`);
  if (ff.category_uid !== r.class.category_uid) p.push(`category_uid is not ${r.class.category_uid}`);
  if (ff.type_uid !== (ff.class_uid as number) * 100 + (ff.activity_id as number))
    p.push('type_uid is not class_uid × 100 + activity_id');
  if (at(f, 'metadata.version')[0] !== r.ocsf_version) p.push(`metadata.version is not ${r.ocsf_version}`);
  return p;
}
