// Evaluated values → IacSetting: known (with the parameter, condition or mapping that decided it),
// unset (absent or AWS::NoValue) or unknown (with what it depends on).
import type { IacOrigin, IacSetting } from '../../model/iac.js';
import { cleanText } from '../../model/text.js';
import { clean } from '../text.js';
import { dedupeTrace, NO_VALUE, type Trace, Unknown, type Value } from './evaluate.js';
import { type CVal, describeVal } from './tree.js';

const primaryOrigin = (t: Trace): IacOrigin | undefined =>
  t.find((o) => o.what.startsWith('parameter')) ?? t[0];

export const dedupe = (t: Trace): IacOrigin[] => dedupeTrace(t);

export function toSetting<T>(v: Value | undefined, t: Trace, num = false): IacSetting<T> {
  if (v === undefined || v === null || v === NO_VALUE) return { state: 'unset' };
  const origins = dedupe(t);
  const origin = primaryOrigin(origins);
  const withOrigin = <S extends object>(s: S): S => (origin ? { ...s, origin } : s);
  if (v instanceof Unknown) return withOrigin({ state: 'unknown', reason: clean(v.reason) });
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') {
    const text = String(v);
    if (text.includes('{{resolve:'))
      return withOrigin({ state: 'unknown', reason: clean(`dynamic reference ${text}`) });
    // EC2 rejects a value with hidden characters: keep it out of the report as a value.
    if (cleanText(text) !== text || text.length > 200)
      return withOrigin({ state: 'unknown', reason: clean(`the unusable value ${JSON.stringify(text)}`) });
    const via = origins.length ? clean(origins.map((o) => o.what).join(', ')) : undefined;
    const known = (value: T): IacSetting<T> =>
      withOrigin({ state: 'known' as const, value, ...(via ? { via } : {}) });
    if (!num) return known(text as T);
    const n = Number(text);
    return Number.isFinite(n) && text.trim() !== ''
      ? known(n as T)
      : withOrigin({ state: 'unknown', reason: clean(text) });
  }
  return withOrigin({ state: 'unknown', reason: clean(`${describeVal(v as CVal)} (not a single value)`) });
}

/** What an evaluated value is, for a message. */
export const describeValue = (v: Value | undefined): string =>
  v instanceof Unknown ? v.reason : v === undefined || v === NO_VALUE ? '' : describeVal(v as CVal);
