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
import pLimit, { type LimitFunction } from 'p-limit';
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
  ShardInfo,
} from '../model/types.js';
import type { ResolvedTarget } from './accounts.js';
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

/** What the scan reads of the run's settings, and its hooks: nothing else reaches this layer. */
export interface CollectOptions {
  /** Region of DescribeRegions and of the exposure context's account-wide reads. */
  homeRegion: string;
  scope: {
    /** 'all' = every region DescribeRegions reports enabled. */
    regions: 'all' | string[];
    excludeRegions: string[];
    includeStopped: boolean;
    /** Bounded parallelism across account × region scans. */
    concurrency: number;
  };
  /** Days of IMDSv1 use the exposure context reads back. */
  v1UsageDays: number;
  /**
   * The accounts to scan, each reachable or failed, and the shard they are (accounts.ts
   * resolveAccounts: organization, member roles, shard), resolved when the scan starts.
   */
  accounts: () => Promise<{ targets: ResolvedTarget[]; shard?: ShardInfo }>;
  /** Collect launch posture (default true). */
  posture?: boolean;
  /** Collect the exposure context: GuardDuty, IAM, other IMDS services (default: as posture). */
  exposure?: boolean;
  /** Each page's instances as they arrive, with the session of the account scanned. */
  onInstances?: (session: AwsSession, instances: readonly Instance[]) => void;
  /** A region's listing ended (ok or failed): nothing more of it will reach onInstances. */
  onRegionScanned?: (session: AwsSession, region: string) => void;
  /** Every region's scan has been queued (those within the concurrency bound ask for their first page). */
  onScanStarted?: () => void;
}

/** The inventory and, beside it, the session that reached each account (for every later call about it). */
export interface Collected {
  inventory: Inventory;
  sessions: ReadonlyMap<string, AwsSession>;
}

/** Regions of one account in a multi-account scan: a named region the account lacks fails that region only. */
function regionsFor(
  list: RegionList,
  scope: CollectOptions['scope'],
  single: boolean,
): { regions: string[]; missing: string[] } {
  try {
    return {
      regions: selectRegions(list, scope.regions, scope.excludeRegions),
      missing: [],
    };
  } catch (e) {
    if (single || !(e instanceof RegionSelectionError)) throw e;
    const wanted = scope.regions === 'all' ? list.enabled : scope.regions;
    const exclude = new Set(scope.excludeRegions);
    const chosen = [...new Set(wanted)].filter((r) => !exclude.has(r));
    return {
      regions: chosen.filter((r) => list.enabled.includes(r)).sort(),
      missing: chosen.filter((r) => !list.enabled.includes(r)).sort(),
    };
  }
}

/** The (account, regions) to scan, and what already failed: accounts not reached, regions not enabled. */
interface ScanPlan {
  plan: Array<{ account: AccountTarget; regions: string[] }>;
  accountScans: AccountScan[];
  regionFailures: RegionScan[];
  reachable: ResolvedTarget[];
}

/**
 * One DescribeRegions per reachable account, concurrently; a named region the (only) account lacks is
 * an input error raised before any instance is scanned.
 */
async function planScan(
  targets: ResolvedTarget[],
  options: CollectOptions,
  clients: ClientFactory,
  log: Log,
  limit: LimitFunction,
): Promise<ScanPlan> {
  const accountScans: AccountScan[] = targets
    .filter((t) => t.failed)
    .map((t) => ({ accountId: t.accountId, roleArn: t.roleArn, status: 'failed' as const, error: t.failed }));
  const reachable = targets.filter((t) => !t.failed);
  const single = reachable.length === 1 && targets.length === 1;
  const regionFailures: RegionScan[] = [];
  const plan: ScanPlan['plan'] = [];
  const listed = await Promise.all(
    reachable.map((t) =>
      limit(async () => {
        try {
          return { t, list: await listRegions(clients.ec2(t, options.homeRegion), t.accountId) };
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
    const { regions, missing } = regionsFor(list, options.scope, single);
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
  return { plan, accountScans, regionFailures, reachable };
}

type RegionResult = Awaited<ReturnType<typeof scanRegion>> & {
  posture?: RegionPosture;
  asgLaunches?: AutoScalingLaunches;
};

/** What one region's scan needs beside its account and name. */
interface RegionContext {
  options: CollectOptions;
  clients: ClientFactory;
  log: Log;
  pool: ParsePool;
  limit: LimitFunction;
  withPosture: boolean;
  exposure: ReturnType<typeof exposureCollector> | undefined;
  /** Resolves when the regions' secondary reads may be set up (`afterOnePoll`). */
  secondaryStart: Promise<void>;
}

/**
 * Resolves after one I/O poll: when the scan starts, the regions' secondary reads wait for it, so every
 * region's first DescribeInstances is on its socket first. Setting up a call costs the run's thread
 * about a millisecond (the SDK's middleware, signing), and a scan starts ~10 per region: over 24 regions
 * the first DescribeInstances waited ~0.2 s behind that set-up. Set up one region per turn instead, the
 * reads made moto (a single-threaded emulator) slower in 13 rounds of 16 (docs/performance.md).
 */
function afterOnePoll(): Promise<void> {
  const turn = () => new Promise<void>((r) => setImmediate(r));
  return turn().then(turn);
}

/**
 * One region: its instances under the concurrency slot and, started just after them on the secondary
 * budget, its posture, exposure and Auto Scaling launches (awaited after the slot is released, so no
 * region's scan, nor the next region's start, waits on a secondary call).
 */
async function collectRegion(
  account: AccountTarget,
  region: string,
  c: RegionContext,
): Promise<RegionResult> {
  const { options, clients, withPosture, exposure } = c;
  const { result, posture, asgLaunches } = await c.limit(async () => {
    let settle: (v: Instance[] | undefined) => void = () => {};
    const scanned = new Promise<Instance[] | undefined>((r) => {
      settle = r;
    });
    // The region's instances first: its first DescribeInstances is the scan's critical path.
    const scanning = scanRegion(
      clients.ec2(account, region, 'gate'),
      account.accountId,
      region,
      options.scope.includeStopped,
      c.log,
      c.pool,
      options.onInstances && ((list) => options.onInstances?.(account, list)),
    );
    scanning.catch(() => undefined); // awaited below, once the secondary reads are started
    await c.secondaryStart;
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
    const result = await scanning;
    options.onRegionScanned?.(account, region);
    if (result.scan.status === 'ok') exposure?.scanned(account, result.instances);
    settle(result.scan.status === 'ok' ? result.instances : undefined);
    return { result, posture, asgLaunches };
  });
  return { ...result, posture: await posture, asgLaunches: await asgLaunches };
}

/** The regions' results gathered into the inventory's lists (in the regions' order). */
function gather(results: RegionResult[], regionFailures: RegionScan[]) {
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
  const posture = { accountDefaults, launchTemplates, images, autoScalingGroups, postureErrors };
  return { instances, regions, posture, launches };
}

function logPool(pool: ParsePool, log: Log): void {
  if (!pool.workersStarted) return;
  log.info(
    `Parsed ${pool.pages.worker} DescribeInstances page(s) of large regions in ${pool.workersStarted} worker thread(s)${pool.pages.here ? `, ${pool.pages.here} on the run's own thread` : ''}.`,
  );
  if (pool.failures.length)
    log.info(
      `${pool.failures.length} parse worker(s) stopped (${pool.failures[0]}); the ${pool.pages.lost} page(s) they held were asked for again and parsed on the run's own thread.`,
    );
}

export async function collectInventory(
  options: CollectOptions,
  session: Session,
  clients: ClientFactory,
  log: Log,
  now: () => Date,
): Promise<Collected> {
  const started = now();
  const { targets, shard } = await options.accounts();
  const withPosture = options.posture ?? true;
  const concurrency = options.scope.concurrency;
  const limit = pLimit(concurrency);
  const { start: from, end: to } = usageWindow(started, options.v1UsageDays);
  const exposure =
    (options.exposure ?? withPosture)
      ? exposureCollector(clients, options.homeRegion, { from, to }, log)
      : undefined;

  const { plan, accountScans, regionFailures, reachable } = await planScan(
    targets,
    options,
    clients,
    log,
    limit,
  );
  const regionCount = plan.reduce((n, p) => n + p.regions.length, 0);
  log.info(
    `Scanning ${regionCount} region${regionCount === 1 ? '' : 's'} across ${plan.length} account${plan.length === 1 ? '' : 's'} (up to ${concurrency} at a time)${withPosture ? ', with launch posture' : ''}…`,
  );

  // Large regions' pages are parsed on a worker thread (scan/parse-pool.ts); small fleets never start one.
  const pool = new ParsePool();
  const context: RegionContext = {
    options,
    clients,
    log,
    pool,
    limit,
    withPosture,
    exposure,
    secondaryStart: afterOnePoll(),
  };
  const jobs = plan.flatMap(({ account, regions }) => regions.map((r) => collectRegion(account, r, context)));
  options.onScanStarted?.();
  const results = await Promise.all(jobs).finally(() => pool.close());
  logPool(pool, log);

  const { instances, regions, posture, launches } = gather(results, regionFailures);
  if (posture.postureErrors.length) logPostureErrors(posture.postureErrors, log);
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
    Object.assign(inventory, posture);
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
