/** A deterministic organization, its unsharded inventory and its shards' reports (test/org). */
import { type AssessOptions, assess } from '../../src/assess/assess.js';
import type { Instance, Inventory } from '../../src/model/types.js';
import { canonicalAccounts, partition, shardInfo } from '../../src/org/shard.js';
import type { ShardReport } from '../../src/readback/shards.js';
import { buildJsonReport } from '../../src/report/json.js';

export const ACCOUNTS = Array.from({ length: 10 }, (_, k) => String(100000000000 + k * 7919));

export const options: AssessOptions = {
  rule: 'ec2.8',
  threshold: 90,
  includeStopped: true,
  failOnRegionError: true,
  failOnAccountError: true,
  accountThreshold: 50,
  gateOn: ['instances', 'launch-templates'],
  exceptions: { enabled: false, tagKey: 'imds-guard:exempt' },
  today: '2026-11-22',
};

/** A deterministic organization inventory, or the part of it one shard scans. */
export function orgInventory(accounts: string[], shard?: { index: number; count: number }): Inventory {
  const all = canonicalAccounts(accounts);
  const mine = shard ? partition(accounts, shard.index, shard.count) : all;
  // Each account's facts depend on its place in the whole list, never on the shard.
  const pos = (id: string) => all.indexOf(id);
  const instances: Instance[] = [];
  const inv: Inventory = {
    scannedAt: '2026-11-22T00:00:00.000Z',
    durationMs: 10,
    callerAccountId: accounts[0],
    accounts: mine.map((accountId) =>
      pos(accountId) % 4 === 3
        ? { accountId, status: 'failed' as const, error: { code: 'AccessDenied', message: 'no' } }
        : { accountId, status: 'ok' as const },
    ),
    regions: [],
    instances,
    accountDefaults: [],
    launchTemplates: [],
    images: [],
    autoScalingGroups: [],
    postureErrors: [],
    apiCalls: { DescribeInstances: mine.length },
  };
  for (const accountId of mine) {
    const k = pos(accountId);
    if (k % 4 === 3) continue;
    for (const region of ['eu-west-1', 'us-east-1']) {
      inv.regions.push({ accountId, region, status: 'ok', instances: 3, pages: 1, durationMs: 1 });
      for (let j = 0; j < 3; j++) {
        instances.push({
          instanceId: `i-${accountId.slice(-6)}${region.length}${j}`,
          accountId,
          region,
          state: j === 2 ? 'stopped' : 'running',
          tags: {},
          publicIp: j === 0,
          instanceProfileArn: j === 0 ? 'arn:aws:iam::1:instance-profile/x' : undefined,
          metadata: { httpTokens: (Number(accountId.slice(-1)) + j) % 3 === 0 ? 'optional' : 'required' },
          imageId: 'ami-1',
        });
      }
      inv.accountDefaults?.push({
        accountId,
        region,
        httpTokens: region === 'us-east-1' ? 'required' : undefined,
      });
      inv.launchTemplates?.push({
        accountId,
        region,
        launchTemplateId: `lt-${accountId}`,
        name: 'web',
        defaultVersion: { versionNumber: 1, httpTokens: k % 2 ? 'optional' : 'required' },
        latestVersion: { versionNumber: 1, httpTokens: k % 2 ? 'optional' : 'required' },
        instancesUsing: 2,
        autoScalingGroups: ['g'],
      });
      inv.images?.push({
        accountId,
        region,
        imageId: 'ami-1',
        imdsSupport: k % 3 ? undefined : 'v2.0',
        instancesUsing: 3,
      });
      inv.autoScalingGroups?.push({ accountId, region, name: 'old', launchConfigurationName: 'lc' });
    }
  }
  if (shard) inv.shard = shardInfo(accounts, shard.index, shard.count);
  return inv;
}

export function shardReports(n: number): Array<{ file: string; report: ShardReport }> {
  return Array.from({ length: n }, (_, i) => {
    const inv = orgInventory(ACCOUNTS, { index: i + 1, count: n });
    const report = buildJsonReport(inv, assess(inv, options), { version: 't', generatedAt: 'now' });
    return { file: `shard-${i + 1}/report.json`, report: { ...report, shard: inv.shard } as ShardReport };
  });
}
