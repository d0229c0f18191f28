/**
 * The rollback plan's provenance paragraph in the job summary: what was checked and what was found,
 * or plainly that nothing was. Every value is escaped (run ids, logins and reasons come from the change
 * log, which anyone with push access can edit). The left-out records themselves are rows of the plan's
 * held-back table.
 */
import type { PlanProvenance } from '../model/types.js';
import { escapeMarkdown } from './escape.js';

export function provenanceSummary(p: PlanProvenance): string {
  const head = p.checked
    ? p.unverifiedPlanned
      ? '### Provenance: checked — unverified records planned'
      : '### Provenance: checked'
    : '### Provenance: NOT checked';
  return `${head}\n\n${escapeMarkdown(p.statement, 2000)}\n`;
}
