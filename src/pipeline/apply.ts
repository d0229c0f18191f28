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
import { signIn } from '../aws/session.js';
import type { Deps } from '../deps.js';
import { commitChangeLog } from '../github/commit.js';
import type { ChangeRecord, RunResult } from '../model/types.js';
import { RefusedError } from '../remediate/approval.js';
import { parseChangeLog } from '../remediate/changelog.js';
import { applyFailures, PlanExecution } from '../remediate/execute.js';
import { zeroOutcome } from '../remediate/outcome.js';
import { applySummary, nothingToChangeSummary, refusedDryRunSummary } from '../report/remediation.js';
import type { Settings } from '../settings/types.js';
import { approve, loadPinnedPlan, refuseOnEvent } from './apply-gates.js';
import { readOptionalWorkspaceFile, workspacePath } from './files.js';
import { changeLogCommitOptions, signInOptions } from './options.js';

export async function applyMode(settings: Settings, deps: Deps): Promise<RunResult> {
  return executePlan(settings.mode === 'rollback' ? 'rollback' : 'apply', settings, deps);
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
