/**
 * The inventory stage: which accounts (accounts.ts: organization, member roles, shards), which
 * regions, then every (account, region) scanned with one concurrency bound — instances and, alongside
 * them, the new-launch posture (posture.ts).
 *
 * Posture is collected in every audit: it costs 3 calls per region (+ DescribeImages where there are
 * instances) against per-account-per-region token buckets, runs concurrently with the instance scan,
 * and is what `gate-on: launch-templates, account-defaults` needs. A posture call that fails is
 * reported (Inventory.postureErrors), never fatal. Callers that do not need it pass `posture: false`.
 *
 * The exposure context (exposure.ts: GuardDuty, IAM, SageMaker, Elastic Beanstalk, Lightsail) is read the
 * same way, beside the scan and on the secondary budget, whenever posture is (or `exposure: true`).
 */
import pLimit from 'p-limit';
import type { Log } from '../log.js';
import { errorMessage } from '../log.js';
import { compareCode } from '../model/text.js';
import type {
  AccountDefaults,
  AccountScan,
  AutoScalingGroupInfo,
  AutoScalingLaunches,
  ImageInfo,
  Instance,
  Inventory,
  LaunchTemplateInfo,
  PostureError,
  RegionScan,
  Settings,
  ShardInfo,
} from '../model/types.js';
import { type ResolvedTarget, resolveAccounts } from './accounts.js';
import { collectRegionAsgLaunches, mergeAsgLaunches } from './asg.js';
import { type AwsSession, awsErrorCode, type ClientFactory } from './clients.js';
import { exposureCollector } from './exposure.js';
import {
  type AccountTarget,
  listRegions,
  type RegionList,
  RegionSelectionError,
  scanRegion,
  selectRegions,
} from './inventory.js';
import { collectRegionPosture, listAutoScalingGroups, type RegionPosture } from './posture.js';
import { usageWindow } from './readiness.js';
import { ParsePool } from './scan/parse-pool.js';
import type { Session } from './session.js';

export interface CollectOptions {
  /** Accounts to scan; default: resolved from settings (organization / accounts / signed-in account, shard). */
  accounts?: ResolvedTarget[];
  /** Recorded on the inventory when `accounts` is given for one shard. */
  shard?: ShardInfo;
  /** Collect launch posture (default true). */
  posture?: boolean;
  /** Collect the exposure context: GuardDuty, IAM, other IMDS services (default: as posture). */
  exposure?: boolean;
  /** Each page's instances as they arrive, with the session of the account scanned. */
  onInstances?: (session: AwsSession, instances: readonly Instance[]) => void;
  /** A region's listing ended (ok or failed): nothing more of it will reach onInstances. */
  onRegionScanned?: (session: AwsSession, region: string) => void;
}

/** The inventory and, beside it, the session that reached each account (for every later call about it). */
export interface Collected {
  inventory: Inventory;
  sessions: ReadonlyMap<string, AwsSession>;
}

/** Regions of one account in a multi-account scan: a named region the account lacks fails that region only. */
function regionsFor(
  list: RegionList,
  settings: Settings,
  single: boolean,
): { regions: string[]; missing: string[] } {
  try {
    return {
      regions: selectRegions(list, settings.scope.regions, settings.scope.excludeRegions),
      missing: [],
    };
  } catch (e) {
    if (single || !(e instanceof RegionSelectionError)) throw e;
    const wanted = settings.scope.regions === 'all' ? list.enabled : settings.scope.regions;
    const exclude = new Set(settings.scope.excludeRegions);
    const chosen = [...new Set(wanted)].filter((r) => !exclude.has(r));
    return {
      regions: chosen.filter((r) => list.enabled.includes(r)).sort(),
      missing: chosen.filter((r) => !list.enabled.includes(r)).sort(),
    };
  }
}

export async function collectInventory(
  settings: Settings,
  session: Session,
  clients: ClientFactory,
  log: Log,
  now: () => Date,
  options: CollectOptions = {},
): Promise<Collected> {
  const started = now();
  let targets = options.accounts;
  let shard = options.shard;
  if (!targets) {
    const resolved = await resolveAccounts(settings, session, clients, log);
    targets = resolved.targets;
    shard = resolved.shard;
  }
  const withPosture = options.posture ?? true;
  const limit = pLimit(settings.scope.concurrency);
  const { start: from, end: to } = usageWindow(started, settings.remediation.v1UsageDays);
  const exposure =
    (options.exposure ?? withPosture)
      ? exposureCollector(clients, settings.homeRegion, { from, to }, log)
      : undefined;

  const accountScans: AccountScan[] = targets
    .filter((t) => t.failed)
    .map((t) => ({ accountId: t.accountId, roleArn: t.roleArn, status: 'failed' as const, error: t.failed }));
  const reachable = targets.filter((t) => !t.failed);
  const single = reachable.length === 1 && targets.length === 1;

  // One DescribeRegions per account, concurrently; a named region the (only) account lacks is an input
  // error raised before any instance is scanned.
  const regionFailures: RegionScan[] = [];
  const plan: Array<{ account: AccountTarget; regions: string[] }> = [];
  const listed = await Promise.all(
    reachable.map((t) =>
      limit(async () => {
        try {
          return { t, list: await listRegions(clients.ec2(t, settings.homeRegion), t.accountId) };
        } catch (e) {
          if (single) throw e;
          return { t, error: { code: awsErrorCode(e), message: errorMessage(e) } };
        }
      }),
    ),
  );
  for (const { t, list, error } of listed) {
    if (!list) {
      log.warning(`Account ${t.accountId}: DescribeRegions failed (${error?.code}: ${error?.message}).`);
      accountScans.push({ accountId: t.accountId, roleArn: t.roleArn, status: 'failed', error });
      continue;
    }
    const { regions, missing } = regionsFor(list, settings, single);
    for (const region of missing) {
      regionFailures.push({
        accountId: t.accountId,
        region,
        status: 'failed',
        instances: 0,
        pages: 0,
        durationMs: 0,
        error: { code: 'RegionNotEnabled', message: `${region} is not enabled for account ${t.accountId}` },
      });
    }
    plan.push({ account: t, regions });
    accountScans.push({ accountId: t.accountId, roleArn: t.roleArn, status: 'ok' });
  }

  const regionCount = plan.reduce((n, p) => n + p.regions.length, 0);
  log.info(
    `Scanning ${regionCount} region${regionCount === 1 ? '' : 's'} across ${plan.length} account${plan.length === 1 ? '' : 's'} (up to ${settings.scope.concurrency} at a time)${withPosture ? ', with launch posture' : ''}…`,
  );

  // The concurrency slot covers the instance scan only: posture (secondary calls, on clients with the
  // short retry budget) starts with the scan and is awaited after it, so no region's scan — nor the
  // next region's start — waits on a secondary call.
  // Large regions' pages are parsed on every core (parse-pool.ts); small fleets never start a worker.
  const pool = new ParsePool();
  const jobs = plan.flatMap(({ account, regions }) =>
    regions.map(async (region) => {
      const { result, posture, asgLaunches } = await limit(async () => {
        let settle: (v: Instance[] | undefined) => void = () => {};
        const scanned = new Promise<Instance[] | undefined>((r) => {
          settle = r;
        });
        exposure?.region(account, region);
        // One DescribeAutoScalingGroups listing feeds the posture and the groups' launches.
        const autoscaling = clients.autoscaling(account, region, 'secondary');
        const groups = withPosture ? listAutoScalingGroups(autoscaling) : undefined;
        groups?.catch(() => undefined); // awaited (and reported) by the posture below
        const posture = withPosture
          ? collectRegionPosture(
              { ec2: clients.ec2(account, region, 'secondary'), autoscaling, groups },
              account.accountId,
              region,
              scanned,
            )
          : undefined;
        // Auto Scaling groups as they launch (the launch template version each uses), beside the posture.
        const asgLaunches = withPosture
          ? collectRegionAsgLaunches(
              { ec2: clients.ec2(account, region, 'secondary'), autoscaling, groups },
              account.accountId,
              region,
            )
          : undefined;
        const ec2 = clients.ec2(account, region, 'gate');
        const result = await scanRegion(
          ec2,
          account.accountId,
          region,
          settings.scope.includeStopped,
          log,
          pool,
          options.onInstances && ((list) => options.onInstances?.(account, list)),
        );
        options.onRegionScanned?.(account, region);
        if (result.scan.status === 'ok') exposure?.scanned(account, result.instances);
        settle(result.scan.status === 'ok' ? result.instances : undefined);
        return { result, posture, asgLaunches };
      });
      return { ...result, posture: await posture, asgLaunches: await asgLaunches };
    }),
  );
  const results = await Promise.all(jobs).finally(() => pool.close());
  if (pool.workersStarted) {
    log.info(
      `Parsed ${pool.pages.worker} DescribeInstances page(s) of large regions in ${pool.workersStarted} worker thread(s)${pool.pages.here ? `, ${pool.pages.here} on the run's own thread` : ''}.`,
    );
    if (pool.failures.length)
      log.info(
        `${pool.failures.length} parse worker(s) stopped (${pool.failures[0]}); the ${pool.pages.lost} page(s) they held were asked for again and parsed on the run's own thread.`,
      );
  }

  const instances: Instance[] = [];
  const regions: RegionScan[] = [...regionFailures];
  const accountDefaults: AccountDefaults[] = [];
  const launchTemplates: LaunchTemplateInfo[] = [];
  const images: ImageInfo[] = [];
  const autoScalingGroups: AutoScalingGroupInfo[] = [];
  const postureErrors: PostureError[] = [];
  const launches: AutoScalingLaunches[] = [];
  for (const r of results) {
    if (r.asgLaunches) {
      launches.push(r.asgLaunches);
      if (r.scan.status === 'ok') postureErrors.push(...r.asgLaunches.errors);
    }
    regions.push(r.scan);
    for (const i of r.instances) instances.push(i);
    const p: RegionPosture | undefined = r.posture;
    if (!p) continue;
    if (p.accountDefaults) accountDefaults.push(p.accountDefaults);
    launchTemplates.push(...p.launchTemplates);
    images.push(...p.images);
    autoScalingGroups.push(...p.autoScalingGroups);
    // A region whose scan failed is already reported (and gated) as failed: not twice.
    if (r.scan.status === 'ok') postureErrors.push(...p.errors);
  }
  if (postureErrors.length) logPostureErrors(postureErrors, log);

  accountScans.sort((a, b) => compareCode(a.accountId, b.accountId));
  regions.sort((a, b) => compareCode(a.accountId, b.accountId) || compareCode(a.region, b.region));
  const inventory: Inventory = {
    scannedAt: started.toISOString(),
    durationMs: now().getTime() - started.getTime(),
    callerAccountId: session.accountId,
    accounts: accountScans,
    regions,
    instances,
    apiCalls: { ...clients.calls },
  };
  if (withPosture) {
    Object.assign(inventory, { accountDefaults, launchTemplates, images, autoScalingGroups, postureErrors });
    inventory.autoScalingLaunches = mergeAsgLaunches(launches);
  }
  if (shard) inventory.shard = shard;
  if (exposure) {
    inventory.exposure = await exposure.finish(instances, new Map(reachable.map((t) => [t.accountId, t])));
    inventory.apiCalls = { ...clients.calls };
  }
  // Each reached account's session travels on beside the facts it produced (never into the JSON).
  const sessions = new Map<string, AwsSession>(reachable.map((t) => [t.accountId, t]));
  return { inventory, sessions };
}

/** One warning per (operation, error code), not one per region: 850 AccessDenied lines help nobody. */
function logPostureErrors(errors: PostureError[], log: Log): void {
  const groups = new Map<string, PostureError[]>();
  for (const e of errors) {
    const key = `${e.operation} ${e.code}`;
    const g = groups.get(key) ?? [];
    groups.set(key, g);
    g.push(e);
  }
  for (const g of groups.values()) {
    const { operation, code } = g[0];
    const accounts = new Set(g.map((e) => e.accountId)).size;
    log.warning(
      `Launch posture: ${operation} failed with ${code} in ${g.length} region(s) of ${accounts} account(s) (e.g. ${g[0].region}: ${g[0].message}); reported, the audit goes on.`,
    );
  }
}
