/**
 * Applying a plan to AWS: prove the permission (DryRun per region), then per instance re-read the
 * state, skip drifted ones, and ModifyInstanceMetadataOptions with only the fields that change.
 *
 * Regions run in parallel; within an (account, region) calls are paced by a token bucket matching
 * EC2's bucket for this call (burst 100, 5 per second), and RequestLimitExceeded is retried by us
 * (the write client makes a single attempt per send), so a retried call can never yield a second
 * change record. Write-ahead: `onRecord` gets a `started` intent (before-state + intended after-state)
 * BEFORE the first modify call of an instance, and exactly one outcome record after its final outcome,
 * so a crash with the answer on the wire leaves an intent the next run reconciles (reconcile.ts).
 */
import type { EC2Client, ModifyInstanceMetadataOptionsCommandInput } from '@aws-sdk/client-ec2';
import pLimit from 'p-limit';
import { awsErrorCode } from '../aws/clients.js';
import { toSdkMetadata } from '../aws/mapping.js';
import { rereadInstances } from '../aws/reread.js';
import { ModifyInstanceMetadataOptionsCommand } from '../aws/sdk.js';
import { errorMessage } from '../log.js';
import { describeFields, driftOf, METADATA_FIELDS, settingsOf } from '../model/metadata.js';
import type {
  ApplyOutcome,
  ChangeResult,
  DryRunResult,
  Instance,
  MetadataOptions,
  PlanItem,
  RegionOutcome,
} from '../model/types.js';
import { type ApplyOptions, emptyCounts, errorFields, groupByRegion, startRegion } from './apply-common.js';
import {
  isTransient,
  MODIFY_METADATA_BUCKET,
  type SendResult,
  sendPaced,
  sleep,
  THROTTLE_CODES,
  TokenBucketLimiter,
} from './pacing.js';

// ───────────────────────────── calls ─────────────────────────────

/** The ModifyInstanceMetadataOptions input: the instance and only the fields that change. */
export function modifyInput(
  instanceId: string,
  change: MetadataOptions,
  dryRun = false,
): ModifyInstanceMetadataOptionsCommandInput {
  const input: Record<string, unknown> = {
    InstanceId: instanceId,
    ...toSdkMetadata(change, METADATA_FIELDS),
  };
  if (dryRun) input.DryRun = true;
  return input as unknown as ModifyInstanceMetadataOptionsCommandInput;
}

/**
 * One DryRun ModifyInstanceMetadataOptions per (account, region), on a real planned instance with
 * its real change: `DryRunOperation` proves the permission; anything else refuses the apply.
 */
export async function dryRunRegions(
  items: PlanItem[],
  opts: Pick<ApplyOptions, 'clients' | 'log' | 'maxThrottleRetries' | 'backoffMs'>,
  limiters?: Map<string, TokenBucketLimiter>,
): Promise<DryRunResult[]> {
  return Promise.all(
    groupByRegion(items).map(async (group) => {
      const { accountId, region } = group[0];
      const ec2 = opts.clients.write(accountId, region);
      const limiter = limiters?.get(`${accountId}/${region}`);
      const cmd = () =>
        new ModifyInstanceMetadataOptionsCommand(modifyInput(group[0].resourceId, group[0].after, true));
      for (let attempt = 0; ; attempt++) {
        await limiter?.take();
        try {
          await ec2.send(cmd());
          // A DryRun that "succeeds" did not run dry: never expected from EC2.
          return {
            accountId,
            region,
            ok: false,
            code: 'DryRunIgnored',
            message: 'DryRun call returned success; refusing to trust this endpoint',
          };
        } catch (e) {
          const code = awsErrorCode(e);
          if (code === 'DryRunOperation')
            return { accountId, region, ok: true, code, message: 'permission confirmed' };
          if ((THROTTLE_CODES.has(code) || isTransient(e)) && attempt < (opts.maxThrottleRetries ?? 8)) {
            limiter?.drain();
            await sleep(Math.min(2000, (opts.backoffMs ?? 200) * 2 ** attempt));
            continue;
          }
          return { accountId, region, ok: false, code, message: errorMessage(e) };
        }
      }
    }),
  );
}

/** Applies every item (after DryRun has passed). Never throws for one instance's failure. */
export async function applyItems(
  items: PlanItem[],
  opts: ApplyOptions,
  limiters = new Map<string, TokenBucketLimiter>(),
): Promise<ApplyOutcome> {
  const clock = opts.clock ?? (() => performance.now());
  const started = clock();
  const regionLimit = pLimit(opts.regionConcurrency ?? 32);
  const regions = await Promise.all(
    groupByRegion(items).map((group) =>
      regionLimit(() => applyRegion(group, opts, limiterFor(limiters, group[0], opts))),
    ),
  );
  const counts = emptyCounts();
  for (const r of regions) for (const k of Object.keys(counts) as ChangeResult[]) counts[k] += r.counts[k];
  return { regions, counts, durationMs: clock() - started };
}

export function limiterFor(
  limiters: Map<string, TokenBucketLimiter>,
  at: { accountId: string; region: string },
  opts: Pick<ApplyOptions, 'bucket' | 'clock'>,
): TokenBucketLimiter {
  const k = `${at.accountId}/${at.region}`;
  let l = limiters.get(k);
  if (!l) {
    l = new TokenBucketLimiter(opts.bucket ?? MODIFY_METADATA_BUCKET, opts.clock);
    limiters.set(k, l);
  }
  return l;
}

async function applyRegion(
  group: PlanItem[],
  opts: ApplyOptions,
  limiter: TokenBucketLimiter,
): Promise<RegionOutcome> {
  const { accountId, region, out, read, write, record, finish } = startRegion(group, opts);
  const batch = opts.rereadBatch ?? 100;
  const inFlight = pLimit(opts.concurrencyPerRegion ?? 16);

  for (let off = 0; off < group.length; off += batch) {
    const chunk = group.slice(off, off + batch);
    let state: Awaited<ReturnType<typeof rereadInstances>>;
    try {
      state = await rereadInstances(
        read,
        accountId,
        region,
        chunk.map((i) => i.resourceId),
      );
    } catch (e) {
      // Without a fresh read we cannot rule out drift: change nothing in this chunk.
      const err = errorFields(
        awsErrorCode(e),
        `could not re-read the instance before changing it: ${errorMessage(e)}`,
      );
      opts.log.warning(
        `${region}: ${err.errorCode} re-reading ${chunk.length} instance(s); they are skipped`,
      );
      for (const item of chunk) record(item, 'skipped', {}, {}, err);
      continue;
    }
    await Promise.all(
      chunk.map((item) =>
        inFlight(async () => {
          const inst = state.found.get(item.resourceId);
          if (!inst || state.missing.has(item.resourceId)) {
            record(
              item,
              'skipped',
              {},
              {},
              errorFields('InvalidInstanceID.NotFound', 'the instance no longer exists'),
            );
            return;
          }
          const current = settingsOf(inst.metadata);
          if (inst.state === 'terminated' || inst.state === 'shutting-down') {
            record(
              item,
              'skipped',
              current,
              current,
              errorFields('IncorrectInstanceState', `the instance is ${inst.state}`),
            );
            return;
          }
          const drift = driftOf(item.before, current);
          if (drift.length) {
            record(
              item,
              'drifted',
              current,
              current,
              errorFields(
                'Drifted',
                `changed since the plan: ${drift.map((f) => `${f} ${String(item.before[f])} → ${String(current[f])}`).join(', ')}`,
              ),
            );
            return;
          }
          const target = { ...current, ...settingsOf(item.after) };
          // Write-ahead: the intent is on disk before the request leaves.
          record(item, 'started', current, target);
          const result = await modifyWithRetry(write, item, limiter, opts, out);
          if (result.ok) {
            record(item, 'applied', current, target);
            return;
          }
          // An ambiguous failure (connection lost, 5xx) may still have changed the instance: settle it
          // by reading, so the log says what AWS did.
          if (result.ambiguous) {
            let now: Instance | undefined;
            try {
              now = (await rereadInstances(read, accountId, region, [item.resourceId])).found.get(
                item.resourceId,
              );
            } catch (e) {
              // Neither the answer nor the re-read: AWS may have applied it. Recorded as unknown, with the
              // intended after-state, so the next run re-reads it and rollback can restore it.
              record(
                item,
                'unknown',
                current,
                target,
                errorFields(
                  result.code,
                  `outcome unknown: ${result.message}; the confirming re-read failed too (${errorMessage(e)}). The next apply or rollback re-reads it.`,
                ),
              );
              return;
            }
            if (now && driftOf(target, settingsOf(now.metadata)).length === 0) {
              record(
                item,
                'applied',
                current,
                target,
                errorFields(result.code, `applied (confirmed by re-read after: ${result.message})`),
              );
              return;
            }
          }
          record(
            item,
            'failed',
            current,
            current,
            errorFields(result.code, `${result.message} (wanted ${describeFields(item.after)})`),
          );
        }),
      ),
    );
  }
  return finish();
}

function modifyWithRetry(
  ec2: EC2Client,
  item: PlanItem,
  limiter: TokenBucketLimiter,
  opts: ApplyOptions,
  out: RegionOutcome,
): Promise<SendResult<unknown>> {
  return sendPaced(
    () => ec2.send(new ModifyInstanceMetadataOptionsCommand(modifyInput(item.resourceId, item.after))),
    limiter,
    opts,
    out,
  );
}

// ───────────────────────────── DryRun ─────────────────────────────

/**
 * Per (account, region) with posture items: a DryRun of every write that region's items will make —
 * ModifyInstanceMetadataDefaults with the real change; CreateLaunchTemplateVersion (apply) and
 * ModifyLaunchTemplate on a real planned template. `DryRunOperation` proves the permission.
 */
