/**
 * Dispatch: each mode is one narrated pipeline under src/pipeline/. Nothing else happens here.
 * A mode's pipeline is loaded when the run is that mode (a bundle chunk of its own): the nightly audit
 * and the required check do not load remediation's code.
 */
import type { Deps } from './deps.js';
import type { RunResult } from './model/types.js';
import { auditMode } from './pipeline/audit.js';
import type { Settings } from './settings/types.js';

export type { RunResult } from './model/types.js';

export async function run(settings: Settings, deps: Deps): Promise<RunResult> {
  switch (settings.mode) {
    case 'audit':
      return auditMode(settings, deps);
    case 'merge':
      return (await import('./pipeline/merge.js')).mergeMode(settings, deps);
    case 'plan':
      return (await import('./pipeline/plan.js')).planMode(settings, deps);
    case 'plan-rollback':
      return (await import('./pipeline/plan-rollback.js')).planRollbackMode(settings, deps);
    case 'apply':
    case 'rollback':
      return (await import('./pipeline/apply.js')).applyMode(settings, deps);
  }
}
