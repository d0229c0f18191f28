/**
 * Rollback plans from the change log: which run, which records, and for each the exact before-state
 * to restore. Intents without a settled outcome (a crash, or an unknown outcome) are included and
 * restored only if AWS shows the change was made (apply's drift check). Pure.
 */
import {
  applyDefaultsChange,
  changedFields,
  defaultsDrift,
  defaultsSettings,
  settingsOf,
} from '../model/metadata.js';
import type {
  ChangeRecord,
  HeldBackItem,
  MetadataOptions,
  Plan,
  PlanItem,
  PlanSelection,
} from '../model/types.js';
import { itemOrder } from './plan.js';
import { PlanError, sealPlan } from './plan-file.js';

// ───────────────────────────── rollback ─────────────────────────────

export interface RollbackSelection {
  /** A run id, or 'last' (the run of the last record in the log). */
  run: string;
  instances?: string[];
  excludeInstances?: string[];
}

/** Which run 'last' means: the most recent apply run with applied changes (never a rollback run). */
export function resolveRun(records: ChangeRecord[], run: string): string | undefined {
  if (run !== 'last') return run;
  for (let i = records.length - 1; i >= 0; i--)
    if (records[i].result === 'applied' && records[i].mode !== 'rollback') return records[i].runId;
  return undefined;
}

/**
 * Intents with no settled outcome after them: the process died with the answer on the wire, or the
 * outcome was recorded as `unknown`. The next run re-reads each and records what AWS has.
 */
export function openIntents(records: readonly ChangeRecord[]): ChangeRecord[] {
  const open = new Map<string, ChangeRecord>();
  for (const r of records) {
    const k = `${r.runId}|${r.mode}|${r.kind}|${r.accountId}|${r.region}|${r.resourceId}`;
    if (r.result === 'started') {
      open.delete(k);
      open.set(k, r);
    } else if (r.result !== 'unknown') open.delete(k);
  }
  return [...open.values()];
}

/** The rollback item for one applied (or outcome-unknown) record: every field it altered, set back. */
function restoreItem(r: ChangeRecord, reason: string): PlanItem | undefined {
  const base = { kind: r.kind, accountId: r.accountId, region: r.region, resourceId: r.resourceId, reason };
  if (r.kind === 'launch-template') {
    if (r.beforeVersion === undefined || r.afterVersion === undefined || r.beforeVersion === r.afterVersion)
      return undefined;
    return {
      ...base,
      before: settingsOf(r.after),
      after: settingsOf(r.before),
      beforeVersion: r.afterVersion,
      afterVersion: r.beforeVersion,
    };
  }
  if (r.kind === 'account-defaults') {
    const left = applyDefaultsChange(r.before, r.after);
    const was = defaultsSettings(r.before);
    const restore: MetadataOptions = {};
    for (const f of defaultsDrift(was, left)) {
      const v = was[f] ?? (f === 'httpPutResponseHopLimit' ? -1 : 'no-preference');
      (restore as Record<string, unknown>)[f] = v;
    }
    if (Object.keys(restore).length === 0) return undefined;
    return { ...base, before: left, after: restore };
  }
  const leftState = { ...settingsOf(r.before), ...settingsOf(r.after) };
  const restore: MetadataOptions = {};
  for (const f of changedFields(leftState, settingsOf(r.before)))
    (restore as Record<string, unknown>)[f] = r.before[f];
  if (Object.keys(restore).length === 0) return undefined;
  return { ...base, before: settingsOf(leftState), after: restore };
}

/**
 * A plan that restores each applied change's exact before-state. The plan's before is the state the
 * change left (so apply's drift check refuses resources someone changed since), its after is every
 * field the change altered, set back to what it was (`no-preference` for an account default that was
 * unset; the old default version for a launch template). An intent of the run that still has no
 * outcome (reconciliation could not read it) is planned too: its drift check restores it only if AWS
 * shows the change was made.
 */
export function buildRollbackPlan(
  records: ChangeRecord[],
  sel: RollbackSelection,
  createdAt: string,
  selectedBy?: PlanSelection,
): { plan: Plan; runId: string; matched: number } {
  const runId = resolveRun(records, sel.run);
  if (!runId) throw new PlanError('rollback-run: last — the change log has no applied changes to roll back');
  const applied = records.filter((r) => r.runId === runId && r.result === 'applied');
  const unknown = openIntents(records).filter((r) => r.runId === runId);
  if (applied.length === 0 && unknown.length === 0) {
    const runs = [...new Set(records.map((r) => r.runId))].slice(-10);
    throw new PlanError(
      `rollback-run: run ${runId} has no applied changes in the change log${runs.length ? ` (runs in the log: ${runs.join(', ')})` : ''}`,
    );
  }
  const items: PlanItem[] = [];
  const heldBack: HeldBackItem[] = [];
  const seen = new Set<string>();
  let matched = 0;
  const candidates: Array<{ r: ChangeRecord; reason: string }> = [
    ...[...applied].reverse().map((r) => ({
      r,
      reason: `restore the before-state recorded by run ${runId} at ${r.time}${r.reconciledBy ? ` (outcome reconciled by run ${r.reconciledBy})` : ''}`,
    })),
    ...unknown.map((r) => ({
      r,
      reason: `outcome unknown (run ${runId} wrote an intent at ${r.time} but no outcome): restored only if AWS shows the change was made`,
    })),
  ];
  // The last applied record per resource wins (a run changes a resource at most once, but be safe).
  for (const { r, reason } of candidates) {
    const key = `${r.kind}/${r.accountId}/${r.region}/${r.resourceId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (sel.instances?.length && !sel.instances.includes(r.resourceId)) continue;
    matched++;
    if (sel.excludeInstances?.includes(r.resourceId)) {
      heldBack.push({
        accountId: r.accountId,
        region: r.region,
        resourceId: r.resourceId,
        reason: `excluded by instances (!${r.resourceId})`,
      });
      continue;
    }
    const item = restoreItem(r, reason);
    if (item) items.push(item);
    else if (r.result === 'started') {
      heldBack.push({
        accountId: r.accountId,
        region: r.region,
        resourceId: r.resourceId,
        reason: 'outcome unknown and not reconcilable from the log (re-run rollback once AWS can be read)',
      });
    }
  }
  if (sel.instances?.length) {
    for (const id of sel.instances) {
      if (!applied.some((r) => r.resourceId === id) && !unknown.some((r) => r.resourceId === id)) {
        heldBack.push({
          accountId: '',
          region: '',
          resourceId: id,
          reason: `run ${runId} did not change this instance`,
        });
      }
    }
  }
  items.sort(itemOrder);
  heldBack.sort(itemOrder);
  const plan = sealPlan({
    schema: 'imds-guard/plan',
    version: 1,
    createdAt,
    scannedAt: createdAt,
    mode: 'rollback',
    remediation: 'restore',
    v1UsageDays: 0,
    ...(selectedBy ? { selectedBy } : {}),
    items,
    heldBack,
  });
  return { plan, runId, matched };
}
