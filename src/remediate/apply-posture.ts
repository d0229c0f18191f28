/**
 * Applying the new-launch half of a plan: account metadata defaults (ModifyInstanceMetadataDefaults,
 * per account per region) and launch templates (CreateLaunchTemplateVersion from the current default
 * version with HttpTokens=required, then ModifyLaunchTemplate to make it the default).
 *
 * The same rules as instances (apply.ts): DryRun per region before anything changes, a fresh read
 * right before each change (drift = the defaults or the default version changed since the plan), a
 * write-ahead `started` intent before each write and one outcome after, RequestLimitExceeded retried
 * by us against a client-side token bucket — ModifyInstanceMetadataDefaults has AWS's smallest bucket
 * (2 burst, 2 per second per account per region); CreateLaunchTemplateVersion / ModifyLaunchTemplate
 * share the mutating bucket (50 burst, 5 per second).
 *
 * Launch templates: a `MetadataOptions` given in `LaunchTemplateData` REPLACES the inherited block
 * (AWS semantics), so every metadata field of the source version is carried over explicitly. Versions
 * are never deleted: rollback only sets the default version back.
 */
import { createHash } from 'node:crypto';
import type {
  LaunchTemplateInstanceMetadataOptionsRequest,
  ModifyInstanceMetadataDefaultsCommandInput,
} from '@aws-sdk/client-ec2';
import pLimit from 'p-limit';
import { awsErrorCode } from '../aws/clients.js';
import { toSdkMetadata } from '../aws/mapping.js';
import { type DefaultVersion, readDefaults, readDefaultVersion } from '../aws/reread.js';
import {
  CreateLaunchTemplateVersionCommand,
  ModifyInstanceMetadataDefaultsCommand,
  ModifyLaunchTemplateCommand,
} from '../aws/sdk.js';
import { errorMessage } from '../log.js';
import {
  applyDefaultsChange,
  DEFAULTS_FIELDS,
  defaultsDrift,
  describeFields,
  METADATA_FIELDS,
} from '../model/metadata.js';
import type { ApplyOutcome, DryRunResult, MetadataOptions, PlanItem, RegionOutcome } from '../model/types.js';
import { type ApplyOptions, emptyCounts, errorFields, groupByRegion, startRegion } from './apply-common.js';
import { type BucketSpec, sendPaced, TokenBucketLimiter } from './pacing.js';

/** EC2's bucket for ModifyInstanceMetadataDefaults, per account per region. */
export const METADATA_DEFAULTS_BUCKET: BucketSpec = { burst: 2, refillPerSecond: 2 };
/** EC2's bucket for other mutating calls (CreateLaunchTemplateVersion, ModifyLaunchTemplate). */
export const MUTATING_BUCKET: BucketSpec = { burst: 50, refillPerSecond: 5 };

export const isPostureItem = (i: PlanItem) => i.kind !== 'instance';

// ───────────────────────────── pure parts ─────────────────────────────

/**
 * The MetadataOptions block of the new version: every field the source version sets, carried over
 * (the block replaces the inherited one), with the change on top. Unset fields stay unset.
 */
export function newVersionMetadata(
  source: MetadataOptions,
  change: MetadataOptions,
): LaunchTemplateInstanceMetadataOptionsRequest {
  return toSdkMetadata(
    { ...source, ...change },
    METADATA_FIELDS,
  ) as LaunchTemplateInstanceMetadataOptionsRequest;
}

/** ModifyInstanceMetadataDefaults input: only the fields that change (`no-preference` / -1 clear one). */
export function defaultsInput(
  change: MetadataOptions,
  dryRun = false,
): ModifyInstanceMetadataDefaultsCommandInput {
  const input: Record<string, unknown> = toSdkMetadata(change, DEFAULTS_FIELDS);
  if (dryRun) input.DryRun = true;
  return input as ModifyInstanceMetadataDefaultsCommandInput;
}

/** Idempotency token for CreateLaunchTemplateVersion: a retried or re-run create returns the same version. */
export function versionClientToken(digest: string, runId: string, templateId: string): string {
  return createHash('sha256').update(`${digest}|${runId}|${templateId}`).digest('hex').slice(0, 64);
}

// ───────────────────────────── pacing ─────────────────────────────

export type PostureLimiters = Map<string, TokenBucketLimiter>;

function limiter(
  limiters: PostureLimiters,
  at: { accountId: string; region: string },
  kind: 'defaults' | 'mutating',
  clock?: () => number,
): TokenBucketLimiter {
  const k = `${at.accountId}/${at.region}/${kind}`;
  let l = limiters.get(k);
  if (!l) {
    l = new TokenBucketLimiter(kind === 'defaults' ? METADATA_DEFAULTS_BUCKET : MUTATING_BUCKET, clock);
    limiters.set(k, l);
  }
  return l;
}

export async function dryRunPosture(
  items: PlanItem[],
  opts: Pick<ApplyOptions, 'clients' | 'maxThrottleRetries' | 'backoffMs' | 'clock'>,
  limiters: PostureLimiters,
): Promise<DryRunResult[]> {
  const results: DryRunResult[] = [];
  await Promise.all(
    groupByRegion(items.filter(isPostureItem)).map(async (group) => {
      const { accountId, region } = group[0];
      const ec2 = opts.clients.write(accountId, region);
      const checks: Array<{
        operation: string;
        kind: 'defaults' | 'mutating';
        send: () => Promise<unknown>;
      }> = [];
      const defaults = group.find((i) => i.kind === 'account-defaults');
      if (defaults) {
        checks.push({
          operation: 'ModifyInstanceMetadataDefaults',
          kind: 'defaults',
          send: () =>
            ec2.send(new ModifyInstanceMetadataDefaultsCommand(defaultsInput(defaults.after, true))),
        });
      }
      const lt = group.find((i) => i.kind === 'launch-template');
      if (lt) {
        if (lt.afterVersion === undefined) {
          checks.push({
            operation: 'CreateLaunchTemplateVersion',
            kind: 'mutating',
            send: () =>
              ec2.send(
                new CreateLaunchTemplateVersionCommand({
                  DryRun: true,
                  LaunchTemplateId: lt.resourceId,
                  SourceVersion: String(lt.beforeVersion),
                  LaunchTemplateData: { MetadataOptions: newVersionMetadata(lt.before, lt.after) },
                }),
              ),
          });
        }
        checks.push({
          operation: 'ModifyLaunchTemplate',
          kind: 'mutating',
          send: () =>
            ec2.send(
              new ModifyLaunchTemplateCommand({
                DryRun: true,
                LaunchTemplateId: lt.resourceId,
                DefaultVersion: String(lt.beforeVersion),
              }),
            ),
        });
      }
      for (const c of checks) {
        const bucket = limiter(limiters, group[0], c.kind, opts.clock);
        const r = await sendPaced(c.send, bucket, {
          ...opts,
          maxTransientRetries: opts.maxThrottleRetries ?? 8,
        });
        const base = { accountId, region, operation: c.operation };
        if (r.ok) {
          results.push({
            ...base,
            ok: false,
            code: 'DryRunIgnored',
            message: 'DryRun call returned success; refusing to trust this endpoint',
          });
        } else if (r.code === 'DryRunOperation') {
          results.push({ ...base, ok: true, code: r.code, message: 'permission confirmed' });
        } else {
          results.push({ ...base, ok: false, code: r.code, message: r.message });
        }
      }
    }),
  );
  return results.sort((a, b) => `${a.accountId}/${a.region}`.localeCompare(`${b.accountId}/${b.region}`));
}

// ───────────────────────────── apply ─────────────────────────────

/** Applies the launch-template and account-default items (after DryRun has passed). Never throws for one item. */
export async function applyPostureItems(
  items: PlanItem[],
  opts: ApplyOptions,
  limiters: PostureLimiters = new Map(),
): Promise<ApplyOutcome> {
  const clock = opts.clock ?? (() => performance.now());
  const started = clock();
  const regionLimit = pLimit(opts.regionConcurrency ?? 32);
  const regions = await Promise.all(
    groupByRegion(items.filter(isPostureItem)).map((group) =>
      regionLimit(() => applyRegion(group, opts, limiters)),
    ),
  );
  const counts = emptyCounts();
  for (const r of regions)
    for (const k of Object.keys(counts) as Array<keyof typeof counts>) counts[k] += r.counts[k];
  return { regions, counts, durationMs: clock() - started };
}

type RegionRun = ReturnType<typeof startRegion> & { opts: ApplyOptions; limiters: PostureLimiters };

async function applyRegion(
  group: PlanItem[],
  opts: ApplyOptions,
  limiters: PostureLimiters,
): Promise<RegionOutcome> {
  const run: RegionRun = { ...startRegion(group, opts), opts, limiters };
  // Templates in a region run one after another (few per region; the mutating bucket paces them).
  for (const item of group) {
    if (item.kind === 'account-defaults') await applyDefaults(run, item);
    else await applyTemplate(run, item);
  }
  return run.finish();
}

/** Account defaults: re-read, judge drift, change, and confirm an ambiguous answer by re-reading. */
async function applyDefaults(run: RegionRun, item: PlanItem): Promise<void> {
  const { accountId, region, out, read, write, record, opts, limiters } = run;
  const failure = (e: unknown) => errorFields(awsErrorCode(e), errorMessage(e));
  let now: Awaited<ReturnType<typeof readDefaults>>;
  try {
    now = await readDefaults(read, accountId, region);
  } catch (e) {
    const f = failure(e);
    record(
      item,
      'skipped',
      {},
      {},
      { ...f, errorMessage: `could not re-read the account defaults: ${f.errorMessage}` },
    );
    return;
  }
  if (now.managedBy === 'declarative-policy') {
    record(item, 'skipped', now.state, now.state, {
      errorCode: 'DeclarativePolicy',
      errorMessage:
        'the account defaults are now managed by a declarative policy and cannot be changed from the account',
    });
    return;
  }
  const drift = defaultsDrift(item.before, now.state);
  if (drift.length) {
    record(item, 'drifted', now.state, now.state, {
      errorCode: 'Drifted',
      errorMessage: `changed since the plan: ${drift.map((f) => `${f} ${String(item.before[f] ?? 'unset')} → ${String(now.state[f] ?? 'unset')}`).join(', ')}`,
    });
    return;
  }
  const target = applyDefaultsChange(now.state, item.after);
  record(item, 'started', now.state, target);
  const bucket = limiter(limiters, item, 'defaults', opts.clock);
  const r = await sendPaced(
    () => write.send(new ModifyInstanceMetadataDefaultsCommand(defaultsInput(item.after))),
    bucket,
    opts,
    out,
  );
  if (r.ok) {
    record(item, 'applied', now.state, target);
    return;
  }
  if (r.ambiguous) {
    try {
      const again = await readDefaults(read, accountId, region);
      if (defaultsDrift(target, again.state).length === 0) {
        record(item, 'applied', now.state, target, {
          errorCode: r.code,
          errorMessage: `applied (confirmed by re-read after: ${r.message})`,
        });
        return;
      }
    } catch (e) {
      record(item, 'unknown', now.state, target, {
        errorCode: r.code,
        errorMessage: `outcome unknown: ${r.message}; the confirming re-read failed too (${errorMessage(e)}). The next apply or rollback re-reads it.`,
      });
      return;
    }
  }
  record(item, 'failed', now.state, now.state, {
    errorCode: r.code,
    errorMessage: `${r.message} (wanted ${describeFields(item.after)})`,
  });
}

/** A launch template: a new default version with the change (or back to the recorded one). */
async function applyTemplate(run: RegionRun, item: PlanItem): Promise<void> {
  const { out, read, write, record, opts, limiters } = run;
  const failure = (e: unknown) => errorFields(awsErrorCode(e), errorMessage(e));
  let cur: DefaultVersion | undefined;
  try {
    cur = await readDefaultVersion(read, item.resourceId);
  } catch (e) {
    const f = failure(e);
    record(
      item,
      'skipped',
      {},
      {},
      { ...f, errorMessage: `could not re-read the launch template: ${f.errorMessage}` },
    );
    return;
  }
  if (!cur) {
    record(
      item,
      'skipped',
      {},
      {},
      {
        errorCode: 'InvalidLaunchTemplateId.NotFound',
        errorMessage: 'the launch template no longer exists',
      },
    );
    return;
  }
  const v = { beforeVersion: cur.version, afterVersion: cur.version };
  if (cur.version !== item.beforeVersion) {
    record(item, 'drifted', cur.metadata, cur.metadata, {
      ...v,
      errorCode: 'Drifted',
      errorMessage: `the default version changed since the plan: ${item.beforeVersion} → ${cur.version}`,
    });
    return;
  }
  const bucket = limiter(limiters, item, 'mutating', opts.clock);
  const rollback = item.afterVersion !== undefined;
  const target = rollback ? item.after : { ...cur.metadata, ...item.after };
  let newVersion = item.afterVersion;
  if (!rollback) {
    record(item, 'started', cur.metadata, target, { beforeVersion: cur.version });
    const created = await sendPaced(
      () =>
        write.send(
          new CreateLaunchTemplateVersionCommand({
            LaunchTemplateId: item.resourceId,
            SourceVersion: String(cur.version),
            VersionDescription: `imds-guard: ${describeFields(item.after)} (run ${opts.base.runId})`.slice(
              0,
              255,
            ),
            LaunchTemplateData: { MetadataOptions: newVersionMetadata(cur.metadata, item.after) },
            ClientToken: versionClientToken(opts.base.planDigest, opts.base.runId, item.resourceId),
          }),
        ),
      bucket,
      opts,
      out,
    );
    newVersion = created.ok ? created.value.LaunchTemplateVersion?.VersionNumber : undefined;
    if (!created.ok || newVersion === undefined) {
      record(item, 'failed', cur.metadata, cur.metadata, {
        ...v,
        errorCode: created.ok ? 'NoVersion' : created.code,
        errorMessage: `CreateLaunchTemplateVersion: ${created.ok ? 'no version number in the answer' : created.message}`,
      });
      return;
    }
  }
  // Second intent: now the new default version is known (the reconciler compares against it).
  record(item, 'started', cur.metadata, target, { beforeVersion: cur.version, afterVersion: newVersion });
  const set = await sendPaced(
    () =>
      write.send(
        new ModifyLaunchTemplateCommand({
          LaunchTemplateId: item.resourceId,
          DefaultVersion: String(newVersion),
        }),
      ),
    bucket,
    opts,
    out,
  );
  const done = { beforeVersion: cur.version, afterVersion: newVersion };
  if (set.ok) {
    record(item, 'applied', cur.metadata, target, done);
    return;
  }
  if (set.ambiguous) {
    try {
      const again = await readDefaultVersion(read, item.resourceId);
      if (again?.version === newVersion) {
        record(item, 'applied', cur.metadata, target, {
          ...done,
          errorCode: set.code,
          errorMessage: `applied (confirmed by re-read after: ${set.message})`,
        });
        return;
      }
    } catch (e) {
      record(item, 'unknown', cur.metadata, target, {
        ...done,
        errorCode: set.code,
        errorMessage: `outcome unknown: ${set.message}; the confirming re-read failed too (${errorMessage(e)}). The next apply or rollback re-reads it.`,
      });
      return;
    }
  }
  record(item, 'failed', cur.metadata, cur.metadata, {
    ...v,
    errorCode: set.code,
    errorMessage: `ModifyLaunchTemplate: ${set.message}${rollback ? '' : ` (version ${newVersion} was created but is not the default)`}`,
  });
}
