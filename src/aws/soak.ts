/**
 * Soak evidence (issue 12), read-only: after a wave requires IMDSv2, what broke? CloudWatch `AWS/EC2`
 * per instance (dimension InstanceId), over the window from the wave's first change to now:
 *   - `MetadataNoTokenRejected` (Sum): IMDSv1 calls refused since tokens became required;
 *   - `StatusCheckFailed` (Maximum per period): the instance failed a status check.
 * Two queries per instance, batched like readiness: up to 500 queries per GetMetricData per
 * (account, region), paginated by NextToken. A region whose metrics cannot be read gives each of its
 * instances `{error}`: unknown is not healthy.
 */
import type { CloudWatchClient, MetricDataQuery } from '@aws-sdk/client-cloudwatch';
import pLimit from 'p-limit';
import type { Log } from '../log.js';
import { errorMessage } from '../log.js';
import { awsErrorCode } from './clients.js';
import { MAX_QUERIES_PER_CALL, metricValues } from './readiness.js';

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

export type SoakReading =
  | (SoakWindow & { rejected: number; statusCheckFailed: number })
  | (SoakWindow & { error: string });

export interface SoakOptions {
  /** The wave's first change. */
  from: Date;
  now: Date;
  cloudwatch: (accountId: string, region: string) => CloudWatchClient;
  log: Log;
  concurrency?: number;
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

const sum = (xs: readonly number[] | undefined) => (xs ?? []).reduce((a, b) => a + b, 0);

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
            const values = await metricValues(
              cw,
              soakQueries(ids, periodSeconds),
              { start, end, scanBy: 'TimestampAscending' },
              () => calls++,
            );
            const rejected = new Map(ids.map((id, n) => [id, sum(values.get(`r${n}`))]));
            // Maximum per period is 0 or 1: counted, the number of periods with a failed check.
            const failed = new Map(
              ids.map((id, n) => [id, (values.get(`s${n}`) ?? []).filter((v) => v > 0).length]),
            );
            for (const id of ids) {
              readings.set(id, {
                ...window,
                rejected: Math.round(rejected.get(id) ?? 0),
                statusCheckFailed: failed.get(id) ?? 0,
              });
            }
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
