/**
 * The machinery of one apply or rollback run, assembled in one place: the per-account clients (reads
 * with the SDK's retries, writes with one attempt per send), the write-ahead change log, the reconcile
 * readers, the DryRun proofs, and applying — in one batch or wave by wave. The pipeline
 * (src/pipeline/apply.ts) decides whether to run and reports; this does the run.
 */
import type { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { type AwsSession, ClientFactory, sessionOf } from '../aws/clients.js';
import { EC2_METRIC_TIMING, metricTiming } from '../aws/metric-timing.js';
import { readDefaults, readDefaultVersion, rereadInstances } from '../aws/reread.js';
import type { Log } from '../log.js';
import { settingsOf } from '../model/metadata.js';
import type { ApplyOutcome, ChangeRecord, DryRunResult, Plan, PlanItem } from '../model/types.js';
import type { ApplyClients, ApplyOptions } from './apply-common.js';
import { applyItems, dryRunRegions, limiterFor } from './apply-instances.js';
import { applyPostureItems, dryRunPosture, isPostureItem, type PostureLimiters } from './apply-posture.js';
import { ChangeLogWriter, provenanceOf, unresolvedIntents } from './changelog.js';
import { mergeOutcomes, zeroOutcome } from './outcome.js';
import type { TokenBucketLimiter } from './pacing.js';
import { reconcileIntents } from './reconcile.js';
import { runWaves, soakPreflight, type WaveRunResult } from './waves.js';

export interface ExecutionContext {
  mode: 'apply' | 'rollback';
  plan: Plan;
  /** The signed-in session: the plan's account. */
  session: AwsSession & { accountId: string };
  /** Read clients (SDK retries on). */
  clients: ClientFactory;
  /** Absolute path of the change log, and the workspace it must stay in. */
  changelogPath: string;
  workspace: string;
  /** Who runs this (stamped on every record: plan-rollback checks it). */
  github: Parameters<typeof provenanceOf>[0] & { runUrl?: string; actor?: string };
  log: Log;
  now: () => Date;
  env: NodeJS.ProcessEnv;
}

export interface Applied {
  outcome: ApplyOutcome;
  /** The outcome records of the plan's changes (intents and automatic restores left out). */
  records: ChangeRecord[];
  waveRun?: WaveRunResult;
}

export class PlanExecution {
  /** The lines this run appended to the change log, as written (what gets committed). */
  readonly lines: string[] = [];
  private readonly writer: ChangeLogWriter;
  private readonly writeClients = new ClientFactory(1);
  private readonly applyClients: ApplyClients;
  private readonly writtenBy: ChangeRecord['writtenBy'];
  private readonly instanceItems: PlanItem[];
  private readonly postureItems: PlanItem[];
  private readonly limiters = new Map<string, TokenBucketLimiter>();
  private readonly postureLimiters: PostureLimiters = new Map();
  private readonly cloudwatch: (accountId: string, region: string) => CloudWatchClient;

  constructor(private readonly ctx: ExecutionContext) {
    // Every per-account call goes through the session of the account it is about.
    const sessions = new Map<string, AwsSession>([[ctx.session.accountId, ctx.session]]);
    // The write client makes one attempt per send: pacing.ts retries throttling itself, so it counts
    // every attempt against its token bucket and writes exactly one outcome per change.
    this.applyClients = {
      read: (accountId, region) => ctx.clients.ec2(sessionOf(sessions, accountId), region),
      write: (accountId, region) => this.writeClients.ec2(sessionOf(sessions, accountId), region),
    };
    this.cloudwatch = (accountId, region) =>
      // The soak's reads decide whether the next wave starts: they keep the gate's retry budget.
      ctx.clients.cloudwatch(sessionOf(sessions, accountId), region, 'gate');
    this.writer = new ChangeLogWriter(ctx.changelogPath, ctx.workspace);
    this.writtenBy = provenanceOf(ctx.github, ctx.plan.digest);
    this.instanceItems = ctx.plan.items.filter((i) => i.kind === 'instance');
    this.postureItems = ctx.plan.items.filter(isPostureItem);
    for (const it of this.instanceItems) limiterFor(this.limiters, it, {});
  }

  /** A staged plan (waves) soaks and reads CloudWatch after each wave. */
  get staged(): boolean {
    return this.ctx.mode === 'apply' && this.ctx.plan.waves !== undefined;
  }

  /** Writes one record to the change log (durable when this returns), stamped with this run. */
  append(rec: ChangeRecord): void {
    const stamped: ChangeRecord = { ...rec, writtenBy: this.writtenBy };
    this.writer.append(stamped);
    this.lines.push(JSON.stringify(stamped));
  }

  /**
   * Intents an earlier run left open (it died with the answer on the wire, or the outcome was unknown):
   * each is re-read and what AWS has is recorded. Returns the records written.
   */
  async reconcile(logged: readonly ChangeRecord[]): Promise<ChangeRecord[]> {
    const open = unresolvedIntents([...logged]);
    if (!open.length) return [];
    const { log, now, session } = this.ctx;
    log.info(
      `Change log: ${open.length} change(s) of earlier runs have no settled outcome — re-reading them.`,
    );
    const read = this.applyClients.read;
    const rec = await reconcileIntents(
      open,
      {
        instances: async (accountId, region, ids) => {
          const { found } = await rereadInstances(read(accountId, region), accountId, region, ids);
          return new Map([...found].map(([id, inst]) => [id, settingsOf(inst.metadata)]));
        },
        launchTemplate: async (accountId, region, id) => {
          const v = await readDefaultVersion(read(accountId, region), id);
          return v && { state: v.metadata, version: v.version };
        },
        accountDefaults: async (accountId, region) =>
          (await readDefaults(read(accountId, region), accountId, region)).state,
      },
      { runId: this.ctx.github.runId, now, accountId: session.accountId, log },
    );
    for (const x of rec.records) this.append(x);
    return rec.records;
  }

  /** Proves every write permission (and, for waves, the soak's reads) before the first change. */
  async dryRun(logged: readonly ChangeRecord[]): Promise<DryRunResult[]> {
    const { log, now } = this.ctx;
    const clients = this.applyClients;
    return [
      ...(this.instanceItems.length
        ? await dryRunRegions(this.instanceItems, { clients, log }, this.limiters)
        : []),
      ...(this.postureItems.length
        ? await dryRunPosture(this.postureItems, { clients }, this.postureLimiters)
        : []),
      ...(this.staged
        ? await soakPreflight(this.ctx.plan, [...logged], { cloudwatch: this.cloudwatch, now, log })
        : []),
    ];
  }

  /** Applies the plan: every change written to the log the moment it happens, intent first. */
  async apply(logged: readonly ChangeRecord[]): Promise<Applied> {
    const { ctx } = this;
    const records: ChangeRecord[] = [];
    const apply: ApplyOptions = {
      clients: this.applyClients,
      log: ctx.log,
      now: ctx.now,
      base: {
        runId: ctx.github.runId,
        runUrl: ctx.github.runUrl,
        actor: ctx.github.actor,
        mode: ctx.mode,
        planDigest: ctx.plan.digest,
      },
      onRecord: (rec) => {
        this.append(rec);
        if (rec.result === 'started') return;
        records.push(rec);
        if (rec.result !== 'applied')
          ctx.log.warning(
            `${rec.resourceId} (${rec.region}): ${rec.result} — ${rec.errorCode}: ${rec.errorMessage}`,
          );
      },
    };
    if (this.staged) {
      // Wave by wave: apply, soak, restore what broke, stop beyond the failure budget (waves.ts).
      const timing = metricTiming(ctx.env);
      const waveRun = await runWaves(ctx.plan, [...logged], {
        apply,
        limiters: this.limiters,
        postureLimiters: this.postureLimiters,
        cloudwatch: this.cloudwatch,
        // The test-only override (metric-timing.ts) when it holds; else EC2's own numbers.
        timing: 'problem' in timing ? EC2_METRIC_TIMING : timing,
      });
      return { outcome: waveRun.outcome, records: records.filter((x) => !x.autoRollback), waveRun };
    }
    const [a, b] = await Promise.all([
      this.instanceItems.length ? applyItems(this.instanceItems, apply, this.limiters) : zeroOutcome(),
      this.postureItems.length
        ? applyPostureItems(this.postureItems, apply, this.postureLimiters)
        : zeroOutcome(),
    ]);
    return { outcome: mergeOutcomes(a, b), records };
  }

  close(): void {
    this.writer.close();
    this.writeClients.destroy();
  }
}

/** Why the run fails, in words: failed and unknown changes, restores that did not succeed, a stop. */
export function applyFailures(applied: Applied, changelog: string): string[] {
  const c = applied.outcome.counts;
  const failures: string[] = [];
  if (c.failed) failures.push(`${c.failed} change(s) failed; see the change log (${changelog}).`);
  if (c.unknown)
    failures.push(
      `${c.unknown} change(s) have an unknown outcome (AWS may have applied them); the next apply or rollback re-reads and records them.`,
    );
  const waveRun = applied.waveRun;
  if (waveRun) {
    const rc = waveRun.restores.counts;
    const notRestored = rc.failed + rc.unknown + rc.drifted + rc.skipped;
    if (notRestored)
      failures.push(
        `${notRestored} automatic restore(s) did not succeed: those instances still require IMDSv2 and their workload is failing; see the change log (${changelog}).`,
      );
    if (waveRun.stopped) failures.push(`Stopped at ${waveRun.stopped}`);
  }
  return failures;
}
