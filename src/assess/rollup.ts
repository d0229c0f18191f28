/** Rollups: the counts every table of the report is made of (fleet, region, account, tag value). Pure. */
import type { AssessedInstance, Rollup } from '../model/types.js';
import { isStopped } from './rules.js';

export function emptyRollup(): Rollup {
  return {
    inScope: 0,
    compliant: 0,
    percent: 100,
    buckets: { 'v2-required': 0, 'v1-allowed': 0, disabled: 0, pending: 0 },
    stopped: 0,
    risk: { 'role-public': 0, role: 0, 'no-role': 0 },
    withRole: 0,
    exempted: 0,
  };
}

export function addToRollup(r: Rollup, i: AssessedInstance): void {
  r.inScope++;
  if (i.compliant || i.exception?.honoured) r.compliant++;
  if (i.exception?.honoured && !i.compliant) r.exempted++;
  r.buckets[i.bucket]++;
  if (isStopped(i)) r.stopped++;
  if (i.risk) r.risk[i.risk]++;
  if (i.instanceProfileArn) r.withRole++;
}

export function finishRollup(r: Rollup): Rollup {
  r.percent = r.inScope === 0 ? 100 : (r.compliant / r.inScope) * 100;
  return r;
}

/** Worst first: lowest percentage, then most IMDSv1-allowed, then the key. */
export function worstFirst<T>(rollupOf: (x: T) => Rollup, keyOf: (x: T) => string) {
  return (a: T, b: T): number =>
    rollupOf(a).percent - rollupOf(b).percent ||
    rollupOf(b).buckets['v1-allowed'] - rollupOf(a).buckets['v1-allowed'] ||
    keyOf(a).localeCompare(keyOf(b));
}
