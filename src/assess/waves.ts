/**
 * Staged waves, pure: assigning a plan's items to waves (sealed into the
 * plan, so the digest covers them), and reading a staged plan's progress back from the change log so an
 * apply that was cancelled or killed between waves resumes without repeating a change.
 *
 *   waves: canary:1-per-region, 25%, 100%, soak=15, failure-budget=0
 *
 * Elements, in order: `[label:]size` with size `N-per-region` | `N-per-account` | `N-per-tag:KEY` (a
 * canary: N instances of each group not yet in a wave) | `N` (N more instances) | `P%` (more instances
 * until P % of the plan's instances are in waves so far) | `rest`. A list that does not end with
 * everything gets a final `rest` wave; waves left empty are dropped. Launch templates and account
 * defaults change in a final wave of their own, after every instance wave has soaked. The grammar is
 * read with the other inputs (src/settings/waves.ts).
 */
import { changedFields, settingsOf } from '../model/metadata.js';
import type {
  ChangeRecord,
  MetadataOptions,
  Plan,
  PlanItem,
  PlanWave,
  WaveSettings,
  WaveSpec,
} from '../model/types.js';

/** GitHub-hosted jobs end after 6 hours: the soaks of one plan must fit in 5.5 h, leaving time to apply. */
export const MAX_TOTAL_SOAK_MINUTES = 330;

/** Waves that hold instances, counting the final `rest` wave a list that does not end with everything gets. */
export function instanceWaveCount(specs: WaveSpec[]): number {
  const last = specs.at(-1)?.size;
  const complete = last?.kind === 'rest' || (last?.kind === 'percent' && last.percent === 100);
  return specs.length + (complete ? 0 : 1);
}

/** The 6-hour job limit: waves × soak must stay under 5.5 h. Returns the problem, or undefined. */
export function soakProblem(waves: number, soakMinutes: number): string | undefined {
  const total = waves * soakMinutes;
  if (total <= MAX_TOTAL_SOAK_MINUTES) return undefined;
  return `${waves} wave(s) × ${soakMinutes} min soak = ${Math.round(total * 10) / 10} min, more than the ${MAX_TOTAL_SOAK_MINUTES} min (5.5 h) one job can spend soaking (GitHub-hosted jobs end after 6 h). Use fewer waves or a shorter soak= (in waves), or split the fleet into several plans (instances, tags).`;
}

const describeSpec = (s: WaveSpec): string => {
  const z = s.size;
  const size =
    z.kind === 'per-group'
      ? `${z.count} per ${z.by === 'tag' ? `tag ${z.tagKey}` : z.by}`
      : z.kind === 'count'
        ? `${z.count} instance(s)`
        : z.kind === 'percent'
          ? `up to ${z.percent}% of the instances`
          : 'the rest';
  return s.label ? `${s.label}: ${size}` : size;
};

/** Round-robin over (account, region) groups, each in plan order: every wave spreads over the regions. */
function interleave(items: PlanItem[]): PlanItem[] {
  const groups = new Map<string, PlanItem[]>();
  for (const it of items) {
    const k = `${it.accountId}/${it.region}`;
    groups.set(k, [...(groups.get(k) ?? []), it]);
  }
  const lists = [...groups.values()];
  const out: PlanItem[] = [];
  for (let n = 0; out.length < items.length; n++) for (const l of lists) if (n < l.length) out.push(l[n]);
  return out;
}

/**
 * The plan with every item assigned to a wave and the waves recorded, unsealed: seal it (plan-file.ts
 * sealPlan) so the digest covers them. `tagOf(item, key)` gives an instance's tag value for `N-per-tag:KEY` canaries (untagged
 * instances form one group of their own).
 */
export function planWithWaves(
  plan: Plan,
  settings: WaveSettings,
  tagOf: (item: PlanItem, key: string) => string | undefined = () => undefined,
): Omit<Plan, 'digest'> {
  const instances = plan.items.filter((i) => i.kind === 'instance');
  const posture = plan.items.filter((i) => i.kind !== 'instance');
  const total = instances.length;
  const waveOf = new Map<PlanItem, number>();
  const waves: PlanWave[] = [];
  const order = new Map(plan.items.map((it, n) => [it, n]));
  let left = interleave(instances);
  const specs = [...settings.specs];
  if (instanceWaveCount(specs) > specs.length) specs.push({ text: 'rest', size: { kind: 'rest' } });
  for (const spec of specs) {
    const z = spec.size;
    let take: PlanItem[];
    if (z.kind === 'per-group') {
      const seen = new Map<string, number>();
      take = [];
      for (const it of [...left].sort((a, b) => order.get(a)! - order.get(b)!)) {
        const key =
          z.by === 'region'
            ? `${it.accountId}/${it.region}`
            : z.by === 'account'
              ? it.accountId
              : `tag:${tagOf(it, z.tagKey ?? '') ?? '\u0000untagged'}`;
        const n = seen.get(key) ?? 0;
        if (n < z.count) {
          take.push(it);
          seen.set(key, n + 1);
        }
      }
    } else {
      const done = total - left.length;
      const n =
        z.kind === 'count'
          ? z.count
          : z.kind === 'percent'
            ? Math.ceil((z.percent / 100) * total - 1e-9) - done
            : left.length;
      take = left.slice(0, Math.max(0, n));
    }
    if (take.length === 0) continue; // an empty wave is dropped (e.g. 25% already covered by the canary)
    const chosen = new Set(take);
    left = left.filter((i) => !chosen.has(i));
    const wave = waves.length + 1;
    for (const it of take) waveOf.set(it, wave);
    waves.push({ wave, definition: describeSpec(spec), items: take.length, soak: true });
  }
  if (posture.length) {
    const wave = waves.length + 1;
    for (const it of posture) waveOf.set(it, wave);
    waves.push({
      wave,
      definition: 'launch templates and account defaults, after every instance wave',
      items: posture.length,
      soak: false,
    });
  }
  const { digest: _old, ...rest } = plan;
  return {
    ...rest,
    items: plan.items.map((i) => ({ ...i, wave: waveOf.get(i) })),
    waves: {
      spec: settings.raw,
      soakMinutes: settings.soakMinutes,
      failureBudget: settings.failureBudget,
      waves,
    },
  };
}

/** Structural check of a plan's waves (plan-file.ts calls it); returns the problem, or undefined. */
export function wavesProblem(plan: Plan): string | undefined {
  const w = plan.waves;
  if (w === undefined) {
    return plan.items.some((i) => i.wave !== undefined)
      ? 'items name waves but the plan has none'
      : undefined;
  }
  if (!w || typeof w !== 'object' || !Array.isArray(w.waves)) return 'waves is not an object with a list';
  if (!(Number.isFinite(w.soakMinutes) && w.soakMinutes >= 0)) return 'waves.soakMinutes is not a number ≥ 0';
  if (!(Number.isInteger(w.failureBudget) && w.failureBudget >= 0))
    return 'waves.failureBudget is not a whole number ≥ 0';
  if (w.waves.some((x, n) => x?.wave !== n + 1)) return 'waves are not numbered 1, 2, 3…';
  const soaked = w.waves.filter((x) => x.soak).length;
  const tooLong = soakProblem(soaked, w.soakMinutes);
  if (tooLong) return tooLong;
  for (const it of plan.items) {
    if (!Number.isInteger(it.wave) || it.wave! < 1 || it.wave! > w.waves.length)
      return `${it.resourceId}: wave ${String(it.wave)} is not one of the plan's waves`;
  }
  for (const x of w.waves) {
    if (plan.items.filter((i) => i.wave === x.wave).length !== x.items)
      return `wave ${x.wave} says ${x.items} item(s) but the plan has a different number`;
  }
  return undefined;
}

// ───────────────────────────── resume: progress from the change log ─────────────────────────────

export type ItemProgress =
  /** Not yet changed (no record, or the earlier attempt failed): apply it. */
  | { state: 'todo' }
  /** Changed by an earlier or this run; soaked with its wave. `at` = when the change was made. */
  | { state: 'applied'; at: string; before: MetadataOptions; after: MetadataOptions }
  /** Restored after its wave's soak found it broken: never applied again by this plan. */
  | { state: 'restored'; record: ChangeRecord }
  /** Settled without a change (drifted, skipped) or outcome still unknown: not retried. */
  | { state: 'settled'; result: string };

const itemKey = (r: Pick<ChangeRecord, 'kind' | 'accountId' | 'region' | 'resourceId'>) =>
  `${r.kind}|${r.accountId}|${r.region}|${r.resourceId}`;

/**
 * What the change log says about each item of a staged plan (records of any run of the same plan
 * digest, mode apply, read after reconciliation): applied, restored, settled or still to do.
 */
export function planProgress(plan: Plan, records: readonly ChangeRecord[]): Map<PlanItem, ItemProgress> {
  const mine = records.filter((r) => r.planDigest === plan.digest && r.mode === 'apply');
  const last = new Map<string, ItemProgress>();
  for (const r of mine) {
    const k = itemKey(r);
    if (r.result === 'started') {
      // An open intent after reconciliation: its outcome could not be settled; never send it again.
      if (!last.has(k) || last.get(k)?.state === 'todo') last.set(k, { state: 'settled', result: 'unknown' });
      continue;
    }
    if (r.autoRollback) {
      if (r.result === 'applied') last.set(k, { state: 'restored', record: r });
      continue; // a failed restore leaves the change in place: still applied, soaked again
    }
    if (r.result === 'applied')
      last.set(k, { state: 'applied', at: r.time, before: r.before, after: r.after });
    else if (r.result === 'failed') last.set(k, { state: 'todo' });
    else last.set(k, { state: 'settled', result: r.result });
  }
  return new Map(plan.items.map((i) => [i, last.get(itemKey(i)) ?? { state: 'todo' }]));
}

/**
 * Has wave `n` soaked in an earlier run? The apply starts a wave only after the previous one passed its
 * soak, so a record of any later wave's item proves it. Otherwise the wave is verified again on resume
 * (the wait counts from its recorded change time, so time already spent is not waited again).
 */
export function waveSoaked(plan: Plan, n: number, records: readonly ChangeRecord[]): boolean {
  const later = new Set(plan.items.filter((i) => (i.wave ?? 0) > n).map(itemKey));
  return records.some((r) => r.planDigest === plan.digest && r.mode === 'apply' && later.has(itemKey(r)));
}

/** Instances this plan restored automatically (any run), for the failure budget. */
export function restoredCount(progress: Map<PlanItem, ItemProgress>): number {
  return [...progress.values()].filter((p) => p.state === 'restored').length;
}

/**
 * The item that puts an instance back to the exact state before its wave's change: `before` is the
 * state the change left, `after` every field the change altered, set back.
 */
export function restoreItem(
  item: PlanItem,
  changeBefore: MetadataOptions,
  changeAfter: MetadataOptions,
): PlanItem {
  const left = settingsOf({ ...settingsOf(changeBefore), ...settingsOf(changeAfter) });
  const after: MetadataOptions = {};
  for (const f of changedFields(left, settingsOf(changeBefore)))
    (after as Record<string, unknown>)[f] = changeBefore[f];
  return { ...item, before: left, after };
}

/**
 * For plan-rollback: the records of a run without the instances its waves already restored (their
 * hardening and their restore), so a rollback plan never re-applies what the soak undid.
 */
export function withoutAutoRestored(records: readonly ChangeRecord[]): {
  records: ChangeRecord[];
  restored: ChangeRecord[];
} {
  const restored = records.filter((r) => r.autoRollback && r.result === 'applied');
  const gone = new Set(restored.map((r) => `${r.runId}|${itemKey(r)}`));
  return { records: records.filter((r) => !gone.has(`${r.runId}|${itemKey(r)}`)), restored };
}
