/**
 * Applying a staged plan wave by wave. Per wave: apply the items the change log does not show
 * as done (paced, write-ahead, exactly as an unstaged apply), wait the soak, read
 * MetadataNoTokenRejected (Sum) and StatusCheckFailed (Maximum) of the wave's changed instances from the
 * wave's first change to now, and restore every instance that broke to its exact before-state at once —
 * through the same paced, write-ahead path, its records carrying `autoRollback` (metric, sum, period,
 * window, reason). Then stop before the next wave when more instances broke than the failure budget.
 *
 * A wave is healthy only when every changed instance's soak was read, CloudWatch answered each query
 * `Complete` with counts, and the window holds a complete metric period after the wave's last change
 * (5 minutes, 1 with detailed monitoring, plus the publishing delay: the wait is stretched to that).
 * Anything else is unknown: the run stops before the next wave, naming the instances and why; unknown
 * instances are not restored (nothing showed them broken) and a later apply with the plan verifies the
 * wave again.
 *
 * Resume: the progress comes from the change log (assess/waves.ts planProgress): applied items are not
 * sent again, restored ones never re-applied, failed ones retried; the soak wait counts from each wave's
 * recorded change time, so a resumed run does not wait again for time already spent.
 */
import type { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { type ItemProgress, planProgress, restoredCount, restoreItem, waveSoaked } from '../assess/waves.js';
import {
  EC2_METRIC_TIMING,
  type MetricTiming,
  monitoringPeriod,
  publishedAfter,
} from '../aws/metric-timing.js';
import { readMonitoring, readSoak, type SoakReading } from '../aws/soak.js';
import type {
  ApplyOutcome,
  AutoRollbackEvidence,
  ChangeRecord,
  DryRunResult,
  Plan,
  PlanItem,
  WaveReport,
} from '../model/types.js';
import { type ApplyOptions, groupByRegion } from './apply-common.js';
import { applyItems } from './apply-instances.js';
import { applyPostureItems, type PostureLimiters } from './apply-posture.js';
import { mergeOutcomes, zeroOutcome } from './outcome.js';
import { sleep as realSleep, type TokenBucketLimiter } from './pacing.js';

export interface WaveOptions {
  apply: ApplyOptions;
  limiters: Map<string, TokenBucketLimiter>;
  postureLimiters: PostureLimiters;
  cloudwatch: (accountId: string, region: string) => CloudWatchClient;
  /** Injected so tests soak in seconds without waiting (default setTimeout). */
  sleep?: (ms: number) => Promise<void>;
  /** How EC2 publishes the soak's metrics (default EC2_METRIC_TIMING; metric-timing.ts metricTiming for tests). */
  timing?: MetricTiming;
}

export interface WaveRunResult {
  /** The plan's changes made by this run (restores not counted). */
  outcome: ApplyOutcome;
  /** The automatic restores made by this run. */
  restores: ApplyOutcome;
  waves: WaveReport[];
  /** Why the run stopped before finishing the plan (the step fails). */
  stopped?: string;
  /** Instances restored by this plan so far (all runs), against the failure budget. */
  brokenTotal: number;
}

const notStarted = (from: number, to: number) =>
  from === to ? `wave ${from} not started` : `waves ${from}–${to} not started`;

const key = (r: Pick<ChangeRecord, 'kind' | 'accountId' | 'region' | 'resourceId'>) =>
  `${r.kind}|${r.accountId}|${r.region}|${r.resourceId}`;

/**
 * Before the first change: can the write role read the soak metrics? One GetMetricData per region with
 * instances left to change (a wave whose soak cannot be read would stop the run half way).
 */
export async function soakPreflight(
  plan: Plan,
  logged: readonly ChangeRecord[],
  opts: Pick<WaveOptions, 'cloudwatch'> & { now: () => Date; log: ApplyOptions['log'] },
): Promise<DryRunResult[]> {
  const progress = planProgress(plan, logged);
  const soakWaves = new Set((plan.waves?.waves ?? []).filter((w) => w.soak).map((w) => w.wave));
  const todo = plan.items.filter(
    (i) => i.kind === 'instance' && soakWaves.has(i.wave ?? 0) && progress.get(i)?.state === 'todo',
  );
  return Promise.all(
    groupByRegion(todo).map(async (g) => {
      const now = opts.now();
      const { readings } = await readSoak([{ ...g[0], instanceId: g[0].resourceId }], {
        from: new Date(now.getTime() - 60_000),
        now,
        cloudwatch: opts.cloudwatch,
        log: opts.log,
      });
      const r = readings.get(g[0].resourceId);
      // A refusal of the read: the call failed, or CloudWatch answered a query Forbidden.
      const forbidden = r && !('error' in r) && r.unknown?.includes('StatusCode Forbidden');
      const error = r && 'error' in r ? r.error : forbidden ? r.unknown : undefined;
      return {
        accountId: g[0].accountId,
        region: g[0].region,
        operation: 'cloudwatch:GetMetricData (soak)',
        ok: !error,
        code: forbidden ? 'Forbidden' : error ? error.split(':')[0] : 'ok',
        message: error ?? 'soak metrics readable',
      };
    }),
  );
}

function evidence(r: SoakReading | undefined, wave: number): AutoRollbackEvidence | undefined {
  if (!r || 'error' in r) return undefined;
  const base = { periodSeconds: r.periodSeconds, from: r.from, to: r.to, wave };
  if (r.rejected > 0) {
    return {
      ...base,
      metric: 'MetadataNoTokenRejected',
      statistic: 'Sum',
      sum: r.rejected,
      reason: `wave ${wave} soak: ${r.rejected} IMDSv1 call(s) refused (MetadataNoTokenRejected Sum, ${r.from} → ${r.to}, period ${r.periodSeconds} s): the workload still uses IMDSv1; restored to its before-state`,
    };
  }
  if (r.statusCheckFailed > 0) {
    return {
      ...base,
      metric: 'StatusCheckFailed',
      statistic: 'Maximum',
      sum: r.statusCheckFailed,
      reason: `wave ${wave} soak: status check failed in ${r.statusCheckFailed} period(s) (StatusCheckFailed Maximum, ${r.from} → ${r.to}, period ${r.periodSeconds} s); restored to its before-state`,
    };
  }
  return undefined;
}

/** Runs the staged plan's waves in order. Never throws for one instance; returns why it stopped. */
export async function runWaves(
  plan: Plan,
  logged: readonly ChangeRecord[],
  opts: WaveOptions,
): Promise<WaveRunResult> {
  if (!plan.waves) throw new Error('internal: runWaves needs a staged plan');
  const run = new WaveRun(plan, plan.waves, logged, opts);
  for (const w of plan.waves.waves) await run.wave(w);
  return {
    outcome: run.outcome,
    restores: run.restores,
    waves: run.reports,
    stopped: run.stopped,
    brokenTotal: restoredCount(run.progress),
  };
}

type StagedWave = NonNullable<Plan['waves']>['waves'][number];
type Unread = { item: PlanItem; why: string; failed: boolean };
type Broken = { item: PlanItem; ev: AutoRollbackEvidence };

/** One run of a staged plan: each wave applied, soaked, restored where it broke, and judged. */
class WaveRun {
  outcome = zeroOutcome();
  restores = zeroOutcome();
  readonly reports: WaveReport[] = [];
  stopped: string | undefined;
  readonly progress: Map<PlanItem, ItemProgress>;
  private readonly byKey: Map<string, PlanItem>;
  private readonly log: WaveOptions['apply']['log'];

  constructor(
    private readonly plan: Plan,
    private readonly staged: NonNullable<Plan['waves']>,
    private readonly logged: readonly ChangeRecord[],
    private readonly opts: WaveOptions,
  ) {
    this.progress = planProgress(plan, logged);
    this.byKey = new Map(plan.items.map((i) => [key(i), i]));
    this.log = opts.apply.log;
  }

  async wave(w: StagedWave): Promise<void> {
    const items = this.plan.items.filter((i) => i.wave === w.wave);
    const report: WaveReport = {
      wave: w.wave,
      definition: w.definition,
      planned: items.length,
      applied: 0,
      earlier: items.filter((i) => this.progress.get(i)?.state !== 'todo').length,
      notApplied: 0,
      rolledBack: [],
      status: 'not-started',
    };
    this.reports.push(report);
    if (this.stopped) return;
    // 1. Apply what the log does not show as done.
    const todo = items.filter((i) => this.progress.get(i)?.state === 'todo');
    if (todo.length) await this.apply(w, todo, report);
    report.status = 'applied';
    if (!w.soak) return;

    // 2. Soak: the wave's changed instances (this run or earlier, not yet restored).
    const changed = items.filter((i) => i.kind === 'instance' && this.progress.get(i)?.state === 'applied');
    if (changed.length === 0) {
      this.log.info(`Wave ${w.wave}: no instance changed, nothing to soak.`);
      report.status = 'soaked';
      return;
    }
    if (todo.length === 0 && waveSoaked(this.plan, w.wave, this.logged)) {
      this.log.info(`Wave ${w.wave}: applied and soaked by an earlier run of this plan; not soaked again.`);
      report.status = 'soaked-earlier';
      return;
    }
    const { broken, unread } = await this.soak(w, changed, report);
    // 3. Restore what broke, at once, through the same paced write-ahead path.
    if (broken.length) await this.restore(w, broken, report);
    report.status = 'soaked';
    // 4. Go on only within the failure budget, and only when every instance could be verified.
    this.judge(w, report, broken, unread);
  }

  private async apply(w: StagedWave, todo: PlanItem[], report: WaveReport): Promise<void> {
    const onRecord = (rec: ChangeRecord) => {
      this.opts.apply.onRecord({ ...rec, wave: w.wave });
      const it = this.byKey.get(key(rec));
      if (!it || rec.result === 'started') return;
      if (rec.result === 'applied') {
        report.applied++;
        this.progress.set(it, { state: 'applied', at: rec.time, before: rec.before, after: rec.after });
      } else {
        report.notApplied++;
        this.progress.set(
          it,
          rec.result === 'failed' ? { state: 'todo' } : { state: 'settled', result: rec.result },
        );
      }
    };
    this.log.info(
      `Wave ${w.wave}/${this.staged.waves.length} (${w.definition}): applying ${todo.length} change(s)…`,
    );
    const waveOpts: ApplyOptions = { ...this.opts.apply, onRecord };
    const inst = todo.filter((i) => i.kind === 'instance');
    const post = todo.filter((i) => i.kind !== 'instance');
    const [a, b] = await Promise.all([
      inst.length ? applyItems(inst, waveOpts, this.opts.limiters) : zeroOutcome(),
      post.length ? applyPostureItems(post, waveOpts, this.opts.postureLimiters) : zeroOutcome(),
    ]);
    // A failed item stays to do: a later run with the same plan retries it.
    this.outcome = mergeOutcomes(this.outcome, mergeOutcomes(a, b));
  }

  /** Waits out the soak (and CloudWatch's publishing), then reads each changed instance's metrics. */
  private async soak(
    w: StagedWave,
    changed: PlanItem[],
    report: WaveReport,
  ): Promise<{ broken: Broken[]; unread: Unread[] }> {
    const { opts, log } = this;
    const timing = opts.timing ?? EC2_METRIC_TIMING;
    const times = changed.map((i) => Date.parse((this.progress.get(i) as { at: string }).at));
    const first = new Date(Math.min(...times));
    const last = new Date(Math.max(...times));
    const periods = await this.periods(changed, timing);
    await this.waitForSoak(w, changed.length, last, periods, timing);
    const { readings, calls } = await readSoak(
      changed.map((i) => ({ accountId: i.accountId, region: i.region, instanceId: i.resourceId })),
      {
        from: first,
        now: opts.apply.now(),
        cloudwatch: opts.cloudwatch,
        log,
        complete: { lastChange: last, periods, timing },
      },
    );
    const any = readings.values().next().value as SoakReading | undefined;
    if (any) report.window = { from: any.from, to: any.to, periodSeconds: any.periodSeconds };
    const broken = changed
      .map((i) => ({ item: i, ev: evidence(readings.get(i.resourceId), w.wave) }))
      .filter((x): x is Broken => Boolean(x.ev));
    const brokenSet = new Set(broken.map((b) => b.item));
    // Not broken, and not shown healthy: the read failed, or what it read cannot decide.
    const unread: Unread[] = [];
    for (const i of changed) {
      if (brokenSet.has(i)) continue;
      const r = readings.get(i.resourceId);
      const failed = !r || 'error' in r;
      const why = !r ? 'no reading' : 'error' in r ? `could not read its metrics: ${r.error}` : r.unknown;
      if (why !== undefined) unread.push({ item: i, why, failed });
    }
    for (const u of unread)
      log.warning(
        `${u.item.resourceId} (${u.item.region}): wave ${w.wave} soak outcome unknown, not broken — ${u.why}.`,
      );
    log.info(
      `Wave ${w.wave}: soak read for ${changed.length} instance(s) in ${calls} GetMetricData call(s): ${broken.length} broke${unread.length ? `, ${unread.length} unknown` : ''}.`,
    );
    return { broken, unread };
  }

  /** Each instance's metric period (its monitoring). */
  private async periods(changed: PlanItem[], timing: MetricTiming): Promise<Map<string, number>> {
    const periods = new Map<string, number>();
    for (const g of groupByRegion(changed)) {
      const ec2 = this.opts.apply.clients.read(g[0].accountId, g[0].region);
      const states = await readMonitoring(
        ec2,
        g.map((i) => i.resourceId),
        this.log,
      );
      for (const i of g) periods.set(i.resourceId, monitoringPeriod(states.get(i.resourceId), timing));
    }
    return periods;
  }

  /** Until the soak has passed and a whole period after the last change is published. */
  private async waitForSoak(
    w: StagedWave,
    count: number,
    last: Date,
    periods: Map<string, number>,
    timing: MetricTiming,
  ): Promise<void> {
    const ready = Math.max(...[...periods.values()].map((p) => publishedAfter(last, p, timing).getTime()));
    const soakEnd = last.getTime() + this.staged.soakMinutes * 60_000;
    const wait = Math.max(soakEnd, ready) - this.opts.apply.now().getTime();
    if (wait <= 0) return;
    const longer =
      ready > soakEnd
        ? ` (${((ready - soakEnd) / 60_000).toFixed(ready - soakEnd < 60_000 ? 2 : 1)} min more than soak=${this.staged.soakMinutes}: CloudWatch publishes a whole ${Math.max(...periods.values())} s period after the last change only then)`
        : '';
    this.log.info(
      `Wave ${w.wave}: soaking ${(wait / 60_000).toFixed(wait < 60_000 ? 2 : 1)} min before reading MetadataNoTokenRejected and StatusCheckFailed of ${count} instance(s)${longer}…`,
    );
    await (this.opts.sleep ?? realSleep)(wait);
  }

  private async restore(w: StagedWave, broken: Broken[], report: WaveReport): Promise<void> {
    const evOf = new Map(broken.map((b) => [key(b.item), b.ev]));
    const restoreItems = broken.map(({ item }) => {
      const p = this.progress.get(item) as Extract<ItemProgress, { state: 'applied' }>;
      return restoreItem(item, p.before, p.after);
    });
    for (const b of broken) this.log.warning(`${b.item.resourceId} (${b.item.region}): ${b.ev.reason}`);
    const onRecord = (rec: ChangeRecord) => {
      const ev = evOf.get(key(rec));
      this.opts.apply.onRecord({ ...rec, wave: w.wave, ...(ev ? { autoRollback: ev } : {}) });
      const it = this.byKey.get(key(rec));
      if (!it || !ev || rec.result === 'started') return;
      if (rec.result === 'applied') this.progress.set(it, { state: 'restored', record: rec });
      report.rolledBack.push({
        resourceId: rec.resourceId,
        region: rec.region,
        why: ev.reason,
        result:
          rec.result === 'applied'
            ? 'restored'
            : `${rec.result}${rec.errorMessage ? `: ${rec.errorMessage}` : ''}`,
      });
    };
    const r = await applyItems(restoreItems, { ...this.opts.apply, onRecord }, this.opts.limiters);
    this.restores = mergeOutcomes(this.restores, r);
  }

  /** Stops the run when a soak outcome is unknown or the failure budget is spent. */
  private judge(w: StagedWave, report: WaveReport, broken: Broken[], unread: Unread[]): void {
    const { staged } = this;
    const notRestored = report.rolledBack.filter((x) => x.result !== 'restored').length;
    const brokenTotal = restoredCount(this.progress) + notRestored;
    const more = w.wave < staged.waves.length;
    const rest = more ? `; ${notStarted(w.wave + 1, staged.waves.length)}` : '';
    if (unread.length) {
      report.status = 'unverified';
      const named = unread
        .slice(0, 3)
        .map((u) => `${u.item.resourceId} (${u.item.region}): ${u.why}`)
        .join('; ');
      const refused = unread.some((u) => u.failed || u.why.includes('Forbidden'));
      const alsoBroken = broken.length
        ? `; ${broken.length} other instance(s) broke (restored automatically, ${brokenTotal} of failure-budget=${staged.failureBudget} used)`
        : '';
      this.stopped = `wave ${w.wave}: the soak outcome of ${unread.length} instance(s) is unknown, not broken (unknown is not healthy) — ${named}${unread.length > 3 ? `; and ${unread.length - 3} more` : ''}${alsoBroken}${rest}. They keep their change (nothing showed them broken); ${refused ? 'grant the write role cloudwatch:GetMetricData, then ' : ''}a later apply with this plan verifies wave ${w.wave} again and goes on.`;
    } else if (brokenTotal > staged.failureBudget) {
      report.status = more ? 'stopped' : 'soaked';
      this.stopped = `wave ${w.wave}: ${brokenTotal} instance(s) broke after requiring IMDSv2 (restored automatically${notRestored ? `, ${notRestored} restore(s) did not succeed` : ''}), more than failure-budget=${staged.failureBudget}${rest}. Fix or exclude those workloads and make a new plan.`;
    } else if (broken.length) {
      this.log.warning(
        `Wave ${w.wave}: ${broken.length} instance(s) restored; ${brokenTotal} of failure-budget=${staged.failureBudget} used — going on.`,
      );
    }
    if (this.stopped) this.log.warning(`Stopping: ${this.stopped}`);
  }
}
