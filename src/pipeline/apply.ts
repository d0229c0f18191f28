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
import { type Session, signIn } from '../aws/session.js';
import type { Deps } from '../deps.js';
import { commitChangeLog } from '../github/commit.js';
import { isChangeEvent } from '../github/context.js';
import type { ChangeRecord, Plan, RunResult } from '../model/types.js';
import { checkApproval, RefusedError } from '../remediate/approval.js';
import { parseChangeLog } from '../remediate/changelog.js';
import { applyFailures, PlanExecution } from '../remediate/execute.js';
import { zeroOutcome } from '../remediate/outcome.js';
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
  const session = await signIn(signInOptions(settings), deps.clients, deps.idToken, deps.log, deps.env);
  approve(mode, plan, session, settings, deps);

  deps.outputs.set('changelog-path', changelogPath);
  const run = new PlanExecution({
    mode,
    plan,
    session,
    changelogPath,
    ...deps,
    workspace: deps.github.workspace,
  });
  const commit = (counts: Record<string, number>) =>
    commitChangeLog(changeLogCommitOptions(settings), deps, {
      lines: run.lines,
      mode,
      counts,
      localPath: changelogPath,
    });
  try {
    // 3. Reconcile the outcomes earlier runs left unknown.
    const reconciled = await run.reconcile(logged);
    logged = [...logged, ...reconciled];
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
    const dry = await run.dryRun(logged);
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
    const applied = await run.apply(logged);
    const c = applied.outcome.counts;
    deps.log.info(
      `${mode}: ${c.applied} applied, ${c.drifted} drifted, ${c.failed} failed, ${c.unknown} unknown, ${c.skipped} skipped in ${(applied.outcome.durationMs / 1000).toFixed(1)} s. Change log: ${r.changelogPath}`,
    );
    deps.outputs.set('applied-count', c.applied);
    deps.outputs.set('failed-count', c.failed + c.unknown);
    if (applied.waveRun) deps.outputs.set('rolled-back-count', applied.waveRun.restores.counts.applied);

    // 6. The change log, committed; a refused commit never loses it (it stays in the workspace).
    const failures = applyFailures(applied, r.changelogPath);
    const committed = await commit(c);
    if (committed.failure) failures.push(committed.failure);
    const w = applied.waveRun;
    await deps.outputs.summary(
      applySummary(
        mode,
        plan,
        applied.outcome,
        applied.records,
        { path: r.changelogPath, commitUrl: committed.url, note: committed.note },
        reconciled,
        w && { waves: w.waves, stopped: w.stopped, brokenTotal: w.brokenTotal },
      ),
    );
    return { passed: failures.length === 0, failures };
  } finally {
    run.close();
  }
}

/** The OIDC environment claim must be the approval environment, and the plan this session's account. */
function approve(
  mode: 'apply' | 'rollback',
  plan: Plan,
  session: Session,
  settings: Settings,
  deps: Deps,
): void {
  checkApproval({
    mode,
    claims: session.oidcClaims,
    environment: settings.remediation.approvalEnvironment ?? '',
    eventName: deps.github.eventName,
    usedOidc: Boolean(settings.auth.roleToAssume),
  });
  deps.log.info(
    `Approved: OIDC environment claim '${String(session.oidcClaims?.environment)}' matches approval-environment; applying plan ${plan.digest}.`,
  );
  const foreign = [...new Set(plan.items.map((i) => i.accountId))].filter((a) => a !== session.accountId);
  if (foreign.length)
    throw new RefusedError(
      `${mode} refused: the plan changes account(s) ${foreign.join(', ')}, but this run is signed in to ${session.accountId}. Run one apply per account with that account's write role. Nothing was changed.`,
    );
}
