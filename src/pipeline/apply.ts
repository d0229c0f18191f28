/**
 * mode: apply and mode: rollback — the only modes that change AWS, through one gated path:
 *
 *   plan file ─► pinned digest (plan-digest input) ─► change log parsed ─► sign in ─► approval (OIDC
 *   environment claim) ─► reconcile earlier unknown outcomes ─► DryRun per region ─► apply
 *   (write-ahead change log) ─► commit the change log
 *
 * Everything before sign-in is local and refuses bad input before any AWS call. apply takes a plan
 * made by mode: plan; rollback takes one made by mode: plan-rollback. Both are pinned by digest.
 */
import { checkPlan, PlanError, parsePlan } from '../assess/plan-file.js';
import { type AwsSession, ClientFactory, sessionOf } from '../aws/clients.js';
import { EC2_METRIC_TIMING, metricTiming } from '../aws/metric-timing.js';
import { readDefaults, readDefaultVersion, rereadInstances } from '../aws/reread.js';
import { type Session, signIn } from '../aws/session.js';
import type { Deps } from '../deps.js';
import { commitChangeLog } from '../github/commit.js';
import { isChangeEvent } from '../github/context.js';
import { settingsOf } from '../model/metadata.js';
import type { ChangeRecord, Plan, RunResult } from '../model/types.js';
import { applyItems, dryRunRegions, limiterFor } from '../remediate/apply-instances.js';
import {
  applyPostureItems,
  dryRunPosture,
  isPostureItem,
  type PostureLimiters,
} from '../remediate/apply-posture.js';
import { checkApproval, RefusedError } from '../remediate/approval.js';
import { ChangeLogWriter, parseChangeLog, provenanceOf, unresolvedIntents } from '../remediate/changelog.js';
import { mergeOutcomes, zeroOutcome } from '../remediate/outcome.js';
import type { TokenBucketLimiter } from '../remediate/pacing.js';
import { reconcileIntents } from '../remediate/reconcile.js';
import { runWaves, soakPreflight, type WaveRunResult } from '../remediate/waves.js';
import { applySummary, nothingToChangeSummary, refusedDryRunSummary } from '../report/remediation.js';
import type { Settings } from '../settings/types.js';
import { readOptionalWorkspaceFile, readWorkspaceFile, workspacePath } from './files.js';
import { changeLogCommitOptions, signInOptions } from './options.js';

export async function applyMode(settings: Settings, deps: Deps): Promise<RunResult> {
  return executePlan(settings.mode === 'rollback' ? 'rollback' : 'apply', settings, deps);
}

/** Never from code under review: a pull request's workflow may not change AWS. */
function refuseOnEvent(mode: string, deps: Deps): void {
  const ev = deps.github.eventName;
  if (isChangeEvent(ev)) {
    throw new RefusedError(
      `mode: ${mode} refuses to run on ${ev} events: changes are made only from an approved workflow run (workflow_dispatch with an environment), never from code under review.`,
    );
  }
}

/** The plan file, checked against the digest the plan job output, its age, and its kind. */
function loadPinnedPlan(mode: 'apply' | 'rollback', settings: Settings, deps: Deps): Plan {
  const r = settings.remediation;
  const text = readWorkspaceFile(deps, 'plan-file', r.planFile);
  const plan = parsePlan(text, r.planFile);
  const want = mode === 'apply' ? 'plan' : 'rollback';
  if (plan.mode !== want) {
    throw new PlanError(
      `${r.planFile}: a ${plan.mode} plan cannot be applied with mode: ${mode}; ${plan.mode === 'rollback' ? 'use mode: rollback' : 'make a rollback plan with mode: plan-rollback'}.`,
    );
  }
  const problem = checkPlan(plan, r.planFile, deps.now(), r.planMaxAgeHours, r.planDigest ?? '');
  if (problem) throw new RefusedError(`${mode} refused: ${problem} Nothing was changed.`);
  return plan;
}

async function executePlan(mode: 'apply' | 'rollback', settings: Settings, deps: Deps): Promise<RunResult> {
  const r = settings.remediation;
  // 1. Local checks, before any AWS call: event, pinned plan, change log.
  refuseOnEvent(mode, deps);
  const plan = loadPinnedPlan(mode, settings, deps);
  const changelogPath = workspacePath(deps, r.changelogPath, 'changelog-path');
  // Read, then appended to: never through a link (checked here, before any AWS call, and again on open).
  const loggedText = readOptionalWorkspaceFile(deps, 'changelog-path', r.changelogPath);
  let logged: ChangeRecord[] = loggedText === undefined ? [] : parseChangeLog(loggedText, r.changelogPath);

  // 2. Sign in; approval before any AWS write (and before the DryRun): the OIDC environment claim.
  const session: Session = await signIn(
    signInOptions(settings),
    deps.clients,
    deps.idToken,
    deps.log,
    deps.env,
  );
  checkApproval({
    mode,
    claims: session.oidcClaims,
    environment: r.approvalEnvironment ?? '',
    eventName: deps.github.eventName,
    usedOidc: Boolean(settings.auth.roleToAssume),
  });
  deps.log.info(
    `Approved: OIDC environment claim '${String(session.oidcClaims?.environment)}' matches approval-environment; applying plan ${plan.digest}.`,
  );
  const foreign = [...new Set(plan.items.map((i) => i.accountId))].filter((a) => a !== session.accountId);
  if (foreign.length) {
    throw new RefusedError(
      `${mode} refused: the plan changes account(s) ${foreign.join(', ')}, but this run is signed in to ${session.accountId}. Run one apply per account with that account's write role. Nothing was changed.`,
    );
  }
  // Every per-account call below goes through the session of the account it is about.
  const sessions = new Map<string, AwsSession>([[session.accountId, session]]);
  const read = (accountId: string, region: string) =>
    deps.clients.ec2(sessionOf(sessions, accountId), region);
  // The write client makes one attempt per send: pacing.ts retries throttling itself, so it counts
  // every attempt against its token bucket and writes exactly one outcome per change.
  const writeClients = new ClientFactory(1);
  const clients = {
    read,
    write: (accountId: string, region: string) => writeClients.ec2(sessionOf(sessions, accountId), region),
  };

  deps.outputs.set('changelog-path', changelogPath);
  const writer = new ChangeLogWriter(changelogPath, deps.github.workspace);
  const lines: string[] = [];
  // Every line this run appends names this run, its workflow and the pinned plan (plan-rollback checks it).
  const writtenBy = provenanceOf(deps.github, plan.digest);
  const append = (rec: ChangeRecord) => {
    const stamped: ChangeRecord = { ...rec, writtenBy };
    writer.append(stamped);
    lines.push(JSON.stringify(stamped));
  };
  const commit = (counts: Record<string, number>) =>
    commitChangeLog(changeLogCommitOptions(settings), deps, {
      lines,
      mode,
      counts,
      localPath: changelogPath,
    });

  try {
    // 3. Reconcile: intents an earlier run left open (it died with the answer on the wire, or the
    //    outcome was unknown). Each is re-read and what AWS has is recorded.
    let reconciled: ChangeRecord[] = [];
    const open = unresolvedIntents(logged);
    if (open.length) {
      deps.log.info(
        `Change log: ${open.length} change(s) of earlier runs have no settled outcome — re-reading them.`,
      );
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
        { runId: deps.github.runId, now: deps.now, accountId: session.accountId, log: deps.log },
      );
      for (const x of rec.records) append(x);
      reconciled = rec.records;
      logged = [...logged, ...rec.records];
    }

    if (plan.items.length === 0) {
      deps.log.info('The plan changes nothing; no AWS writes made.');
      deps.outputs.set('applied-count', 0);
      deps.outputs.set('failed-count', 0);
      const committed = await commit(zeroOutcome().counts);
      if (committed.failure) deps.log.warning(committed.failure);
      await deps.outputs.summary(nothingToChangeSummary(mode, reconciled));
      return { passed: !committed.failure, failures: committed.failure ? [committed.failure] : [] };
    }

    // 4. DryRun: prove every write permission before the first change.
    const instanceItems = plan.items.filter((i) => i.kind === 'instance');
    const postureItems = plan.items.filter(isPostureItem);
    const limiters = new Map<string, TokenBucketLimiter>();
    for (const it of instanceItems) limiterFor(limiters, it, {});
    const postureLimiters: PostureLimiters = new Map();
    // Staged plans also read CloudWatch after each wave: prove that before the first change.
    const staged = mode === 'apply' && plan.waves !== undefined;
    // The soak's reads decide whether the next wave starts: they keep the gate's retry budget.
    const cloudwatch = (accountId: string, region: string) =>
      deps.clients.cloudwatch(sessionOf(sessions, accountId), region, 'gate');
    const dry = [
      ...(instanceItems.length
        ? await dryRunRegions(instanceItems, { clients, log: deps.log }, limiters)
        : []),
      ...(postureItems.length ? await dryRunPosture(postureItems, { clients }, postureLimiters) : []),
      ...(staged ? await soakPreflight(plan, logged, { cloudwatch, now: deps.now, log: deps.log }) : []),
    ];
    const denied = dry.filter((d) => !d.ok);
    if (denied.length) {
      await deps.outputs.summary(refusedDryRunSummary(dry));
      const committed = await commit(zeroOutcome().counts);
      if (committed.failure) deps.log.warning(committed.failure);
      throw new RefusedError(
        `${mode} refused: the DryRun permission check failed in ${denied.map((d) => `${d.region} (${d.operation ?? 'ModifyInstanceMetadataOptions'} ${d.code}: ${d.message})`).join('; ')}. Grant the write role the actions in docs/remediation.md. Nothing was changed.`,
      );
    }
    deps.log.info(`DryRun passed (${dry.length} check(s)); applying ${plan.items.length} change(s)…`);

    // 5. Apply: every change written to the log the moment it happens, intent first.
    const records: ChangeRecord[] = [];
    const onRecord = (rec: ChangeRecord) => {
      append(rec);
      if (rec.result === 'started') return;
      records.push(rec);
      if (rec.result !== 'applied')
        deps.log.warning(
          `${rec.resourceId} (${rec.region}): ${rec.result} — ${rec.errorCode}: ${rec.errorMessage}`,
        );
    };
    const applyOpts = {
      clients,
      log: deps.log,
      now: deps.now,
      base: {
        runId: deps.github.runId,
        runUrl: deps.github.runUrl,
        actor: deps.github.actor,
        mode,
        planDigest: plan.digest,
      },
      onRecord,
    };
    let waveRun: WaveRunResult | undefined;
    let outcome: ReturnType<typeof zeroOutcome>;
    if (staged) {
      // Wave by wave: apply, soak, restore what broke, stop beyond the failure budget (remediate/waves.ts).
      const timing = metricTiming(deps.env);
      waveRun = await runWaves(plan, logged, {
        apply: applyOpts,
        limiters,
        postureLimiters,
        cloudwatch,
        // The test-only override (metric-timing.ts) when it holds; else EC2's own numbers.
        timing: 'problem' in timing ? EC2_METRIC_TIMING : timing,
      });
      outcome = waveRun.outcome;
    } else {
      const [a, b] = await Promise.all([
        instanceItems.length ? applyItems(instanceItems, applyOpts, limiters) : zeroOutcome(),
        postureItems.length ? applyPostureItems(postureItems, applyOpts, postureLimiters) : zeroOutcome(),
      ]);
      outcome = mergeOutcomes(a, b);
    }
    const c = outcome.counts;
    deps.log.info(
      `${mode}: ${c.applied} applied, ${c.drifted} drifted, ${c.failed} failed, ${c.unknown} unknown, ${c.skipped} skipped in ${(outcome.durationMs / 1000).toFixed(1)} s. Change log: ${r.changelogPath}`,
    );
    deps.outputs.set('applied-count', c.applied);
    deps.outputs.set('failed-count', c.failed + c.unknown);

    // 6. The change log, committed; a refused commit never loses it (it stays in the workspace).
    const failures: string[] = [];
    if (c.failed) failures.push(`${c.failed} change(s) failed; see the change log (${r.changelogPath}).`);
    if (c.unknown) {
      failures.push(
        `${c.unknown} change(s) have an unknown outcome (AWS may have applied them); the next apply or rollback re-reads and records them.`,
      );
    }
    if (waveRun) {
      const rc = waveRun.restores.counts;
      deps.outputs.set('rolled-back-count', rc.applied);
      if (rc.failed + rc.unknown + rc.drifted + rc.skipped) {
        failures.push(
          `${rc.failed + rc.unknown + rc.drifted + rc.skipped} automatic restore(s) did not succeed: those instances still require IMDSv2 and their workload is failing; see the change log (${r.changelogPath}).`,
        );
      }
      if (waveRun.stopped) failures.push(`Stopped at ${waveRun.stopped}`);
    }
    const committed = await commit(c);
    if (committed.failure) failures.push(committed.failure);
    await deps.outputs.summary(
      applySummary(
        mode,
        plan,
        outcome,
        records.filter((x) => !x.autoRollback),
        { path: r.changelogPath, commitUrl: committed.url, note: committed.note },
        reconciled,
        waveRun && { waves: waveRun.waves, stopped: waveRun.stopped, brokenTotal: waveRun.brokenTotal },
      ),
    );
    return { passed: failures.length === 0, failures };
  } finally {
    writer.close();
    writeClients.destroy();
  }
}
