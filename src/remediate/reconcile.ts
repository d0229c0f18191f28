/**
 * Reconciliation: the start of every apply/rollback settles intents an earlier run left without an
 * outcome (the process died with AWS's answer on the wire). Each such resource is re-read and a
 * reconciling outcome is appended to the log (`reconciledBy` = this run), so the log again says
 * exactly what AWS did. The reads are injected (tests pass fakes); the judgement is
 * changelog.ts#reconcileRecord (pure).
 */
import { errorMessage, type Log } from '../log.js';
import type { ChangeRecord, MetadataOptions } from '../model/types.js';
import { type Observed, reconcileRecord } from './changelog.js';

export interface ReconcileReaders {
  /** Current metadata options by instance id; ids that no longer exist are absent. */
  instances(accountId: string, region: string, ids: string[]): Promise<Map<string, MetadataOptions>>;
  /** The default version of a launch template (undefined: the template no longer exists). */
  launchTemplate(accountId: string, region: string, id: string): Promise<Observed | undefined>;
  accountDefaults(accountId: string, region: string): Promise<MetadataOptions>;
}

export interface ReconcileResult {
  /** Reconciling outcomes, in the order of the intents (append them to the log). */
  records: ChangeRecord[];
  /** Intents that could not be settled (another account, or the read failed): still unknown. */
  unsettled: Array<{ intent: ChangeRecord; why: string }>;
}

export async function reconcileIntents(
  intents: readonly ChangeRecord[],
  readers: ReconcileReaders,
  ctx: { runId: string; now: () => Date; accountId: string; log: Log },
): Promise<ReconcileResult> {
  const records: ChangeRecord[] = [];
  const unsettled: ReconcileResult['unsettled'] = [];
  const observed = new Map<ChangeRecord, Observed | undefined>();
  const mine = intents.filter((i) => {
    if (i.accountId === ctx.accountId) return true;
    unsettled.push({
      intent: i,
      why: `account ${i.accountId} is not the signed-in account ${ctx.accountId}; reconcile it from that account's apply`,
    });
    return false;
  });
  // Instances: one batched read per region.
  const byRegion = new Map<string, ChangeRecord[]>();
  for (const i of mine.filter((x) => x.kind === 'instance')) {
    const k = `${i.accountId}/${i.region}`;
    byRegion.set(k, [...(byRegion.get(k) ?? []), i]);
  }
  await Promise.all(
    [...byRegion.values()].map(async (group) => {
      const { accountId, region } = group[0];
      try {
        const found = await readers.instances(
          accountId,
          region,
          group.map((g) => g.resourceId),
        );
        for (const g of group) {
          const m = found.get(g.resourceId);
          observed.set(g, m ? { state: m } : undefined);
        }
      } catch (e) {
        for (const g of group) unsettled.push({ intent: g, why: `re-read failed: ${errorMessage(e)}` });
      }
    }),
  );
  await Promise.all(
    mine
      .filter((x) => x.kind !== 'instance')
      .map(async (i) => {
        try {
          observed.set(
            i,
            i.kind === 'launch-template'
              ? await readers.launchTemplate(i.accountId, i.region, i.resourceId)
              : { state: await readers.accountDefaults(i.accountId, i.region) },
          );
        } catch (e) {
          unsettled.push({ intent: i, why: `re-read failed: ${errorMessage(e)}` });
        }
      }),
  );
  for (const i of mine) {
    if (!observed.has(i)) continue;
    const r = reconcileRecord(i, observed.get(i), { runId: ctx.runId, time: ctx.now().toISOString() });
    records.push(r);
    ctx.log.info(
      `Reconciled ${i.kind} ${i.resourceId} (${i.region}) of run ${i.runId}: ${r.result}${r.errorMessage ? ` — ${r.errorMessage}` : ''}`,
    );
  }
  for (const u of unsettled) {
    ctx.log.warning(
      `${u.intent.kind} ${u.intent.resourceId} (${u.intent.region}) of run ${u.intent.runId}: outcome still unknown — ${u.why}`,
    );
  }
  return { records, unsettled };
}
