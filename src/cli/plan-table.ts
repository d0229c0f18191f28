// What a plan changes, for a terminal: the first rows as a table, then where the rest are.
import type { Plan } from '../model/remediation.js';
import { transitionText } from '../report/remediation.js';

/** The first rows a plan changes, as a table for a terminal; the plan file has every one. */
export function planTable(plan: Plan, planFile: string, top = 20): string {
  const rows = plan.items
    .slice(0, top)
    .map((i) => [
      i.resourceId,
      i.name ?? '',
      `${i.accountId}/${i.region}`,
      transitionText(i),
      i.v1Calls === undefined ? '' : String(i.v1Calls),
    ]);
  const header = ['resource', 'name', 'account/region', 'change', 'v1 calls'];
  const width = header.map((h, c) => Math.min(60, Math.max(h.length, ...rows.map((r) => r[c].length))));
  const line = (r: string[]) =>
    r
      .map((v, c) => (v.length > width[c] ? `${v.slice(0, width[c] - 1)}…` : v.padEnd(width[c])))
      .join('  ')
      .trimEnd();
  const n = plan.items.length;
  const out = [`${n} change${n === 1 ? '' : 's'} planned (${plan.heldBack.length} held back):`];
  if (n) out.push(line(header), ...rows.map(line));
  if (n > top) out.push(`…and ${n - top} more: every item is in ${planFile}`);
  return out.join('\n');
}
