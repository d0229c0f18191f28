/** Remediation modes (plan, apply, rollback) and merge. Placeholder until the remediation work lands. */
import type { Deps } from '../deps.js';
import type { RunResult } from '../run.js';
import type { Settings } from '../types.js';

export async function runRemediation(settings: Settings, _deps: Deps): Promise<RunResult> {
  throw new Error(`mode: ${settings.mode} is not available in this build yet`);
}
