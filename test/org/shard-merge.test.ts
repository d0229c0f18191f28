import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assess } from '../../src/assess/assess.js';
import { canonicalAccounts, partition } from '../../src/org/shard.js';
import {
  findReports,
  MergeError,
  mergeInventories,
  type ShardReport,
  verifyShards,
} from '../../src/readback/shards.js';
import { buildJsonReport } from '../../src/report/json.js';
import { ACCOUNTS, options, orgInventory, shardReports } from './shard-fixtures.js';

describe('partition', () => {
  it('splits the sorted list round-robin, every account exactly once, sizes within one', () => {
    const shuffled = [...ACCOUNTS].reverse().concat(ACCOUNTS[3]);
    for (const n of [1, 2, 3, 4, 7, 10, 12]) {
      const parts = Array.from({ length: n }, (_, i) => partition(shuffled, i + 1, n));
      expect(parts.flat().sort()).toEqual(canonicalAccounts(ACCOUNTS));
      const sizes = parts.map((p) => p.length);
      expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    }
    expect(partition(['3', '1', '2', '4'], 1, 2)).toEqual(['1', '3']);
    expect(partition(['3', '1', '2', '4'], 2, 2)).toEqual(['2', '4']);
  });

  it('refuses a shard outside 1..n', () => {
    expect(() => partition(ACCOUNTS, 0, 3)).toThrow(/1 to 3/);
    expect(() => partition(ACCOUNTS, 4, 3)).toThrow(/1 to 3/);
  });
});

describe('merge', () => {
  it('merged shards assess to exactly the unsharded numbers', () => {
    const whole = assess(orgInventory(ACCOUNTS), options);
    for (const n of [1, 3, 4]) {
      const reports = shardReports(n);
      expect(verifyShards(reports)).toEqual({ count: n, accounts: canonicalAccounts(ACCOUNTS) });
      const { inventory, outOfScope } = mergeInventories(reports.map((r) => r.report));
      const merged = assess(inventory, options);
      merged.outOfScope = outOfScope;
      const numbers = (a: typeof whole) => ({
        totals: a.totals,
        byRegion: a.byRegion,
        byAccount: a.byAccount,
        failedAccounts: a.failedAccounts,
        failedRegions: a.failedRegions,
        outOfScope: a.outOfScope,
        posture: a.posture,
        gate: a.gate,
        instances: a.instances,
      });
      expect(numbers(merged)).toEqual(numbers(whole));
      expect(inventory.apiCalls.DescribeInstances).toBe(ACCOUNTS.length);
    }
    expect(whole.gate.passed).toBe(false);
    expect(whole.byAccount[0].status).toBe('failed');
  });

  it('refuses a missing shard, a duplicate, a different matrix or a different account list', () => {
    const three = shardReports(3);
    expect(() => verifyShards([three[0], three[2]])).toThrow(/Shard 2\/3 is missing/);
    expect(() => verifyShards([...three, three[1]])).toThrow(/Shard 2\/3 appears twice/);
    expect(() => verifyShards([three[0], shardReports(2)[1], three[2]])).toThrow(/different matrices/);
    const other = orgInventory([...ACCOUNTS, '999999999999'], { index: 2, count: 3 });
    const otherReport = {
      ...buildJsonReport(other, assess(other, options), { version: 't', generatedAt: 'now' }),
      shard: other.shard,
    } as ShardReport;
    expect(() => verifyShards([three[0], { file: 'x.json', report: otherReport }, three[2]])).toThrow(
      /different account list/,
    );
    const unsharded = { file: 'plain.json', report: { ...three[1].report, shard: undefined } };
    expect(() => verifyShards([three[0], unsharded, three[2]])).toThrow(MergeError);
    const wrongPart = { file: 'w.json', report: { ...three[1].report, accounts: three[0].report.accounts } };
    expect(() => verifyShards([three[0], wrongPart, three[2]])).toThrow(/its partition is/);
  });

  it('refuses a corrupt shard record naming the file, before building anything from it', () => {
    const three = shardReports(3);
    const corrupt = (shard: unknown) => ({
      file: 'evil.json',
      report: { ...three[1].report, shard } as ShardReport,
    });
    // count = 1e9 once ran V8 out of heap (an array of a billion shard indexes).
    expect(() =>
      verifyShards([three[0], corrupt({ ...three[1].report.shard, count: 1_000_000_000 })]),
    ).toThrow(/evil\.json: its 'shard' record has count 1000000000, not a whole number from 1 to 256/);
    expect(() => verifyShards([corrupt({ ...three[1].report.shard, index: 0 })])).toThrow(
      /evil\.json: .*index 0/,
    );
    expect(() => verifyShards([corrupt({ ...three[1].report.shard, accounts: 'all' })])).toThrow(
      /evil\.json: .*accounts that is not a list/,
    );
    expect(() => verifyShards([corrupt({ ...three[1].report.shard, assigned: ['x'] })])).toThrow(
      /evil\.json: .*not a 12-digit account id/,
    );
    expect(() => verifyShards([corrupt([1, 2])])).toThrow(/evil\.json: its 'shard' record is not an object/);
  });
});

describe('finding the reports', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'imds-merge-'));
    for (const i of [1, 2, 3]) {
      await mkdir(join(dir, `imds-guard-shard-${i}`), { recursive: true });
      await writeFile(join(dir, `imds-guard-shard-${i}`, 'report.json'), '{}');
      await writeFile(join(dir, `imds-guard-shard-${i}`, 'report.md'), '');
    }
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('takes a folder (every .json below it) or a glob', async () => {
    expect((await findReports('.', dir)).map((f) => f.slice(dir.length))).toEqual([
      '/imds-guard-shard-1/report.json',
      '/imds-guard-shard-2/report.json',
      '/imds-guard-shard-3/report.json',
    ]);
    expect(await findReports('imds-guard-shard-*/report.json', dir)).toHaveLength(3);
    expect(await findReports(`${dir}/**/report.json`, '/')).toHaveLength(3);
    expect(await findReports('imds-guard-shard-[12]/*.json', dir)).toHaveLength(2);
    await expect(findReports('nope', dir)).rejects.toThrow(/does not exist/);
  });

  it('matches globs as they are written: ** any depth (none included), * one name', async () => {
    await mkdir(join(dir, 'a/x/y'), { recursive: true });
    await writeFile(join(dir, 'a/r.json'), '{}');
    await writeFile(join(dir, 'a/x/y/r.json'), '{}');
    await writeFile(join(dir, 'a/x/r.json'), '{}');
    const rel = async (spec: string) => (await findReports(spec, dir)).map((f) => f.slice(dir.length + 1));
    expect(await rel('a/**/r.json')).toEqual(['a/r.json', 'a/x/r.json', 'a/x/y/r.json']);
    expect(await rel('a/*.json')).toEqual(['a/r.json']);
    await rm(join(dir, 'a'), { recursive: true });
  });
});
