/**
 * apply.ts and readiness.ts against the loopback emulator, in-process (real SDK clients, real wire
 * protocols): pacing, drift, injected failures, throttling retries without duplicate records, DryRun.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { ClientFactory } from '../../src/aws/clients.js';
import { measureV1Usage } from '../../src/aws/readiness.js';
import { silentLog } from '../../src/log.js';
import type { ChangeRecord, PlanItem } from '../../src/model/types.js';
import { applyItems, dryRunRegions } from '../../src/remediate/apply-instances.js';
import { TokenBucketLimiter } from '../../src/remediate/pacing.js';
import { type Emulator, startEmulator } from '../emulator/index.js';

const ACCOUNT = '111111111111';
const creds = {
  accountId: '123456789012',
  credentials: { accessKeyId: 'AKIDAPPLYTEST', secretAccessKey: 'secret' },
};
let emu: Emulator;
let reads: ClientFactory;
let writes: ClientFactory;

const ids = (region: string, n: number) =>
  Array.from(
    { length: n },
    (_, k) => `i-${region === 'us-east-1' ? 'a' : 'b'}${String(k).padStart(16, '0')}`,
  );

beforeAll(async () => {
  const regions: Record<string, { instances: unknown[] }> = {};
  for (const region of ['us-east-1', 'eu-west-1']) {
    regions[region] = {
      instances: ids(region, 30).map((instanceId, k) => ({
        instanceId,
        reservationId: `r-${instanceId.slice(2)}`,
        state: k === 29 ? 'stopped' : 'running',
        metadataOptions: { HttpTokens: 'optional', HttpPutResponseHopLimit: k % 2 ? 2 : 1 },
        v1Calls: k < 3 ? [0, 0, 5] : 0,
      })),
    };
  }
  emu = await startEmulator({
    world: { accounts: [{ id: ACCOUNT, regions }] } as never,
  });
  vi.stubEnv('AWS_ENDPOINT_URL', emu.url);
  vi.stubEnv('AWS_EC2_METADATA_DISABLED', 'true');
});

afterAll(async () => {
  reads?.destroy();
  writes?.destroy();
  await emu?.close();
  vi.unstubAllEnvs();
});

beforeEach(() => {
  emu.resetWorld();
  emu.reset();
  emu.setThrottle(false);
  reads?.destroy();
  writes?.destroy();
  reads = new ClientFactory(3);
  writes = new ClientFactory(1);
  lines = [];
});

const beforeState = (hop: number) => ({
  httpTokens: 'optional',
  httpPutResponseHopLimit: hop,
  httpEndpoint: 'enabled',
  httpProtocolIpv6: 'disabled',
  instanceMetadataTags: 'disabled',
});

function items(region: string, n: number): PlanItem[] {
  return ids(region, n).map((id, k) => ({
    kind: 'instance',
    accountId: ACCOUNT,
    region,
    resourceId: id,
    before: beforeState(k % 2 ? 2 : 1),
    after: { httpTokens: 'required' },
    reason: 'test',
  }));
}

/** Every line onRecord got, in order (intents included); `records` gets the outcomes only. */
let lines: ChangeRecord[] = [];

function options(records: ChangeRecord[], extra: Partial<Parameters<typeof applyItems>[1]> = {}) {
  return {
    clients: {
      read: (_a: string, region: string) => reads.ec2(creds, region),
      write: (_a: string, region: string) => writes.ec2(creds, region),
    },
    log: silentLog,
    now: () => new Date(),
    onRecord: (r: ChangeRecord) => {
      lines.push(r);
      if (r.result !== 'started') records.push(r);
    },
    base: { runId: '42', mode: 'apply' as const, planDigest: 'sha256:test' },
    backoffMs: 5,
    ...extra,
  };
}

describe('apply against the emulator', () => {
  it('changes exactly the planned instances, only the planned fields, one record each', async () => {
    const plan = [...items('us-east-1', 10), ...items('eu-west-1', 5)];
    const records: ChangeRecord[] = [];
    const out = await applyItems(plan, options(records));
    expect(out.counts).toEqual({ applied: 15, failed: 0, drifted: 0, skipped: 0, unknown: 0 });
    expect(records).toHaveLength(15);
    expect(new Set(records.map((r) => r.resourceId)).size).toBe(15);
    const modifies = emu.callLog.filter((c) => c.operation === 'ModifyInstanceMetadataOptions');
    expect(modifies).toHaveLength(15);
    for (const c of modifies) {
      expect(Object.keys(c.params).sort()).toEqual(['HttpTokens', 'InstanceId']);
    }
    expect(emu.changes.map((c) => c.resourceId).sort()).toEqual(plan.map((p) => p.resourceId).sort());
    // Re-read in batches: one DescribeInstances per region here, never one per instance.
    expect(emu.callLog.filter((c) => c.operation === 'DescribeInstances')).toHaveLength(2);
    const r0 = records.find((r) => r.resourceId === plan[1].resourceId)!;
    expect(r0.before).toEqual(beforeState(2));
    expect(r0.after).toEqual({ ...beforeState(2), httpTokens: 'required' });
    // Write-ahead: one intent per instance, before its outcome, with the same before and intended after.
    const intents = lines.filter((r) => r.result === 'started');
    expect(intents).toHaveLength(15);
    for (const i of intents) {
      const at = lines.indexOf(i);
      const outcome = lines.findIndex((r) => r.resourceId === i.resourceId && r.result !== 'started');
      expect(outcome).toBeGreaterThan(at);
      expect(lines[outcome].before).toEqual(i.before);
      expect(lines[outcome].after).toEqual(i.after);
    }
  });

  it('records the intent before the modify call leaves (a crash after the call leaves an intent)', async () => {
    const plan = items('us-east-1', 3);
    const seenAtSend: number[] = [];
    const real = writes.ec2(creds, 'us-east-1');
    const spy = {
      send: (cmd: { input: { InstanceId?: string } }) => {
        seenAtSend.push(
          lines.filter((r) => r.result === 'started' && r.resourceId === cmd.input.InstanceId).length,
        );
        // The "crash": AWS makes the change, the answer never arrives.
        return real.send(cmd as never).then(() => {
          throw Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
        });
      },
    };
    const records: ChangeRecord[] = [];
    const out = await applyItems(
      plan,
      options(records, {
        clients: { read: (_a, region) => reads.ec2(creds, region), write: () => spy as never },
        maxTransientRetries: 0,
      }),
    );
    expect(seenAtSend).toEqual([1, 1, 1]);
    // Settled by the re-read: the change was made, so the outcome says applied.
    expect(out.counts.applied).toBe(3);
    expect(
      records.every((r) => r.result === 'applied' && /confirmed by re-read/.test(r.errorMessage ?? '')),
    ).toBe(true);
  });

  it('an answer lost and a failed confirming re-read is recorded as unknown (after = the intended state), and stays open', async () => {
    const { unresolvedIntents } = await import('../../src/remediate/changelog.js');
    const { reconcileIntents } = await import('../../src/remediate/reconcile.js');
    const { rereadInstances } = await import('../../src/aws/reread.js');
    const { settingsOf } = await import('../../src/model/metadata.js');
    const plan = items('us-east-1', 2);
    const real = writes.ec2(creds, 'us-east-1');
    const lost = {
      // AWS makes the change; the answer never arrives.
      send: (cmd: never) =>
        real.send(cmd).then(() => {
          throw Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
        }),
    };
    let readsMade = 0;
    const realRead = reads.ec2(creds, 'us-east-1');
    const flakyRead = {
      // The batch re-read before the change works; the confirming re-read after it fails.
      send: (cmd: never) =>
        readsMade++ === 0 ? realRead.send(cmd) : Promise.reject(new Error('read timeout')),
    };
    const records: ChangeRecord[] = [];
    const out = await applyItems(
      plan,
      options(records, {
        clients: { read: () => flakyRead as never, write: () => lost as never },
        maxTransientRetries: 0,
      }),
    );
    expect(out.counts.unknown).toBe(2);
    expect(out.counts.failed).toBe(0);
    for (const r of records) {
      expect(r.result).toBe('unknown');
      expect(r.before.httpTokens).toBe('optional');
      expect(r.after.httpTokens).toBe('required');
      expect(r.errorMessage).toMatch(/outcome unknown: .* re-read failed too/);
    }
    // AWS did apply both changes…
    for (const it of plan)
      expect(emu.world.findInstance(it.resourceId)!.instance.metadataOptions.HttpTokens).toBe('required');
    // …so the log keeps them open, and the next run's re-read records what AWS has.
    const open = unresolvedIntents(lines);
    expect(open.map((o) => o.resourceId).sort()).toEqual(plan.map((p) => p.resourceId).sort());
    const rec = await reconcileIntents(
      open,
      {
        instances: async (accountId, region, idList) => {
          const { found } = await rereadInstances(reads.ec2(creds, region), accountId, region, idList);
          return new Map([...found].map(([id, inst]) => [id, settingsOf(inst.metadata)]));
        },
        launchTemplate: async () => undefined,
        accountDefaults: async () => ({}),
      },
      { runId: '99', now: () => new Date(), accountId: ACCOUNT, log: silentLog },
    );
    expect(rec.records.map((r) => r.result)).toEqual(['applied', 'applied']);
    expect(unresolvedIntents([...lines, ...rec.records])).toEqual([]);
  });

  it('a programming error around a write is not retried as transient', async () => {
    const plan = items('us-east-1', 1);
    let sends = 0;
    const broken = {
      send: () => {
        sends++;
        return Promise.reject(new TypeError("Cannot read properties of undefined (reading 'State')"));
      },
    };
    const records: ChangeRecord[] = [];
    const out = await applyItems(
      plan,
      options(records, {
        clients: { read: (_a, region) => reads.ec2(creds, region), write: () => broken as never },
      }),
    );
    expect(sends).toBe(1);
    // The instance was not changed (the re-read says so), so the outcome is a failure naming the error.
    expect(out.counts.failed).toBe(1);
    expect(records[0]).toMatchObject({ result: 'failed', errorCode: 'TypeError' });
  });

  it('skips drifted and vanished instances, records injected failures, applies the rest', async () => {
    const plan = items('us-east-1', 8);
    plan.push({ ...plan[0], resourceId: 'i-0000000000000dead' });
    const drifted = emu.world.findInstance(plan[1].resourceId)!.instance;
    drifted.metadataOptions.HttpPutResponseHopLimit = 5;
    emu.faults.failInstance(plan[2].resourceId, { code: 'IncorrectInstanceState', message: 'nope' });
    emu.faults.failInstance(plan[3].resourceId, { code: 'InternalError', status: 500 });
    const records: ChangeRecord[] = [];
    const out = await applyItems(plan, options(records));
    expect(out.counts).toEqual({ applied: 5, failed: 2, drifted: 1, skipped: 1, unknown: 0 });
    expect(records).toHaveLength(9);
    const by = Object.fromEntries(records.map((r) => [r.resourceId, r]));
    expect(by[plan[1].resourceId]).toMatchObject({ result: 'drifted', errorCode: 'Drifted' });
    expect(by[plan[1].resourceId].errorMessage).toMatch(/httpPutResponseHopLimit 2 → 5/);
    expect(by[plan[2].resourceId]).toMatchObject({ result: 'failed', errorCode: 'IncorrectInstanceState' });
    expect(by[plan[3].resourceId]).toMatchObject({ result: 'failed', errorCode: 'InternalError' });
    expect(by['i-0000000000000dead']).toMatchObject({
      result: 'skipped',
      errorCode: 'InvalidInstanceID.NotFound',
    });
    // The emulator's change log and ours agree exactly.
    expect(emu.changes.map((c) => c.resourceId).sort()).toEqual(
      records
        .filter((r) => r.result === 'applied')
        .map((r) => r.resourceId)
        .sort(),
    );
    expect(emu.world.findInstance(plan[1].resourceId)!.instance.metadataOptions.HttpTokens).toBe('optional');
  });

  it('retries RequestLimitExceeded without duplicate records and respects the bucket', async () => {
    emu.setThrottle({ modifyInstanceMetadataOptions: { burst: 5, refillPerSecond: 50 } });
    const plan = items('us-east-1', 25);
    const records: ChangeRecord[] = [];
    const out = await applyItems(plan, options(records, { bucket: { burst: 100, refillPerSecond: 50 } }));
    expect(out.counts.applied).toBe(25);
    expect(records).toHaveLength(25);
    expect(new Set(records.map((r) => r.resourceId)).size).toBe(25);
    expect(emu.changes).toHaveLength(25);
    expect(out.regions[0].throttled).toBeGreaterThan(0);
  });

  it('DryRun: permitted → DryRunOperation; denied → UnauthorizedOperation, no change', async () => {
    const plan = [...items('us-east-1', 3), ...items('eu-west-1', 3)];
    const ok = await dryRunRegions(plan, options([]));
    expect(ok.map((d) => [d.region, d.ok, d.code])).toEqual([
      ['us-east-1', true, 'DryRunOperation'],
      ['eu-west-1', true, 'DryRunOperation'],
    ]);
    emu.faults.configure({
      failNext: [
        {
          count: 1,
          operation: 'ModifyInstanceMetadataOptions',
          region: 'eu-west-1',
          code: 'UnauthorizedOperation',
          status: 403,
        },
      ],
    });
    const denied = await dryRunRegions(plan, options([]));
    expect(denied.find((d) => d.region === 'eu-west-1')).toMatchObject({
      ok: false,
      code: 'UnauthorizedOperation',
    });
    expect(emu.changes).toHaveLength(0);
  });
});

describe('readiness against the emulator', () => {
  it('sums MetadataNoToken per instance over the window', async () => {
    const targets = ids('us-east-1', 30).map((instanceId) => ({
      accountId: ACCOUNT,
      region: 'us-east-1',
      instanceId,
    }));
    const { usage, calls } = await measureV1Usage(targets, {
      days: 14,
      now: new Date(),
      cloudwatch: (_a, region) => reads.cloudwatch(creds, region),
      log: silentLog,
    });
    expect(calls).toBe(1);
    expect(usage.get(targets[0].instanceId)).toEqual({ v1Calls: 5 });
    expect(usage.get(targets[5].instanceId)).toEqual({ v1Calls: 0 });
  });
});

describe('TokenBucketLimiter', () => {
  it('grants the burst at once, then one token per 1/rate', async () => {
    let t = 0;
    const waits: number[] = [];
    const l = new TokenBucketLimiter(
      { burst: 3, refillPerSecond: 5 },
      () => t,
      async (ms) => {
        waits.push(ms);
        t += ms;
      },
    );
    for (let k = 0; k < 6; k++) await l.take();
    expect(waits).toEqual([200, 200, 200]);
    expect(t).toBe(600);
    expect(TokenBucketLimiter.boundMs(500, { burst: 100, refillPerSecond: 5 })).toBe(80_000);
    l.drain();
    await l.take();
    expect(t).toBe(800);
  });
});
