// Reading a resource's blocks (static or `dynamic`) and single settings as IacSettings, each with the
// place that decides it: shared by the EC2 resources and the other services' resources.
import type { IacOrigin, IacSetting } from '../../model/iac.js';
import { clean } from '../text.js';
import { because, type EV, exprText, type Scope, shortText, withNames } from './eval.js';
import { attrLine, bodies, firstBody, origin, type Raw } from './folder.js';
import type { Instance } from './instance.js';
import { firstUnknown, isUnknown, obj, type Value } from './values.js';

/** Blocks named `name` in a body, static or `dynamic`, as (content, scope) pairs; or why unknown. */
export function blocks(
  inst: Instance,
  body: Raw,
  name: string,
  scope: Scope,
): { items: { body: Raw; scope: Scope }[] } | { unknown: string } {
  const items: { body: Raw; scope: Scope }[] = bodies(body[name]).map((b) => ({ body: b, scope }));
  const dyn = bodies(body.dynamic).flatMap((d) => bodies(d[name]));
  for (const d of dyn) {
    const each = inst.ev.safe(d.for_each, scope);
    if (isUnknown(each.v)) return { unknown: `dynamic "${name}" for_each: ${each.v.reason}` };
    const iter = typeof d.iterator === 'string' ? exprText(d.iterator).trim() : name;
    const content = firstBody(d.content) ?? {};
    const pairs: [Value, Value][] = Array.isArray(each.v)
      ? each.v.map((v, i) => [i, v])
      : each.v !== null && typeof each.v === 'object'
        ? Object.keys(each.v)
            .sort()
            .map((k) => [k, (each.v as Record<string, Value>)[k]])
        : [];
    for (const [k, v] of pairs) {
      const bound: EV = {
        v: obj([
          ['key', k],
          ['value', v],
        ]),
        o: each.o,
      };
      items.push({ body: content, scope: withNames(scope, [[iter, bound]]) });
    }
  }
  return { items };
}

export interface Place {
  file: string;
  lines: string[];
  start: number;
  end: number;
  what: string;
}

export function setting(
  inst: Instance,
  body: Raw | undefined,
  attr: string,
  scope: Scope,
  place: Place,
  num: boolean,
): IacSetting<string | number> {
  const raw = body?.[attr];
  if (raw === undefined) return { state: 'unset' };
  const r = inst.ev.safe(raw, scope);
  const u = firstUnknown(r.v);
  if (u) return { state: 'unknown', reason: clean(u.reason) };
  if (r.v === null) return { state: 'unset' };
  if (typeof r.v === 'object')
    return { state: 'unknown', reason: clean(because(exprText(raw), 'not a single value')) };
  const line = attrLine(place.lines, place.start, place.end, attr);
  const literal = typeof raw !== 'string' || !raw.includes('${');
  const o: IacOrigin =
    r.o ?? origin(place.file, line ?? place.start, `${attr} in ${place.what}`, 'attribute');
  const value = num ? Number(r.v) : String(r.v);
  if (num && !Number.isFinite(value))
    return { state: 'unknown', reason: clean(`${exprText(raw)} is not a number`) };
  const out: IacSetting<string | number> = { state: 'known', value, origin: o };
  if (!literal) {
    const text = shortText(exprText(raw), 80);
    out.via = clean(r.o && r.o.what !== text ? `${text} (${r.o.what})` : text);
  }
  return out;
}
