/**
 * The inventory stage: which accounts, which regions, then the scan. Account fan-out (organizations,
 * member roles, shards) lives in accounts.ts; this file only composes.
 */
import type { Log } from '../log.js';
import type { AccountScan, Inventory, Settings } from '../types.js';
import type { ClientFactory } from './clients.js';
import {
  type AccountTarget,
  listRegions,
  type RegionList,
  scanInstances,
  selectRegions,
} from './inventory.js';
import type { Session } from './session.js';

export interface CollectOptions {
  /** Accounts to scan (default: the signed-in account only). */
  accounts?: Array<AccountTarget & { failed?: AccountScan['error'] }>;
}

export async function collectInventory(
  settings: Settings,
  session: Session,
  clients: ClientFactory,
  log: Log,
  now: () => Date,
  options: CollectOptions = {},
): Promise<Inventory> {
  const started = now();
  const targets = options.accounts ?? [
    { accountId: session.accountId, roleArn: session.arn, credentials: session.credentials },
  ];
  const accountScans: AccountScan[] = targets
    .filter((t) => t.failed)
    .map((t) => ({ accountId: t.accountId, roleArn: t.roleArn, status: 'failed' as const, error: t.failed }));
  const reachable = targets.filter((t) => !t.failed);

  // One DescribeRegions per account; a named region that the account lacks is an input error
  // raised before any instance is scanned.
  const regionLists = new Map<string, RegionList>();
  const plan: Array<{ account: AccountTarget; regions: string[] }> = [];
  for (const t of reachable) {
    let list: RegionList;
    try {
      list = await listRegions(clients.ec2(settings.homeRegion, t.credentials, t.accountId));
    } catch (e) {
      if (reachable.length === 1) throw e;
      accountScans.push({
        accountId: t.accountId,
        roleArn: t.roleArn,
        status: 'failed',
        error: { code: (e as { name?: string }).name ?? 'Error', message: (e as Error).message },
      });
      continue;
    }
    regionLists.set(t.accountId, list);
    const regions = selectRegions(list, settings.scope.regions, settings.scope.excludeRegions);
    plan.push({ account: t, regions });
    accountScans.push({ accountId: t.accountId, roleArn: t.roleArn, status: 'ok' });
  }

  const regionCount = plan.reduce((n, p) => n + p.regions.length, 0);
  log.info(
    `Scanning ${regionCount} region${regionCount === 1 ? '' : 's'} across ${plan.length} account${plan.length === 1 ? '' : 's'} (up to ${settings.scope.concurrency} at a time)…`,
  );
  const { regions, instances } = await scanInstances(
    { targets: plan, includeStopped: settings.scope.includeStopped, concurrency: settings.scope.concurrency },
    clients,
    log,
  );
  accountScans.sort((a, b) => a.accountId.localeCompare(b.accountId));
  return {
    scannedAt: started.toISOString(),
    durationMs: now().getTime() - started.getTime(),
    callerAccountId: session.accountId,
    accounts: accountScans,
    regions,
    instances,
    apiCalls: { ...clients.calls },
  };
}
