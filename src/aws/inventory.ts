/**
 * Collecting facts: enabled regions, then every instance of every (account, region), scanned
 * concurrently with a bound. One DescribeRegions per account, then DescribeInstances at 1,000 per page:
 * one call for a small region, parallel partitions for a large one (partition.ts); no per-instance
 * calls. A failed region is recorded with its error, never swallowed.
 */

import type { DescribeRegionsCommandOutput, EC2Client, Filter } from '@aws-sdk/client-ec2';
import pLimit from 'p-limit';
import type { Log } from '../log.js';
import { errorMessage } from '../log.js';
import type { Instance, RegionScan, ScanError } from '../model/types.js';
import { type AwsSession, awsErrorCode, type ClientFactory } from './clients.js';
import { ParsePool } from './scan/parse-pool.js';
import { scanPartitioned } from './scan/partition.js';
import { toInstance } from './scan/records.js';
import { DescribeRegionsCommand } from './sdk.js';

/** An account the scan can reach, with the credentials that reach it. */
/** An account to scan and the session that reaches it. */
export type AccountTarget = AwsSession;

/** An AWS call that failed, named with its operation, region and account. */
export class AwsCallError extends Error {
  override name = 'AwsCallError';
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

export interface RegionList {
  enabled: string[];
  /** Known to the partition but not opted in for this account. */
  notEnabled: string[];
}

export class RegionSelectionError extends Error {
  override name = 'RegionSelectionError';
}

export async function listRegions(ec2: EC2Client, accountId = ''): Promise<RegionList> {
  let out: DescribeRegionsCommandOutput;
  try {
    out = await ec2.send(new DescribeRegionsCommand({ AllRegions: true }));
  } catch (e) {
    const region = await ec2.config.region();
    throw new AwsCallError(
      `DescribeRegions in ${region}${accountId ? ` for account ${accountId}` : ''} failed (${awsErrorCode(e)}: ${errorMessage(e)}). The region list comes from aws-region (${region}); retry the run, or check ec2:DescribeRegions in the role's policy.`,
      awsErrorCode(e),
    );
  }
  const enabled: string[] = [];
  const notEnabled: string[] = [];
  for (const r of out.Regions ?? []) {
    if (!r.RegionName) continue;
    if (r.OptInStatus === 'not-opted-in') notEnabled.push(r.RegionName);
    else enabled.push(r.RegionName);
  }
  if (enabled.length === 0) throw new Error('DescribeRegions returned no enabled regions');
  return { enabled: enabled.sort(), notEnabled: notEnabled.sort() };
}

/** Applies `regions` (named regions and `!region` excludes) to what the account has; a named region it lacks is an input error. */
export function selectRegions(available: RegionList, wanted: 'all' | string[], exclude: string[]): string[] {
  if (wanted !== 'all') {
    const problems: string[] = [];
    for (const r of wanted) {
      if (available.notEnabled.includes(r)) {
        problems.push(`'${r}' is not enabled for this account (opt in to it, or remove it from regions)`);
      } else if (!available.enabled.includes(r)) {
        problems.push(`'${r}' is not a region this account knows (enabled: ${available.enabled.join(', ')})`);
      }
    }
    if (problems.length) throw new RegionSelectionError(`Input 'regions': ${problems.join('; ')}`);
  }
  const unknownExcludes = exclude.filter(
    (r) => !available.enabled.includes(r) && !available.notEnabled.includes(r),
  );
  if (unknownExcludes.length) {
    throw new RegionSelectionError(
      `Input 'regions': ${unknownExcludes.map((r) => `'!${r}'`).join(', ')} is not a known region`,
    );
  }
  const base = wanted === 'all' ? available.enabled : [...new Set(wanted)];
  const chosen = base.filter((r) => !exclude.includes(r)).sort();
  if (chosen.length === 0) {
    throw new RegionSelectionError(
      `Input 'regions': excludes every region to scan (${base.join(', ')}); nothing would be scanned and the gate would pass on no data. Remove some ! entries from regions.`,
    );
  }
  return chosen;
}

/** SDK output → Instance (records.ts; re-exported here for its existing callers). */
export { toInstance };

export interface ScanRegionResult {
  scan: RegionScan;
  instances: Instance[];
}

export function stateFilter(includeStopped: boolean): Filter[] {
  const states = includeStopped ? ['pending', 'running', 'stopping', 'stopped'] : ['pending', 'running'];
  return [{ Name: 'instance-state-name', Values: states }];
}

/**
 * Every in-scope instance of one region, 1000 per page, large regions in parallel partitions.
 * Failure → a failed RegionScan, not a throw.
 */
export async function scanRegion(
  ec2: EC2Client,
  accountId: string,
  region: string,
  includeStopped: boolean,
  log: Log,
  pool?: ParsePool,
  /** Each page's records as they arrive (the audit starts reading their IMDSv1 usage during the scan). */
  onInstances?: (instances: readonly Instance[]) => void,
): Promise<ScanRegionResult> {
  const started = Date.now();
  const instances: Instance[] = [];
  let pages = 0;
  let partitions = 0;
  try {
    const result = await scanPartitioned(ec2, {
      filters: stateFilter(includeStopped),
      // Every instance of every reservation (Metabadger read only the first).
      onInstances: (list, ownerId) => {
        const records = list.map((i) => toInstance(i, ownerId ?? accountId, region));
        for (const i of records) instances.push(i);
        onInstances?.(records);
      },
      // Pages are parsed by the pool (a large region's in its workers) into interned records.
      parse: pool && {
        pool,
        accountId,
        region,
        onRecords: (list) => {
          for (const i of list) instances.push(i);
          onInstances?.(list);
        },
      },
      onPage: () => {
        pages++;
        if (pages % 10 === 0) log.info(`  ${region}: ${instances.length} instances so far (${pages} pages)`);
      },
    });
    partitions = result.partitions;
    if (result.unproven)
      log.warning(
        `${region}${accountId ? ` (account ${accountId})` : ''}: the endpoint did not apply DescribeInstances' instance-id filter as EC2 documents it (${result.unproven}); the region was read again in one page chain, each instance once.`,
      );
  } catch (e) {
    const error: ScanError = { code: awsErrorCode(e), message: errorMessage(e) };
    log.warning(
      `${region}${accountId ? ` (account ${accountId})` : ''}: scan failed — ${error.code}: ${error.message}`,
    );
    return {
      scan: {
        accountId,
        region,
        status: 'failed',
        instances: 0,
        pages,
        durationMs: Date.now() - started,
        error,
      },
      instances: [],
    };
  }
  const durationMs = Date.now() - started;
  log.info(
    `  ${region}: ${instances.length} instances (${pages} page${pages === 1 ? '' : 's'}${partitions ? ` in ${partitions} parallel partitions` : ''}, ${(durationMs / 1000).toFixed(1)} s)`,
  );
  const scan: RegionScan = {
    accountId,
    region,
    status: 'ok',
    instances: instances.length,
    pages,
    durationMs,
  };
  if (partitions) scan.partitions = partitions;
  return { scan, instances };
}

export interface ScanInput {
  targets: Array<{ account: AccountTarget; regions: string[] }>;
  includeStopped: boolean;
  concurrency: number;
}

/** Scans every (account, region) pair with bounded concurrency. Results are in a stable order. */
export async function scanInstances(
  input: ScanInput,
  clients: ClientFactory,
  log: Log,
): Promise<{ regions: RegionScan[]; instances: Instance[] }> {
  const limit = pLimit(input.concurrency);
  const pool = new ParsePool();
  const jobs = input.targets.flatMap(({ account, regions }) =>
    regions.map((region) =>
      limit(() =>
        scanRegion(clients.ec2(account, region), account.accountId, region, input.includeStopped, log, pool),
      ),
    ),
  );
  const results = await Promise.all(jobs).finally(() => pool.close());
  const instances: Instance[] = [];
  for (const r of results) for (const i of r.instances) instances.push(i);
  return { regions: results.map((r) => r.scan), instances };
}
