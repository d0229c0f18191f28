/** The plan file both planning modes write: sealed, in the workspace, its digest an output. */
import { relative } from 'node:path';
import type { Deps } from '../deps.js';
import { writeFileSafe } from '../fs/safe.js';
import type { Plan } from '../model/types.js';
import { provenanceSummary } from '../report/provenance.js';
import { planSummary } from '../report/remediation.js';
import { workspacePath } from './files.js';

/** Writes the sealed plan to `plan-file`, outputs its path and digest, and shows it to the approver. */
export async function writePlan(
  plan: Plan,
  planFile: string,
  deps: Deps,
  extra: { expired?: string[]; failedRegions?: string[] },
): Promise<void> {
  const path = workspacePath(deps, planFile, 'plan-file');
  writeFileSafe(
    { root: deps.github.workspace, input: 'plan-file', path },
    `${JSON.stringify(plan, null, 2)}\n`,
  );
  deps.outputs.set('plan-file', path);
  deps.outputs.set('plan-digest', plan.digest);
  deps.log.info(`Plan written to ${planFile} (plan-digest ${plan.digest}).`);
  await deps.outputs.summary(planSummary(plan, relative(deps.github.workspace, path) || path, extra));
  if (plan.provenance) await deps.outputs.summary(provenanceSummary(plan.provenance));
}
