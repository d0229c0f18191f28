/** `group-by-tag`: the fleet split by one tag's value (who to call), worst first. Pure. */
import type { AssessedInstance, Rollup, TagRollups } from '../model/types.js';
import { addToRollup, emptyRollup, finishRollup, worstFirst } from './rollup.js';
import { usageState } from './usage.js';

/** The row key of instances without the tag (or with an empty value). */
export const UNTAGGED = '';

export function tagRollups(instances: readonly AssessedInstance[], key: string): TagRollups {
  const rows = new Map<string, { rollup: Rollup; inUse: number; safe: number }>();
  for (const i of instances) {
    const value = (i.tags?.[key] ?? '').trim();
    let row = rows.get(value);
    if (!row) {
      row = { rollup: emptyRollup(), inUse: 0, safe: 0 };
      rows.set(value, row);
    }
    addToRollup(row.rollup, i);
    if (i.bucket === 'v1-allowed') {
      const s = usageState(i);
      if (s === 'in-use') row.inUse++;
      else if (s === 'safe') row.safe++;
    }
  }
  return {
    key,
    rows: [...rows.entries()]
      .map(([value, r]) => ({ value, untagged: value === UNTAGGED, ...r, rollup: finishRollup(r.rollup) }))
      .sort(
        worstFirst(
          (r) => r.rollup,
          (r) => r.value,
        ),
      ),
  };
}
