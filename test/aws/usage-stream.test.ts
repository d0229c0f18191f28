/**
 * V1UsageReader: IMDSv1 usage is read while the scan runs. A full batch of 500 (per account and
 * region) is sent the moment it fills; `finish` sends the partial ones. The sums are those of the
 * batch-after-scan reading (measureV1Usage over the same list).
 */
import type { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { describe, expect, it } from 'vitest';
import { measureV1Usage, V1UsageReader } from '../../src/aws/readiness.js';
import { silentLog } from '../../src/log.js';

interface Sent {
  region: string;
  ids: string[];
}

/** A CloudWatch stand-in: answers each query with the instance's number (i-…0042 → 42) as one datapoint. */
function fakeCloudWatch(sent: Sent[], region: string, failRegion?: string): CloudWatchClient {
  return {
    send: async (command: {
      input: {
        MetricDataQueries: Array<{
          Id: string;
          MetricStat: { Metric: { Dimensions: Array<{ Value: string }> } };
        }>;
      };
    }) => {
      const queries = command.input.MetricDataQueries;
      sent.push({ region, ids: queries.map((q) => q.MetricStat.Metric.Dimensions[0].Value) });
      if (region === failRegion) throw Object.assign(new Error('not authorized'), { name: 'AccessDenied' });
      return {
        MetricDataResults: queries.map((q) => ({
          Id: q.Id,
          Values: [Number(q.MetricStat.Metric.Dimensions[0].Value.slice(-4))],
          StatusCode: 'Complete',
        })),
      };
    },
  } as unknown as CloudWatchClient;
}

const target = (region: string, n: number) => ({
  accountId: '111111111111',
  region,
  instanceId: `i-${String(n).padStart(17, '0')}`,
});

describe('V1UsageReader', () => {
  it('sends each full batch as soon as it fills, a region’s rest when its listing ends, the rest at finish, with the sums of a read after the scan', async () => {
    const sent: Sent[] = [];
    const errors: string[] = [];
    const opts = {
      days: 14,
      now: new Date('2026-11-28T10:00:00Z'),
      cloudwatch: (_a: string, region: string) => fakeCloudWatch(sent, region, 'eu-west-1'),
      log: silentLog,
      onError: (e: { region: string; code: string }) => errors.push(`${e.region} ${e.code}`),
    };
    const reader = new V1UsageReader(opts);
    const east = Array.from({ length: 1200 }, (_, n) => target('us-east-1', n));
    const west = Array.from({ length: 30 }, (_, n) => target('eu-west-1', 5000 + n));
    // Pages arrive interleaved, as parallel partitions deliver them.
    for (let n = 0; n < 600; n++) reader.add(east[n]);
    for (const t of west) reader.add(t);
    await new Promise((r) => setImmediate(r));
    // The first 500 of us-east-1 went out while the "scan" was still adding; nothing else did.
    expect(sent.map((s) => [s.region, s.ids.length])).toEqual([['us-east-1', 500]]);
    for (let n = 600; n < 1200; n++) reader.add(east[n]);
    await new Promise((r) => setImmediate(r));
    expect(sent.map((s) => [s.region, s.ids.length])).toEqual([
      ['us-east-1', 500],
      ['us-east-1', 500],
    ]);
    // us-east-1's listing ended: its partial batch goes out now, before the scan as a whole ends.
    reader.flush('111111111111', 'us-east-1');
    reader.flush('111111111111', 'ap-south-1'); // nothing open there: no call
    await new Promise((r) => setImmediate(r));
    expect(sent.map((s) => `${s.region} ${s.ids.length}`)).toEqual([
      'us-east-1 500',
      'us-east-1 500',
      'us-east-1 200',
    ]);
    const { usage, calls } = await reader.finish();
    expect(calls).toBe(4);
    expect(sent.slice(3).map((s) => `${s.region} ${s.ids.length}`)).toEqual(['eu-west-1 30']);
    // Every id was sent exactly once.
    const all = sent.flatMap((s) => s.ids);
    expect(new Set(all).size).toBe(all.length);
    expect(all.length).toBe(1230);
    // A failed region's instances are unknown, not zero; the others carry their sums.
    expect(errors).toEqual(['eu-west-1 AccessDenied']);
    expect(usage.get(west[0].instanceId)).toEqual({ error: 'AccessDenied' });
    expect(usage.get(east[42].instanceId)).toEqual({ v1Calls: 42 });

    // The same list read after the scan gives the same sums, batch for batch.
    const after: Sent[] = [];
    const batch = await measureV1Usage([...east, ...west], {
      ...opts,
      cloudwatch: (_a: string, region: string) => fakeCloudWatch(after, region, 'eu-west-1'),
      onError: () => {},
    });
    expect(batch.calls).toBe(4);
    expect([...batch.usage].sort()).toEqual([...usage].sort());
  });
});
