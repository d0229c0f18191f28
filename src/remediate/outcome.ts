/** Outcomes of instance and posture writes, summed per (account, region) for the log and the summary. */
import type { ApplyOutcome, RegionOutcome } from '../model/types.js';
import { emptyCounts } from './apply-common.js';

export const zeroOutcome = (): ApplyOutcome => ({
  regions: [],
  counts: emptyCounts(),
  durationMs: 0,
});

/** Instance and posture outcomes as one (rows of the same account/region summed). */
export function mergeOutcomes(a: ApplyOutcome, b: ApplyOutcome): ApplyOutcome {
  const rows = new Map<string, RegionOutcome>();
  for (const r of [...a.regions, ...b.regions]) {
    const k = `${r.accountId}/${r.region}`;
    const have = rows.get(k);
    if (!have) rows.set(k, { ...r, counts: { ...r.counts } });
    else {
      for (const c of Object.keys(have.counts) as Array<keyof typeof have.counts>)
        have.counts[c] += r.counts[c];
      have.modifyCalls += r.modifyCalls;
      have.throttled += r.throttled;
      have.durationMs = Math.max(have.durationMs, r.durationMs);
    }
  }
  const counts = { ...a.counts };
  for (const c of Object.keys(counts) as Array<keyof typeof counts>) counts[c] += b.counts[c];
  return {
    regions: [...rows.values()].sort((x, y) =>
      `${x.accountId}/${x.region}`.localeCompare(`${y.accountId}/${y.region}`),
    ),
    counts,
    durationMs: Math.max(a.durationMs, b.durationMs),
  };
}
