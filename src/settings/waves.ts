/**
 * The `waves` input: the waves, plus `soak=MINUTES` and `failure-budget=N` elements.
 *
 *   waves: canary:1-per-region, 25%, 100%, soak=15, failure-budget=0
 *
 * Elements, in order: `[label:]size` with size `N-per-region` | `N-per-account` | `N-per-tag:KEY` (a
 * canary: N instances of each group not yet in a wave) | `N` (N more instances) | `P%` (more instances
 * until P % of the plan's instances are in waves so far) | `rest`. How a plan's items are assigned to
 * them is src/assess/waves.ts.
 */
import { instanceWaveCount, MAX_TOTAL_SOAK_MINUTES, soakProblem } from '../assess/waves.js';
import { metricTiming, minimumSoakMinutes } from '../aws/metric-timing.js';
import type { WaveSettings, WaveSpec } from '../model/settings.js';
import type { FieldContext, FieldParser } from './fields.js';
import { splitList } from './fields.js';

/** The soak and failure budget of a `waves` list without `soak=` / `failure-budget=` elements. */
const WAVE_DEFAULTS = { soakMinutes: 15, failureBudget: 0 } as const;

const SIZE =
  /^(?:(?<per>\d+)-per-(?:(?<group>region|account)|tag:(?<tag>.+))|(?<count>\d+)|(?<pct>\d+(?:\.\d+)?)%|(?<rest>rest|all))$/i;

/** Parses the waves of the `waves` input (without its soak= and failure-budget= elements); returns the problem (for InputError) when one is malformed. */
export function parseWaves(raw: string): WaveSpec[] | string {
  const parts = raw
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
  if (parts.length === 0) return 'is empty';
  const specs: WaveSpec[] = [];
  let lastPct = 0;
  for (const text of parts) {
    const lm = /^([a-z][\w-]*):(.+)$/i.exec(text);
    const label = lm && !/^tag$/i.test(lm[1]) ? lm[1] : undefined;
    const body = (label ? lm![2] : text).trim();
    const g = SIZE.exec(body)?.groups;
    if (!g) {
      return `'${text}' is not a wave; write N-per-region, N-per-account, N-per-tag:KEY (a canary per group), N (a number of instances), P% (cumulative share of the plan) or rest (and soak=MINUTES, failure-budget=N) — e.g. canary:1-per-region,25%,100%,soak=15`;
    }
    let size: WaveSpec['size'];
    if (g.per !== undefined) {
      const count = Number(g.per);
      if (count < 1) return `'${text}': a canary needs at least 1 instance per group`;
      size = g.tag
        ? { kind: 'per-group', count, by: 'tag', tagKey: g.tag.trim() }
        : { kind: 'per-group', count, by: g.group.toLowerCase() as 'region' | 'account' };
    } else if (g.count !== undefined) {
      if (Number(g.count) < 1) return `'${text}': a wave needs at least 1 instance`;
      size = { kind: 'count', count: Number(g.count) };
    } else if (g.pct !== undefined) {
      const percent = Number(g.pct);
      if (percent <= 0 || percent > 100) return `'${text}': a percentage must be above 0 and at most 100`;
      if (percent <= lastPct)
        return `'${text}': percentages are cumulative (the share of the plan done after that wave), so each must be larger than the one before (${lastPct}%)`;
      lastPct = percent;
      size = { kind: 'percent', percent };
    } else size = { kind: 'rest' };
    if (specs.at(-1)?.size.kind === 'rest')
      return `'${text}' comes after rest, which already takes every instance left`;
    specs.push(label ? { text, label, size } : { text, size });
  }
  return specs;
}

/** Minutes for a message: at most two decimals, rounded up (a minimum must not read lower than it is). */
const minutes = (m: number): string => String(Math.ceil(m * 100) / 100);

/** Reads `soak=` and `failure-budget=` out of the list; returns the wave elements left. */
function waveSettings(items: string[], ctx: FieldContext) {
  const found = {
    soakMinutes: WAVE_DEFAULTS.soakMinutes as number,
    failureBudget: WAVE_DEFAULTS.failureBudget as number,
  };
  const waves: string[] = [];
  const given = new Set<string>();
  for (const item of items) {
    const setting = /^(soak|failure-budget)\s*=\s*(.*)$/i.exec(item);
    if (!setting) {
      if (/^(soak|failure[-_ ]?budget)\b/i.test(item))
        ctx.fail(
          `'${item}' is not a wave nor a setting; write soak=MINUTES (e.g. soak=15) and failure-budget=N (e.g. failure-budget=2)`,
        );
      else waves.push(item);
      continue;
    }
    const key = setting[1].toLowerCase();
    if (given.has(key)) {
      ctx.fail(`gives ${key}= twice; keep one`);
      continue;
    }
    given.add(key);
    if (key === 'soak') {
      const m = /^(\d+(?:\.\d+)?)\s*m?$/i.exec(setting[2]);
      if (!m || Number(m[1]) > MAX_TOTAL_SOAK_MINUTES)
        ctx.fail(
          `'${item}' is not a soak of 0 to ${MAX_TOTAL_SOAK_MINUTES} minutes; write soak=15 or soak=15m`,
        );
      else found.soakMinutes = Number(m[1]);
    } else if (!/^\d+$/.test(setting[2]) || Number(setting[2]) > 100000) {
      ctx.fail(
        `'${item}' is not a failure budget; write failure-budget=N, a whole number of instances from 0 to 100000`,
      );
    } else found.failureBudget = Number(setting[2]);
  }
  return { ...found, waves, given: [...given] };
}

/** The soak must be able to show a wave healthy: one basic-monitoring period and the publishing delay. */
function checkSoakLength(soakMinutes: number, ctx: FieldContext): void {
  const timing = metricTiming(ctx.env);
  if ('problem' in timing) ctx.fail(timing.problem);
  else if (soakMinutes < minimumSoakMinutes(timing))
    ctx.fail(
      `soak=${soakMinutes} is shorter than CloudWatch needs to show a wave healthy: EC2 publishes these metrics every ${minutes(timing.basicPeriodSeconds / 60)} min (1 with detailed monitoring) and up to ${minutes(timing.publishDelaySeconds / 60)} min late, so the minimum is soak=${minutes(minimumSoakMinutes(timing))}`,
    );
}

/** Staged waves; undefined = one batch, no soak. */
export const wavesInput: FieldParser<WaveSettings | undefined> = (raw, ctx) => {
  if (!raw) return undefined;
  const { soakMinutes, failureBudget, waves, given } = waveSettings(splitList(raw), ctx);
  const specs =
    waves.length === 0 && given.length
      ? `sets ${given.map((k) => `${k}=`).join(' and ')} but lists no waves; list them too, e.g. canary:1-per-region, 25%, 100%, soak=15`
      : parseWaves(waves.join(','));
  checkSoakLength(soakMinutes, ctx);
  if (typeof specs === 'string') {
    ctx.fail(specs);
    return undefined;
  }
  const tooLong = soakProblem(instanceWaveCount(specs), soakMinutes);
  if (tooLong) ctx.fail(tooLong);
  return { raw, specs, soakMinutes, failureBudget };
};
