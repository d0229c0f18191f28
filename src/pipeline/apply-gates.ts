/**
 * The gates an apply or rollback passes before any AWS write: never on a change event, only the pinned
 * and fresh plan of the right kind, only with the approval environment's OIDC claim, only in the plan's
 * account.
 */
import { checkPlan, PlanError, parsePlan } from '../assess/plan-file.js';
import type { Session } from '../aws/session.js';
import type { Deps } from '../deps.js';
import { isChangeEvent } from '../github/context.js';
import type { Plan } from '../model/types.js';
import { checkApproval, RefusedError } from '../remediate/approval.js';
import type { Settings } from '../settings/types.js';
import { readWorkspaceFile } from './files.js';

/** Never from code under review: a pull request's workflow may not change AWS. */
export function refuseOnEvent(mode: string, deps: Deps): void {
  const ev = deps.github.eventName;
  if (isChangeEvent(ev)) {
    throw new RefusedError(
      `mode: ${mode} refuses to run on ${ev} events: changes are made only from an approved workflow run (workflow_dispatch with an environment), never from code under review.`,
    );
  }
}

/** The plan file, checked against the digest the plan job output, its age, and its kind. */
export function loadPinnedPlan(mode: 'apply' | 'rollback', settings: Settings, deps: Deps): Plan {
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

/** The OIDC environment claim must be the approval environment, and the plan this session's account. */
export function approve(
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
