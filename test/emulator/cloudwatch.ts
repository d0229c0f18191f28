// CloudWatch (awsJson1_0, awsQueryCompatible): GetMetricData, ListMetrics for AWS/EC2 IMDS metrics
// (MetadataNoToken, MetadataNoTokenRejected) and StatusCheckFailed.

import type { Ctx } from './context.js';
import { ApiError } from './errors.js';
import type { MetricAnswerShape } from './faults.js';
import { decodeToken, encodeToken, fingerprint } from './query.js';
import type { Instance, InstanceFixture, MetricSeries } from './world.js';

type Handler = (ctx: Ctx) => unknown;

const DAY = 86_400;
const METRICS: Record<string, keyof Pick<Instance, 'v1Calls' | 'v1Rejected'>> = {
  MetadataNoToken: 'v1Calls',
  MetadataNoTokenRejected: 'v1Rejected',
};
const STATUS_CHECK_FAILED = 'StatusCheckFailed';
/** IMDSv1 calls per hour of an instance marked `stillUsesV1` without a `v1CallsPerHour`. */
export const DEFAULT_V1_CALLS_PER_HOUR = 60;

interface Points {
  t: number[];
  v: number[];
}

// ───────────────────────── IMDSv1 still in use: HttpTokens history ─────────────────────────

/** Calls per hour of an instance still using IMDSv1; 0 = not marked. */
export function v1CallRate(i: Pick<InstanceFixture, 'stillUsesV1' | 'v1CallsPerHour'>): number {
  if (typeof i.v1CallsPerHour === 'number' && Number.isFinite(i.v1CallsPerHour) && i.v1CallsPerHour > 0)
    return i.v1CallsPerHour;
  return i.stillUsesV1 ? DEFAULT_V1_CALLS_PER_HOUR : 0;
}

export interface TokensInterval {
  /** Epoch ms; -Infinity = since before the world began (the fixture's own setting). */
  from: number;
  /** Epoch ms; Infinity = still so. */
  to: number;
  httpTokens: 'optional' | 'required';
  /** True when the interval began with a recorded change (not the fixture's initial setting). */
  changed: boolean;
}

/** HttpTokens over time, from the recorded changes (the last interval runs on). */
export function tokensIntervals(i: Pick<Instance, 'tokensChanges' | 'metadataOptions'>): TokensInterval[] {
  const changes = [...(i.tokensChanges ?? [])].sort((a, b) => a.at - b.at);
  const out: TokensInterval[] = [];
  let from = Number.NEGATIVE_INFINITY;
  let state = changes.length ? changes[0].from : i.metadataOptions.HttpTokens;
  let changed = false;
  for (const c of changes) {
    if (c.at > from) out.push({ from, to: c.at, httpTokens: state, changed });
    from = c.at;
    state = c.to;
    changed = true;
  }
  out.push({ from, to: Number.POSITIVE_INFINITY, httpTokens: state, changed });
  return out;
}

/** Milliseconds of [lo, hi) that fall in intervals matching `pred`. */
function overlapMs(
  intervals: TokensInterval[],
  lo: number,
  hi: number,
  pred: (x: TokensInterval) => boolean,
) {
  let ms = 0;
  for (const x of intervals) {
    if (!pred(x)) continue;
    const a = Math.max(lo, x.from);
    const b = Math.min(hi, x.to);
    if (b > a) ms += b - a;
  }
  return ms;
}

/**
 * IMDSv1 calls refused in [lo, hi) (epoch ms) for an instance still using v1: the workload calls every
 * 3600/rate seconds, the first refused call at the moment tokens became required (so a soak of any length
 * sees at least one), and none while tokens are optional.
 */
export function rejectedCalls(i: Instance, lo: number, hi: number): number {
  const rate = v1CallRate(i);
  if (rate <= 0 || hi <= lo) return 0;
  const every = 3_600_000 / rate;
  let n = 0;
  for (const x of tokensIntervals(i)) {
    if (x.httpTokens !== 'required') continue;
    const a = Math.max(lo, x.from);
    const b = Math.min(hi, x.to);
    if (b <= a) continue;
    const origin = Number.isFinite(x.from) ? x.from : 0; // calls at origin + k·every
    n += Math.ceil((b - origin) / every - 1e-9) - Math.ceil((a - origin) / every - 1e-9);
  }
  return n;
}

/** Aligned period buckets in [start, min(end, now]) (seconds), ascending. */
function buckets(start: number, end: number, period: number, nowMs: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const last = Math.min(end, nowMs / 1000);
  for (let b = Math.floor(start / period) * period; b < last; b += period) out.push([b, b + period]);
  return out;
}

function rejectedDatapoints(
  i: Instance,
  start: number,
  end: number,
  period: number,
  stat: string,
  nowMs: number,
): Points {
  const t: number[] = [];
  const v: number[] = [];
  if (v1CallRate(i) <= 0) return { t, v };
  for (const [b, bEnd] of buckets(start, end, period, nowMs)) {
    // A call at the very moment of the request counts (hi is exclusive).
    const n = rejectedCalls(i, b * 1000, Math.min(bEnd * 1000, end * 1000, nowMs + 1));
    if (n <= 0) continue;
    t.push(b);
    v.push(stat === 'Sum' || stat === 'SampleCount' ? n : 1);
  }
  return { t, v };
}

/** StatusCheckFailed: a 0/1 per minute; Sum = failing minutes, SampleCount = minutes in the period. */
function statusCheckDatapoints(
  i: Instance,
  start: number,
  end: number,
  period: number,
  stat: string,
  nowMs: number,
): Points {
  const t: number[] = [];
  const v: number[] = [];
  const mark = i.statusCheckFailed;
  const intervals = mark === 'after-required' ? tokensIntervals(i) : [];
  for (const [b, bEnd] of buckets(start, end, period, nowMs)) {
    const lo = b * 1000;
    const hi = Math.min(bEnd * 1000, nowMs + 1);
    const minutes = Math.max(1, Math.ceil((hi - lo) / 60_000));
    const failingMs =
      mark === true
        ? hi - lo
        : mark === 'after-required'
          ? overlapMs(intervals, lo, hi, (x) => x.changed && x.httpTokens === 'required')
          : 0;
    const failing = Math.min(minutes, Math.ceil(failingMs / 60_000));
    let value: number;
    switch (stat) {
      case 'Sum':
        value = failing;
        break;
      case 'SampleCount':
        value = minutes;
        break;
      case 'Minimum':
        value = failing === minutes ? 1 : 0;
        break;
      case 'Average':
        value = Math.round((failing / minutes) * 1e6) / 1e6;
        break;
      default: // Maximum, percentiles
        value = failing > 0 ? 1 : 0;
    }
    t.push(b);
    v.push(value);
  }
  return { t, v };
}

/** Sum two ascending series on the same period grid. */
function mergePoints(a: Points, b: Points): Points {
  if (!b.t.length) return a;
  if (!a.t.length) return b;
  const m = new Map<number, number>();
  for (let n = 0; n < a.t.length; n++) m.set(a.t[n], a.v[n]);
  for (let n = 0; n < b.t.length; n++) m.set(b.t[n], Math.round(((m.get(b.t[n]) ?? 0) + b.v[n]) * 1e6) / 1e6);
  const t = [...m.keys()].sort((x, y) => x - y);
  return { t, v: t.map((x) => m.get(x) ?? 0) };
}

interface Dimension {
  Name?: string;
  Value?: string;
}
interface MetricDataQuery {
  Id?: string;
  MetricStat?: {
    Metric?: { Namespace?: string; MetricName?: string; Dimensions?: Dimension[] };
    Period?: number;
    Stat?: string;
    Unit?: string;
  };
  Expression?: string;
  Label?: string;
  ReturnData?: boolean;
  Period?: number;
}

const validation = (m: string) => new ApiError('ValidationError', m, 400);

function toSeconds(v: unknown, name: string): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'string') {
    const n = Number(v);
    if (Number.isFinite(n)) return n;
    const d = Date.parse(v);
    if (!Number.isNaN(d)) return d / 1000;
  }
  throw validation(
    `1 validation error detected: Value null at '${name}' failed to satisfy constraint: Member must not be null`,
  );
}

function dayValue(series: MetricSeries, day: number, today: number): number | undefined {
  if (day > today) return undefined;
  if (typeof series === 'number') return series;
  const off = series.length - 1 - (today - day);
  if (off < 0) return undefined;
  const v = series[off];
  return typeof v === 'number' ? v : undefined;
}

/** Datapoints (ascending) for one series between [start, end) seconds with `period`. */
export function seriesDatapoints(
  series: MetricSeries,
  start: number,
  end: number,
  period: number,
  stat: string,
  nowS: number,
  /** Seconds of [a, b) that count (default all): clips a series to the times its calls could succeed. */
  counted?: (a: number, b: number) => number,
): { t: number[]; v: number[] } {
  const today = Math.floor(nowS / DAY);
  const t: number[] = [];
  const v: number[] = [];
  const first = Math.floor(start / period) * period;
  const last = Math.min(end, nowS);
  for (let b = first; b < last; b += period) {
    let sum = 0;
    let has = false;
    let covered = 0;
    const bEnd = b + period;
    for (let d = Math.floor(b / DAY); d * DAY < bEnd; d++) {
      const dv = dayValue(series, d, today);
      if (dv === undefined) continue;
      const lo = Math.max(b, d * DAY);
      const hi = Math.min(bEnd, (d + 1) * DAY);
      const overlap = counted ? (hi > lo ? counted(lo, hi) : 0) : hi - lo;
      if (overlap <= 0) continue;
      has = true;
      covered += overlap;
      sum += (dv * overlap) / DAY;
    }
    if (!has) continue;
    const minutes = Math.max(1, covered / 60);
    let value: number;
    switch (stat) {
      case 'Sum':
        value = sum;
        break;
      case 'SampleCount':
        value = minutes;
        break;
      default: // Average, Maximum, Minimum, percentiles: uniform distribution per minute
        value = sum / minutes;
    }
    t.push(b);
    v.push(Math.round(value * 1e6) / 1e6);
  }
  return { t, v };
}

function validPeriod(p: unknown): p is number {
  return (
    typeof p === 'number' && Number.isInteger(p) && (p % 60 === 0 ? p > 0 : [1, 5, 10, 20, 30].includes(p))
  );
}

const getMetricData: Handler = (ctx) => {
  const j = ctx.json;
  const queries = j.MetricDataQueries as MetricDataQuery[] | undefined;
  if (!Array.isArray(queries) || queries.length === 0)
    throw validation(
      "1 validation error detected: Value null at 'metricDataQueries' failed to satisfy constraint: Member must not be null",
    );
  if (queries.length > 500)
    throw validation('The collection MetricDataQueries must not have a size greater than 500.');
  const start = toSeconds(j.StartTime, 'startTime');
  const end = toSeconds(j.EndTime, 'endTime');
  if (start >= end) throw validation('The parameter StartTime must be less than the parameter EndTime.');
  const ids = new Set<string>();
  queries.forEach((q, n) => {
    if (typeof q.Id !== 'string' || !/^[a-z][a-zA-Z0-9_]*$/.test(q.Id))
      throw validation(
        `The value ${q.Id} for parameter MetricDataQueries.member.${n + 1}.Id is not valid. It must start with a lowercase letter and contain only letters, numbers and underscores.`,
      );
    if (ids.has(q.Id))
      throw validation(
        `The value for field MetricDataQueries.member.${n + 1}.Id must be unique. Duplicate: ${q.Id}`,
      );
    ids.add(q.Id);
    if (!!q.MetricStat === !!q.Expression)
      throw validation(
        `Exactly one element of the MetricStat or the Expression of MetricDataQueries.member.${n + 1} must be set.`,
      );
    if (q.MetricStat && !validPeriod(q.MetricStat.Period))
      throw new ApiError(
        'InvalidParameterValue',
        `The parameter MetricDataQueries.member.${n + 1}.MetricStat.Period must be a multiple of 60 or one of 1, 5, 10, 20, 30.`,
      );
    if (q.MetricStat && !q.MetricStat.Stat)
      throw validation(`The parameter MetricDataQueries.member.${n + 1}.MetricStat.Stat is required.`);
  });
  const maxDp = typeof j.MaxDatapoints === 'number' && j.MaxDatapoints > 0 ? j.MaxDatapoints : 100_800;
  const ascending = j.ScanBy === 'TimestampAscending';
  const fp = fingerprint(
    `${ctx.account}|${ctx.region}|${JSON.stringify([queries, start, end, j.ScanBy, maxDp])}`,
  );
  let qi = 0;
  let di = 0;
  /** A query already split by a PartialData fault (its continuation is not split again). */
  let split = -1;
  if (typeof j.NextToken === 'string') {
    const t = decodeToken(j.NextToken);
    if (t?.k !== 'gmd' || t.f !== fp || typeof t.q !== 'number' || typeof t.d !== 'number')
      throw new ApiError('InvalidNextToken', 'The service returned an invalid or expired NextToken.', 400);
    qi = t.q;
    di = t.d;
    if (typeof t.s === 'number') split = t.s;
  }
  // Answer faults (faults.ts MetricAnswerShape), per query of this call.
  const shapes = ctx.core.faults.takeMetricAnswers(
    ctx,
    queries.map((q) => ({
      instanceId: q.MetricStat?.Metric?.Dimensions?.find((d) => d.Name === 'InstanceId')?.Value,
      metric: q.MetricStat?.Metric?.MetricName,
    })),
  );
  const nowS = Math.floor(ctx.now / 1000);
  const results: unknown[] = [];
  const messages: unknown[] = [];
  let budget = maxDp;
  let next: { q: number; d: number; s?: number } | undefined;
  for (; qi < queries.length; qi++, di = 0) {
    const q = queries[qi];
    if (q.ReturnData === false) continue;
    if (q.Expression) {
      results.push({
        Id: q.Id,
        Label: q.Label ?? q.Id,
        Timestamps: [],
        Values: [],
        StatusCode: 'InternalError',
        Messages: [
          { Code: 'Unsupported', Value: 'Metric math expressions are not supported by the emulator' },
        ],
      });
      continue;
    }
    const ms = q.MetricStat ?? {};
    const metric = ms.Metric ?? {};
    let pts: Points = { t: [], v: [] };
    const name = metric.MetricName;
    const field = name ? METRICS[name] : undefined;
    const dims = metric.Dimensions ?? [];
    if (
      metric.Namespace === 'AWS/EC2' &&
      (field || name === STATUS_CHECK_FAILED) &&
      dims.length === 1 &&
      dims[0].Name === 'InstanceId' &&
      dims[0].Value
    ) {
      const inst = ctx.core.world.instance(ctx.account, ctx.region, dims[0].Value);
      const period = ms.Period ?? 300;
      const stat = ms.Stat ?? 'Sum';
      if (inst && name === STATUS_CHECK_FAILED)
        pts = statusCheckDatapoints(inst, start, end, period, stat, ctx.now);
      else if (inst && field) {
        const series = inst[field];
        const marked = v1CallRate(inst) > 0;
        // An instance still using v1: its successful calls stop while tokens are required.
        const intervals = marked ? tokensIntervals(inst) : [];
        const counted =
          marked && field === 'v1Calls'
            ? (a: number, b: number) =>
                overlapMs(intervals, a * 1000, b * 1000, (x) => x.httpTokens === 'optional') / 1000
            : undefined;
        if (series !== undefined) pts = seriesDatapoints(series, start, end, period, stat, nowS, counted);
        if (marked && field === 'v1Rejected')
          pts = mergePoints(pts, rejectedDatapoints(inst, start, end, period, stat, ctx.now));
      }
    }
    if (!ascending) {
      pts.t.reverse();
      pts.v.reverse();
    }
    const shape = shapes.get(qi);
    const label = q.Label ?? metric.MetricName;
    if (shape && shape !== 'extra-id' && !(shape === 'PartialData' && split === qi)) {
      const answer = shapedResult(shape, q.Id as string, label, pts, di, start);
      if (answer.result) results.push(answer.result);
      if (answer.rest !== undefined) {
        next = { q: qi, d: answer.rest, s: qi };
        break;
      }
      continue;
    }
    if (shape === 'extra-id')
      results.push({
        Id: `${q.Id}_unasked`,
        Label: label,
        Timestamps: [start],
        Values: [0],
        StatusCode: 'Complete',
      });
    const remaining = pts.t.length - di;
    if (remaining > budget) {
      results.push({
        Id: q.Id,
        Label: q.Label ?? metric.MetricName,
        Timestamps: pts.t.slice(di, di + budget),
        Values: pts.v.slice(di, di + budget),
        StatusCode: 'PartialData',
      });
      next = { q: qi, d: di + budget };
      break;
    }
    results.push({
      Id: q.Id,
      Label: q.Label ?? metric.MetricName,
      Timestamps: pts.t.slice(di),
      Values: pts.v.slice(di),
      StatusCode: 'Complete',
    });
    budget -= remaining;
    if (budget === 0 && qi + 1 < queries.length) {
      next = { q: qi + 1, d: 0 };
      break;
    }
  }
  const out: Record<string, unknown> = { MetricDataResults: results, Messages: messages };
  if (next) out.NextToken = encodeToken({ k: 'gmd', f: fp, ...next });
  return out;
};

/**
 * A query's result in a fault's shape (faults.ts MetricAnswerShape), from datapoint `di` on; `rest` is
 * where its continuation page starts (PartialData), `result` undefined when the result is left out.
 */
function shapedResult(
  shape: MetricAnswerShape,
  id: string,
  label: string | undefined,
  pts: Points,
  di: number,
  start: number,
): { result?: Record<string, unknown>; rest?: number } {
  const t = pts.t.slice(di);
  const v = pts.v.slice(di);
  switch (shape) {
    case 'InternalError':
    case 'Forbidden':
      return {
        result: {
          Id: id,
          Label: label,
          Timestamps: [],
          Values: [],
          StatusCode: shape,
          Messages: [
            {
              Code: shape,
              Value:
                shape === 'Forbidden'
                  ? 'You are not authorized to read this metric.'
                  : 'An internal error occurred while retrieving the data.',
            },
          ],
        },
      };
    case 'PartialData': {
      const half = Math.floor(t.length / 2);
      return {
        result: {
          Id: id,
          Label: label,
          Timestamps: t.slice(0, half),
          Values: v.slice(0, half),
          StatusCode: 'PartialData',
        },
        rest: di + half,
      };
    }
    case 'PartialDataEnd':
      return { result: { Id: id, Label: label, Timestamps: [], Values: [], StatusCode: 'PartialData' } };
    case 'missing':
      return {};
    default: {
      // NaN, Infinity, negative: every value replaced, one datapoint at least; doubles as the protocol writes them.
      const bad = shape === 'NaN' ? 'NaN' : shape === 'Infinity' ? 'Infinity' : -1;
      const times = t.length ? t : [start];
      return {
        result: {
          Id: id,
          Label: label,
          Timestamps: times,
          Values: times.map(() => bad),
          StatusCode: 'Complete',
        },
      };
    }
  }
}

const listMetrics: Handler = (ctx) => {
  const j = ctx.json;
  const ns = j.Namespace as string | undefined;
  const name = j.MetricName as string | undefined;
  const dims = (j.Dimensions as Dimension[] | undefined) ?? [];
  const fp = fingerprint(`${ctx.account}|${ctx.region}|${JSON.stringify([ns, name, dims])}`);
  let start = 0;
  if (typeof j.NextToken === 'string') {
    const t = decodeToken(j.NextToken);
    if (t?.k !== 'lm' || t.f !== fp || typeof t.o !== 'number')
      throw new ApiError('InvalidNextToken', 'The service returned an invalid or expired NextToken.', 400);
    start = t.o;
  }
  const all: unknown[] = [];
  if (ns === undefined || ns === 'AWS/EC2') {
    const idFilter = dims.find((d) => d.Name === 'InstanceId');
    const otherDims = dims.some((d) => d.Name !== 'InstanceId');
    if (!otherDims) {
      for (const i of ctx.core.world.region(ctx.account, ctx.region).instances) {
        if (idFilter?.Value !== undefined && idFilter.Value !== i.instanceId) continue;
        for (const [metricName, field] of Object.entries(METRICS)) {
          if (name !== undefined && name !== metricName) continue;
          if (i[field] === undefined && !(field === 'v1Rejected' && v1CallRate(i) > 0)) continue;
          all.push({
            Namespace: 'AWS/EC2',
            MetricName: metricName,
            Dimensions: [{ Name: 'InstanceId', Value: i.instanceId }],
          });
        }
        if (name === undefined || name === STATUS_CHECK_FAILED)
          all.push({
            Namespace: 'AWS/EC2',
            MetricName: STATUS_CHECK_FAILED,
            Dimensions: [{ Name: 'InstanceId', Value: i.instanceId }],
          });
      }
    }
  }
  const out: Record<string, unknown> = { Metrics: all.slice(start, start + 500) };
  if (start + 500 < all.length) out.NextToken = encodeToken({ k: 'lm', f: fp, o: start + 500 });
  return out;
};

export const CLOUDWATCH_HANDLERS: Record<string, Handler> = {
  GetMetricData: getMetricData,
  ListMetrics: listMetrics,
};
