/**
 * mode: merge — the shards' JSON reports (validated, complete set) → one inventory → the audit's
 * assessment, reports and gate.
 */
import type { Deps } from '../deps.js';
import type { RunResult } from '../model/types.js';
import { loadMergedInventory } from '../readback/shards.js';
import type { Settings } from '../settings/types.js';
import { judgeAndPublish } from './judge.js';

export async function mergeMode(settings: Settings, deps: Deps): Promise<RunResult> {
  const { inventory, outOfScope } = await loadMergedInventory(
    settings.organization.mergeReports ?? '',
    deps.github.workspace,
    deps.log,
  );
  return judgeAndPublish(settings, deps, inventory, outOfScope);
}
