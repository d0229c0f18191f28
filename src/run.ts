/** Dispatch: each mode is one narrated pipeline under src/pipeline/. Nothing else happens here. */
import type { Deps } from './deps.js';
import type { RunResult, Settings } from './model/types.js';
import { applyMode } from './pipeline/apply.js';
import { auditMode } from './pipeline/audit.js';
import { mergeMode } from './pipeline/merge.js';
import { planMode, planRollbackMode } from './pipeline/plan.js';

export type { RunResult } from './model/types.js';

export function run(settings: Settings, deps: Deps): Promise<RunResult> {
  switch (settings.mode) {
    case 'audit':
      return auditMode(settings, deps);
    case 'merge':
      return mergeMode(settings, deps);
    case 'plan':
      return planMode(settings, deps);
    case 'plan-rollback':
      return planRollbackMode(settings, deps);
    case 'apply':
    case 'rollback':
      return applyMode(settings, deps);
  }
}
