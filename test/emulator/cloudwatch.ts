// CloudWatch (awsJson1_0, awsQueryCompatible): GetMetricData, ListMetrics for AWS/EC2 IMDS metrics.

import type { Ctx } from './context.js';
import { ApiError } from './errors.js';
import { decodeToken, encodeToken, fingerprint } from './query.js';
import type { Instance, MetricSeries } from './world.js';

type Handler = (ctx: Ctx) => unknown;

const DAY = 86_400;
const METRICS: Record<string, keyof Pick<Instance, 'v1Calls' | 'v1Rejected'>> = {
  MetadataNoToken: 'v1Calls',
  MetadataNoTokenRejected: 'v1Rejected',
};

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
      const overlap = Math.min(bEnd, (d + 1) * DAY) - Math.max(b, d * DAY);
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
  if (typeof j.NextToken === 'string') {
    const t = decodeToken(j.NextToken);
    if (t?.k !== 'gmd' || t.f !== fp || typeof t.q !== 'number' || typeof t.d !== 'number')
      throw new ApiError('InvalidNextToken', 'The service returned an invalid or expired NextToken.', 400);
    qi = t.q;
    di = t.d;
  }
  const nowS = Math.floor(ctx.now / 1000);
  const results: unknown[] = [];
  const messages: unknown[] = [];
  let budget = maxDp;
  let next: { q: number; d: number } | undefined;
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
    let pts = { t: [] as number[], v: [] as number[] };
    const field = metric.MetricName ? METRICS[metric.MetricName] : undefined;
    const dims = metric.Dimensions ?? [];
    if (
      metric.Namespace === 'AWS/EC2' &&
      field &&
      dims.length === 1 &&
      dims[0].Name === 'InstanceId' &&
      dims[0].Value
    ) {
      const inst = ctx.core.world.instance(ctx.account, ctx.region, dims[0].Value);
      const series = inst?.[field];
      if (series !== undefined)
        pts = seriesDatapoints(series, start, end, ms.Period ?? 300, ms.Stat ?? 'Sum', nowS);
    }
    if (!ascending) {
      pts.t.reverse();
      pts.v.reverse();
    }
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
          if (i[field] === undefined) continue;
          all.push({
            Namespace: 'AWS/EC2',
            MetricName: metricName,
            Dimensions: [{ Name: 'InstanceId', Value: i.instanceId }],
          });
        }
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
