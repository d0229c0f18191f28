/**
 * mode: plan-rollback — read-only: a plan restoring the exact before-states one apply run recorded.
 *
 *   change log ─► provenance (only records IMDS Guard provably wrote) ─► the run's before-states ─►
 *   instance names (read with the signed-in session) ─► sealed rollback plan
 */
import { PlanError, sealPlan } from '../assess/plan-file.js';
import {
  autoRestoredRows,
  buildRollbackPlan,
  leftOutRows,
  noProvenRunError,
  type ProvenanceSort,
  parseRollbackRun,
  provenanceOfPlan,
  type RollbackRunSpec,
} from '../assess/rollback.js';
import { withoutAutoRestored } from '../assess/waves.js';
import { sessionOf } from '../aws/clients.js';
import { rereadInstances } from '../aws/reread.js';
import { type Session, signIn } from '../aws/session.js';
import type { Deps } from '../deps.js';
import { provenRecords } from '../github/provenance.js';
import type { ChangeRecord, Plan, RunResult } from '../model/types.js';
import { parseChangeLogLines } from '../remediate/changelog.js';
import type { Settings } from '../settings/types.js';
import { readOptionalWorkspaceFile } from './files.js';
import { signInOptions } from './options.js';
import { writePlan } from './plan-output.js';

export async function planRollbackMode(settings: Settings, deps: Deps): Promise<RunResult> {
  const r = settings.remediation;
  // 1. The change log: parsed (and validated) before any AWS call.
  const text = readOptionalWorkspaceFile(deps, 'changelog-path', r.changelogPath);
  if (text === undefined) {
    throw new Error(
      `changelog-path: no change log at ${r.changelogPath}. Check out the branch the apply run committed it to (or set changelog-path).`,
    );
  }
  const spec = parseRollbackRun(r.rollbackRun ?? 'last');
  const lines = parseChangeLogLines(text, r.changelogPath);

  // 2. Provenance: only records IMDS Guard wrote are restored (docs/remediation.md, "Provenance").
  const proven = await provenRecords(lines, spec, {
    token: settings.github.token,
    apiUrl: deps.github.apiUrl,
    repository: deps.github.repository,
    ref: deps.github.ref,
    path: r.changelogPath,
  });
  // Instances a wave's soak already restored automatically need no rollback: never re-apply them.
  const { records, restored } = withoutAutoRestored(proven.sorted.records);
  const { plan: bare, runId } = rollbackOf(records, proven, spec, settings, deps);
  const leftOut = leftOutRows(proven.sorted.leftOut, r.changelogPath);
  for (const h of leftOut) deps.log.warning(`Rollback plan: ${h.resourceId} (${h.region}) ${h.reason}`);

  // 3. Instance names, read with the signed-in account's session, so the approver sees which instance
  //    each restore is for (apply runs per account: other accounts' items keep their ids). Read-only:
  //    reconciling records are written by the approved job.
  const session = await signIn(signInOptions(settings), deps.clients, deps.idToken, deps.log, deps.env);
  const names = await instanceNames(bare, session, deps);
  const { digest: _old, ...unsealed } = bare;
  const provenance = provenanceOfPlan(proven.sorted, unsealed, leftOut.length, spec, r.changelogPath);
  const plan = sealPlan({
    ...unsealed,
    items: unsealed.items.map((i) => (names.has(i.resourceId) ? { ...i, name: names.get(i.resourceId) } : i)),
    heldBack: [...unsealed.heldBack, ...autoRestoredRows(restored, runId), ...leftOut],
    provenance,
  });
  (provenance.checked && !provenance.unverifiedPlanned ? deps.log.info : deps.log.warning)(
    provenance.statement,
  );
  deps.log.info(
    `Rollback plan for run ${runId}: ${plan.items.length} change(s) to restore to their recorded before-state.`,
  );
  await writePlan(plan, r.planFile, deps, {});
  return { passed: true, failures: [], plan };
}

/** The rollback plan of the proven records, narrowed by the `instances` input. */
function rollbackOf(
  records: ChangeRecord[],
  proven: { sorted: ProvenanceSort; run?: string },
  spec: RollbackRunSpec,
  settings: Settings,
  deps: Deps,
): { plan: Plan; runId: string } {
  const r = settings.remediation;
  try {
    return buildRollbackPlan(
      records,
      {
        run: proven.run ?? spec.run,
        instances: r.selection.instances,
        excludeInstances: r.selection.excludeInstances,
      },
      deps.now().toISOString(),
      {
        regions: settings.scope.regions,
        excludeRegions: settings.scope.excludeRegions,
        targets: [],
        instances: r.selection.instances,
        tags: [],
        excludeInstances: r.selection.excludeInstances,
        excludeTags: [],
        rollbackRun: r.rollbackRun ?? 'last',
      },
      proven.sorted.unproven,
    );
  } catch (e) {
    // Nothing of the run passed: say what was left out rather than "no applied changes".
    throw (e instanceof PlanError && noProvenRunError(proven.sorted.leftOut, spec, r.changelogPath)) || e;
  }
}

/** The Name tags of the plan's instances in the signed-in account; a region that cannot be read lists ids. */
async function instanceNames(plan: Plan, session: Session, deps: Deps): Promise<Map<string, string>> {
  const sessions = new Map([[session.accountId, session]]);
  const byRegion = new Map<string, string[]>();
  for (const i of plan.items.filter((x) => x.kind === 'instance')) {
    if (!sessions.has(i.accountId)) continue;
    const k = `${i.accountId}/${i.region}`;
    byRegion.set(k, [...(byRegion.get(k) ?? []), i.resourceId]);
  }
  const names = new Map<string, string>();
  await Promise.all(
    [...byRegion].map(async ([k, ids]) => {
      const [accountId, region] = k.split('/');
      try {
        const ec2 = deps.clients.ec2(sessionOf(sessions, accountId), region);
        const { found } = await rereadInstances(ec2, accountId, region, ids);
        for (const [id, inst] of found) if (inst.name) names.set(id, inst.name);
      } catch (e) {
        deps.log.warning(
          `Rollback plan: could not read instance names in ${region} (${(e as Error).message}); the plan lists ids only.`,
        );
      }
    }),
  );
  return names;
}
