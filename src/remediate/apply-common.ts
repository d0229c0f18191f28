/**
 * What applying instances and applying launch templates / account defaults share: the clients and
 * options, grouping by (account, region), the counters, and the region-start that writes each change
 * record through the caller's write-ahead `onRecord`.
 */
import type { EC2Client } from '@aws-sdk/client-ec2';
import type { Log } from '../log.js';
import type {
  ChangeRecord,
  ChangeRecordResult,
  ChangeResult,
  MetadataOptions,
  PlanItem,
  RegionOutcome,
} from '../model/types.js';
import type { BucketSpec } from './pacing.js';

export interface ApplyClients {
  /** For DescribeInstances (SDK retries allowed: reads are idempotent). */
  read: (accountId: string, region: string) => EC2Client;
  /** For ModifyInstanceMetadataOptions: must make ONE attempt per send (we retry, and count). */
  write: (accountId: string, region: string) => EC2Client;
}

export interface ApplyOptions {
  clients: ApplyClients;
  log: Log;
  now: () => Date;
  /**
   * Called with a `started` intent right before an instance's first modify call, and once with its
   * final outcome. Must be synchronous and durable when it returns (append + fsync there): the modify
   * call is sent only after it returns.
   */
  onRecord: (record: ChangeRecord) => void;
  base: Pick<ChangeRecord, 'runId' | 'runUrl' | 'actor' | 'mode' | 'planDigest'>;
  bucket?: BucketSpec;
  /** Instances re-read per DescribeInstances, right before they are modified. */
  rereadBatch?: number;
  /** Modify calls in flight per region (the bucket, not this, sets the pace). */
  concurrencyPerRegion?: number;
  /** Regions (account × region) applied at once. */
  regionConcurrency?: number;
  maxThrottleRetries?: number;
  maxTransientRetries?: number;
  /** Base for transient-error backoff, ms. */
  backoffMs?: number;
  clock?: () => number;
}

export function groupByRegion(items: PlanItem[]): PlanItem[][] {
  const groups = new Map<string, PlanItem[]>();
  for (const it of items) {
    const k = `${it.accountId}/${it.region}`;
    const g = groups.get(k);
    if (g) g.push(it);
    else groups.set(k, [it]);
  }
  return [...groups.values()];
}

export const emptyCounts = (): Record<ChangeResult, number> => ({
  applied: 0,
  failed: 0,
  drifted: 0,
  unknown: 0,
  skipped: 0,
});

/** What a region's apply starts with, instances or posture: its counters, clients and record writer. */
export function startRegion(group: PlanItem[], opts: ApplyOptions) {
  const { accountId, region } = group[0];
  const clock = opts.clock ?? (() => performance.now());
  const started = clock();
  const out: RegionOutcome = {
    accountId,
    region,
    counts: emptyCounts(),
    durationMs: 0,
    modifyCalls: 0,
    throttled: 0,
  };
  /** Writes one change record (the caller's onRecord appends and fsyncs it) and counts outcomes. */
  const record = (
    item: PlanItem,
    result: ChangeRecordResult,
    before: MetadataOptions,
    after: MetadataOptions,
    extra: Partial<ChangeRecord> = {},
  ) => {
    opts.onRecord({
      time: opts.now().toISOString(),
      ...opts.base,
      kind: item.kind,
      accountId,
      region,
      resourceId: item.resourceId,
      before,
      after,
      result,
      ...extra,
    });
    if (result !== 'started') out.counts[result]++;
  };
  const finish = (): RegionOutcome => {
    out.durationMs = clock() - started;
    return out;
  };
  return {
    accountId,
    region,
    out,
    read: opts.clients.read(accountId, region),
    write: opts.clients.write(accountId, region),
    record,
    finish,
  };
}

export const errorFields = (code: string, message: string) => ({ errorCode: code, errorMessage: message });
