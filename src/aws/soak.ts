/**
 * Soak evidence, read-only: after a wave requires IMDSv2, what broke? CloudWatch `AWS/EC2`
 * per instance (dimension InstanceId), over the window from the wave's first change to now:
 *   - `MetadataNoTokenRejected` (Sum): IMDSv1 calls refused since tokens became required;
 *   - `StatusCheckFailed` (Maximum per period): the instance failed a status check.
 * Two queries per instance, batched like readiness: up to 500 queries per GetMetricData per
 * (account, region), paginated by NextToken. A region whose metrics cannot be read gives each of its
 * instances `{error}`, and a query CloudWatch did not answer `Complete` gives its instance `unknown`
 * (readiness.ts judgeAnswer): unknown is not healthy.
 */
import type { CloudWatchClient, MetricDataQuery } from '@aws-sdk/client-cloudwatch';
import type { EC2Client } from '@aws-sdk/client-ec2';
import pLimit from 'p-limit';
import type { Log } from '../log.js';
import { errorMessage } from '../log.js';
import { awsErrorCode } from './clients.js';
import { type MetricTiming, publishedAfter } from './metric-timing.js';
import { judgeAnswer, MAX_QUERIES_PER_CALL, metricValues, type QueryReading } from './readiness.js';
import { DescribeInstancesCommand } from './sdk.js';

export interface SoakTarget {
  accountId: string;
  region: string;
  instanceId: string;
}

export interface SoakWindow {
  /** ISO 8601, whole minutes: the window read. */
  from: string;
  to: string;
  periodSeconds: number;
}

/**
 * One instance's soak: the refused calls and failed status-check periods read, and `unknown` when the
 * window cannot show it healthy (a query CloudWatch did not answer `Complete` with counts, or no
 * complete period after the last change published yet); or `error` when the read failed. A refusal or
 * failed check that was read is a breakage even when the rest is unknown.
 */
export type SoakReading =
  | (SoakWindow & { rejected: number; statusCheckFailed: number; unknown?: string })
  | (SoakWindow & { error: string });

export interface SoakOptions {
  /** The wave's first change. */
  from: Date;
  now: Date;
  cloudwatch: (accountId: string, region: string) => CloudWatchClient;
  log: Log;
  concurrency?: number;
  /**
   * When given, an instance is healthy only once the window holds a complete period after the wave's
   * last change, published: `periods` per instance (monitoringPeriod; absent = basic).
   */
  complete?: { lastChange: Date; periods: Map<string, number>; timing: MetricTiming };
}

const MINUTE = 60_000;

/**
 * The window and period: whole minutes from the change (floored) to now (rounded up); the period a
 * multiple of 60 s with at most ~60 datapoints per query over a 5.5 h soak.
 */
export function soakWindow(from: Date, now: Date): { start: Date; end: Date; periodSeconds: number } {
  const start = new Date(Math.floor(from.getTime() / MINUTE) * MINUTE);
  const end = new Date(Math.max(start.getTime() + MINUTE, Math.ceil(now.getTime() / MINUTE) * MINUTE));
  const minutes = (end.getTime() - start.getTime()) / MINUTE;
  return { start, end, periodSeconds: 60 * Math.max(1, Math.ceil(minutes / 60)) };
}

export function soakQueries(instanceIds: string[], periodSeconds: number): MetricDataQuery[] {
  return instanceIds.flatMap((id, n) => [
    {
      Id: `r${n}`,
      MetricStat: {
        Metric: {
          Namespace: 'AWS/EC2',
          MetricName: 'MetadataNoTokenRejected',
          Dimensions: [{ Name: 'InstanceId', Value: id }],
        },
        Period: periodSeconds,
        Stat: 'Sum',
      },
      ReturnData: true,
    },
    {
      Id: `s${n}`,
      MetricStat: {
        Metric: {
          Namespace: 'AWS/EC2',
          MetricName: 'StatusCheckFailed',
          Dimensions: [{ Name: 'InstanceId', Value: id }],
        },
        Period: periodSeconds,
        Stat: 'Maximum',
      },
      ReturnData: true,
    },
  ]);
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

/** MetadataNoTokenRejected and StatusCheckFailed of every target over [from, now]. */
export async function readSoak(
  targets: SoakTarget[],
  opts: SoakOptions,
): Promise<{ readings: Map<string, SoakReading>; calls: number }> {
  const { start, end, periodSeconds } = soakWindow(opts.from, opts.now);
  const window: SoakWindow = { from: start.toISOString(), to: end.toISOString(), periodSeconds };
  const readings = new Map<string, SoakReading>();
  const groups = new Map<string, SoakTarget[]>();
  for (const t of targets) {
    const k = `${t.accountId}/${t.region}`;
    groups.set(k, [...(groups.get(k) ?? []), t]);
  }
  const perCall = Math.floor(MAX_QUERIES_PER_CALL / 2);
  let calls = 0;
  const limit = pLimit(opts.concurrency ?? 8);
  await Promise.all(
    [...groups.values()].map((group) =>
      limit(async () => {
        const { accountId, region } = group[0];
        const cw = opts.cloudwatch(accountId, region);
        for (let off = 0; off < group.length; off += perCall) {
          const ids = group.slice(off, off + perCall).map((t) => t.instanceId);
          try {
            const answer = await metricValues(
              cw,
              soakQueries(ids, periodSeconds),
              { start, end, scanBy: 'TimestampAscending' },
              () => calls++,
            );
            const judged = judgeAnswer(
              ids.flatMap((_, n) => [`r${n}`, `s${n}`]),
              answer,
            );
            ids.forEach((id, n) => {
              const r = judged.get(`r${n}`) as QueryReading;
              const s = judged.get(`s${n}`) as QueryReading;
              const unknown = [
                'values' in r ? undefined : `MetadataNoTokenRejected: ${r.unknown}`,
                'values' in s ? undefined : `StatusCheckFailed: ${s.unknown}`,
              ].filter((x): x is string => x !== undefined);
              const reading: SoakReading = {
                ...window,
                rejected: 'values' in r ? Math.round(sum(r.values)) : 0,
                // Maximum per period is 0 or 1: counted, the number of periods with a failed check.
                statusCheckFailed: 'values' in s ? s.values.filter((v) => v > 0).length : 0,
              };
              if (unknown.length) reading.unknown = unknown.join('; ');
              else {
                const late = incomplete(id, opts);
                if (late) reading.unknown = late;
              }
              readings.set(id, reading);
            });
          } catch (e) {
            const error = `${awsErrorCode(e)}: ${errorMessage(e)}`;
            opts.log.warning(
              `${region} (account ${accountId}): could not read MetadataNoTokenRejected/StatusCheckFailed — ${error}. ${ids.length} instance(s) cannot be verified.`,
            );
            for (const id of ids) readings.set(id, { ...window, error });
          }
        }
      }),
    ),
  );
  return { readings, calls };
}

/** Why the window cannot yet show an instance healthy (no complete period after the last change), or undefined. */
function incomplete(id: string, opts: SoakOptions): string | undefined {
  const c = opts.complete;
  if (!c) return undefined;
  const period = c.periods.get(id) ?? c.timing.basicPeriodSeconds;
  const ready = publishedAfter(c.lastChange, period, c.timing);
  if (opts.now.getTime() >= ready.getTime()) return undefined;
  return `the window holds no complete ${period} s period after the last change (${c.lastChange.toISOString()}) that CloudWatch has published yet (${monitoringWords(period, c.timing)}; complete at ${ready.toISOString()})`;
}

const monitoringWords = (period: number, t: MetricTiming) =>
  `${period === t.detailedPeriodSeconds && period !== t.basicPeriodSeconds ? 'detailed' : 'basic'} monitoring, ${period} s periods, published up to ${t.publishDelaySeconds} s late`;

// ─────────────────────────── monitoring: the metric period ───────────────────────────

/**
 * `Monitoring.State` of instances, read with DescribeInstances (by id, 1,000 per call). An instance
 * whose state cannot be read is left out: it counts as basic monitoring, the longer period (a longer
 * wait, never an early verdict).
 */
export async function readMonitoring(
  ec2: EC2Client,
  ids: readonly string[],
  log: Log,
): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (let off = 0; off < ids.length; off += 1000) {
    const chunk = ids.slice(off, off + 1000);
    try {
      const res = await ec2.send(new DescribeInstancesCommand({ InstanceIds: [...chunk] }));
      for (const r of res.Reservations ?? [])
        for (const i of r.Instances ?? [])
          if (i.InstanceId && i.Monitoring?.State) out.set(i.InstanceId, i.Monitoring.State);
    } catch (e) {
      log.info(
        `Could not read the monitoring state of ${chunk.length} instance(s) (${awsErrorCode(e)}: ${errorMessage(e)}); their soak waits for a basic-monitoring period.`,
      );
    }
  }
  return out;
}
