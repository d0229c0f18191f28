/**
 * Who still uses IMDSv1: the audit's CloudWatch read (MetadataNoToken for v1-allowed instances,
 * MetadataNoTokenRejected for those that require tokens), counted. Pure.
 */
import type { AssessedInstance, V1UsageAssessment, V1UsageRead } from '../model/types.js';

export type UsageState = 'in-use' | 'safe' | 'unknown';

/** A v1-allowed instance: made IMDSv1 calls (will break), none (safe to harden now), or not read. */
export function usageState(i: Pick<AssessedInstance, 'v1Calls'>): UsageState {
  if (i.v1Calls === undefined) return 'unknown';
  return i.v1Calls > 0 ? 'in-use' : 'safe';
}

/** Broken by hardening: requires tokens now, and IMDSv1 calls were refused in the window. */
export const brokenByHardening = (i: AssessedInstance): boolean =>
  i.bucket !== 'v1-allowed' && (i.v1Rejected ?? 0) > 0;

export function assessV1Usage(instances: readonly AssessedInstance[], read: V1UsageRead): V1UsageAssessment {
  const out: V1UsageAssessment = {
    days: read.days,
    from: read.from,
    to: read.to,
    safe: 0,
    inUse: 0,
    unknown: 0,
    rejected: 0,
    errors: read.errors,
  };
  for (const i of instances) {
    if (i.bucket === 'v1-allowed') {
      const s = usageState(i);
      if (s === 'in-use') out.inUse++;
      else if (s === 'safe') out.safe++;
      else out.unknown++;
    } else if (brokenByHardening(i)) out.rejected++;
  }
  return out;
}
