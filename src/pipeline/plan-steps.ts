/**
 * The steps of mode: plan around the judging: the `instances` CSV read before any AWS call, what selected
 * the plan (recorded in it), and the plan staged into the `waves` input's waves.
 */
import { createHash } from 'node:crypto';
import { sealPlan } from '../assess/plan-file.js';
import { type CsvSelection, parseInstancesCsv } from '../assess/selection.js';
import { planWithWaves } from '../assess/waves.js';
import type { Deps } from '../deps.js';
import type { Inventory, Plan, PlanSelection } from '../model/types.js';
import type { Settings } from '../settings/types.js';
import { readWorkspaceFile } from './files.js';

/** The `instances` input's CSV (`file: PATH`): its rows, and what the plan records of it. */
export function readInstancesFile(
  settings: Settings,
  deps: Deps,
): { rows: CsvSelection[]; recorded?: PlanSelection['instancesFile'] } {
  const path = settings.remediation.selection.instancesFile;
  if (!path) return { rows: [] };
  const text = readWorkspaceFile(deps, 'instances', path, 'inside');
  const rows = parseInstancesCsv(text, path);
  deps.log.info(`instances (file: ${path}): ${rows.length} instance id(s) from ${path}`);
  return {
    rows,
    recorded: { path, sha256: createHash('sha256').update(text).digest('hex'), rows: rows.length },
  };
}

/** What selected the plan's resources, recorded in it. */
export function selectionOf(
  settings: Settings,
  inventory: Inventory,
  instancesFile: PlanSelection['instancesFile'],
): PlanSelection {
  const { selection, targets } = settings.remediation;
  return {
    accountId: inventory.callerAccountId,
    regions: settings.scope.regions,
    excludeRegions: settings.scope.excludeRegions,
    targets,
    instances: selection.instances,
    tags: selection.tags,
    excludeInstances: selection.excludeInstances,
    excludeTags: selection.excludeTags,
    ...(instancesFile ? { instancesFile } : {}),
  };
}

/** The plan staged into the `waves` input's waves (each item's wave, the soak and budget), or as it is. */
export function staged(flat: Plan, settings: Settings, inventory: Inventory, deps: Deps): Plan {
  const waves = settings.remediation.waves;
  if (!waves) return flat;
  const tags = new Map(inventory.instances.map((i) => [i.instanceId, i.tags]));
  const plan = sealPlan(planWithWaves(flat, waves, (it, key) => tags.get(it.resourceId)?.[key]));
  const w = plan.waves!;
  deps.log.info(
    `Waves: ${w.waves.map((x) => `${x.wave}. ${x.definition} (${x.items})`).join('; ')}; soak ${w.soakMinutes} min, failure budget ${w.failureBudget}.`,
  );
  if (w.soakMinutes < 10 && w.waves.length > 1)
    deps.log.warning(
      `waves: soak=${w.soakMinutes} is shorter than CloudWatch needs to show refused IMDSv1 calls reliably (EC2 publishes its metrics every 5 minutes, 1 with detailed monitoring, a few minutes late); use soak=10 or more.`,
    );
  return plan;
}
