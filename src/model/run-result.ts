/** A run's result: what the entries turn into an exit status. */

import type { Assessment } from './assessment.js';
import type { Inventory } from './inventory.js';
import type { Plan } from './remediation.js';

export interface RunResult {
  /** False when the gate (or an apply) failed: the step exits non-zero. */
  passed: boolean;
  /** One line per reason, for core.setFailed / the CLI's stderr. */
  failures: string[];
  assessment?: Assessment;
  inventory?: Inventory;
  /** The plan a plan / plan-rollback run wrote (the CLI prints what it changes). */
  plan?: Plan;
}
