import {
  DescribeInstancesCommand,
  DescribeRegionsCommand,
  ModifyInstanceMetadataDefaultsCommand,
  ModifyInstanceMetadataOptionsCommand,
} from '@aws-sdk/client-ec2';
import { GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { A1, A2, control, ec2, failure, smallWorld, sts } from './helpers.js';
import { type Emulator, startEmulator } from './index.js';

let emu: Emulator;
beforeAll(async () => {
  emu = await startEmulator({ world: smallWorld() });
});
afterAll(() => emu.close());
beforeEach(() => {
  emu.resetWorld();
  emu.reset();
  emu.setThrottle(false);
  emu.throttle.resetSpecs();
  emu.throttle.clock = () => performance.now();
});

describe('throttling token buckets', () => {
  it('per account per region; RequestLimitExceeded 503 when the bucket is empty; refills over time', async () => {
    let now = 0;
    emu.throttle.clock = () => now;
    emu.setThrottle({ nonMutating: { burst: 3, refillPerSecond: 2 } });
    const c = ec2(emu);
    for (let i = 0; i < 3; i++) await c.send(new DescribeRegionsCommand({}));
    const e = await failure(c.send(new DescribeRegionsCommand({})));
    expect(e.name).toBe('RequestLimitExceeded');
    expect(e.$metadata?.httpStatusCode).toBe(503);
    // Another region has its own bucket.
    await ec2(emu, 'eu-west-1').send(new DescribeRegionsCommand({}));
    // Another account (via a static key mapped to account 2) has its own bucket.
    emu.world.data.accessKeys = { AKIDA2: { account: A2 } };
    await ec2(emu, 'us-east-1', { accessKeyId: 'AKIDA2', secretAccessKey: 'x' }).send(
      new DescribeRegionsCommand({}),
    );
    // Half a second refills one token at 2/s.
    now += 500;
    await c.send(new DescribeRegionsCommand({}));
    await failure(c.send(new DescribeRegionsCommand({})));
    expect(emu.countsDetailed().byOutcome).toMatchObject({ ok: 6, RequestLimitExceeded: 2 });
  });

  it('mutating operations have their own buckets (AWS sizes by default)', async () => {
    let now = 0;
    emu.throttle.clock = () => now;
    emu.setThrottle(true);
    expect(emu.throttle.specs.modifyInstanceMetadataDefaults).toEqual({ burst: 2, refillPerSecond: 2 });
    expect(emu.throttle.specs.modifyInstanceMetadataOptions).toEqual({ burst: 100, refillPerSecond: 5 });
    expect(emu.throttle.specs.nonMutating).toEqual({ burst: 100, refillPerSecond: 20 });
    const c = ec2(emu);
    await c.send(new ModifyInstanceMetadataDefaultsCommand({ HttpTokens: 'required' }));
    await c.send(new ModifyInstanceMetadataDefaultsCommand({ HttpTokens: 'required' }));
    const e = await failure(c.send(new ModifyInstanceMetadataDefaultsCommand({ HttpTokens: 'required' })));
    expect(e.name).toBe('RequestLimitExceeded');
    // Describe calls are unaffected.
    await c.send(new DescribeInstancesCommand({}));
    now += 1000;
    await c.send(new ModifyInstanceMetadataDefaultsCommand({ HttpTokens: 'required' }));
  });

  it('ModifyInstanceMetadataOptions bucket: burst then refill rate', async () => {
    let now = 0;
    emu.throttle.clock = () => now;
    emu.setThrottle({ modifyInstanceMetadataOptions: { burst: 4, refillPerSecond: 5 } });
    const c = ec2(emu);
    const modify = () =>
      c.send(
        new ModifyInstanceMetadataOptionsCommand({
          InstanceId: 'i-00000000000000001',
          HttpTokens: 'required',
        }),
      );
    const results = await Promise.allSettled([modify(), modify(), modify(), modify(), modify(), modify()]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(4);
    now += 400; // 2 tokens at 5/s
    const more = await Promise.allSettled([modify(), modify(), modify()]);
    expect(more.filter((r) => r.status === 'fulfilled')).toHaveLength(2);
    expect(emu.changes).toHaveLength(6);
  });
});

describe('fault injection', () => {
  it('storm: the next N calls of an operation are throttled regardless of the bucket', async () => {
    emu.faults.storm('DescribeInstances', 2);
    const c = ec2(emu);
    expect((await failure(c.send(new DescribeInstancesCommand({})))).name).toBe('RequestLimitExceeded');
    await c.send(new DescribeRegionsCommand({})); // other operations unaffected
    expect((await failure(c.send(new DescribeInstancesCommand({})))).name).toBe('RequestLimitExceeded');
    await c.send(new DescribeInstancesCommand({}));
  });

  it('5xx on the next N calls; the SDK retries transient errors', async () => {
    emu.faults.failNext(1, { operation: 'DescribeInstances' });
    const e = await failure(ec2(emu).send(new DescribeInstancesCommand({})));
    expect(e.name).toBe('InternalError');
    expect(e.$metadata?.httpStatusCode).toBe(500);
    emu.faults.failNext(2, { status: 503 });
    const ok = await ec2(emu, 'us-east-1', undefined, 3).send(new DescribeInstancesCommand({}));
    expect(ok.$metadata.attempts).toBe(3);
    expect(emu.countsDetailed().byOutcome).toMatchObject({ InternalError: 1, Unavailable: 2, ok: 1 });
  });

  it('error probability uses a seeded RNG (deterministic)', async () => {
    const run = async () => {
      emu.faults.setErrorRate(0.5, { seed: 42, operation: 'DescribeRegions' });
      const out: boolean[] = [];
      for (let i = 0; i < 12; i++)
        out.push(
          await ec2(emu)
            .send(new DescribeRegionsCommand({}))
            .then(
              () => true,
              () => false,
            ),
        );
      emu.faults.setErrorRate(0);
      return out;
    };
    const a = await run();
    const b = await run();
    expect(a).toEqual(b);
    expect(a.some((x) => x)).toBe(true);
    expect(a.some((x) => !x)).toBe(true);
  });

  it('dropped connections', async () => {
    emu.faults.dropNext(1);
    const e = await failure(ec2(emu).send(new DescribeRegionsCommand({})));
    expect(e.message + String((e as { code?: string }).code)).toMatch(/socket hang up|ECONNRESET/);
    await ec2(emu).send(new DescribeRegionsCommand({}));
    expect(emu.callLog.map((c) => c.outcome)).toEqual(['dropped', 'ok']);
  });

  it('per-region AuthFailure (for one account or all)', async () => {
    emu.faults.setAuthFailure('eu-west-1', { account: A1 });
    const e = await failure(ec2(emu, 'eu-west-1').send(new DescribeInstancesCommand({})));
    expect(e.name).toBe('AuthFailure');
    expect(e.$metadata?.httpStatusCode).toBe(401);
    await ec2(emu, 'us-east-1').send(new DescribeInstancesCommand({}));
    emu.faults.setAuthFailure('eu-west-1', { account: A1, enabled: false });
    await ec2(emu, 'eu-west-1').send(new DescribeInstancesCommand({}));
  });

  it('latency per call and per operation', async () => {
    emu.faults.setLatency(80, 'DescribeRegions');
    let t = performance.now();
    await ec2(emu).send(new DescribeRegionsCommand({}));
    expect(performance.now() - t).toBeGreaterThanOrEqual(60);
    t = performance.now();
    await ec2(emu).send(new DescribeInstancesCommand({}));
    expect(performance.now() - t).toBeLessThan(1000);
  });

  it('per-instance failure for ModifyInstanceMetadataOptions', async () => {
    emu.faults.failInstance('i-00000000000000002', { code: 'InternalError', status: 500, times: 1 });
    const c = ec2(emu);
    await c.send(
      new ModifyInstanceMetadataOptionsCommand({ InstanceId: 'i-00000000000000001', HttpTokens: 'required' }),
    );
    const e = await failure(
      c.send(
        new ModifyInstanceMetadataOptionsCommand({
          InstanceId: 'i-00000000000000002',
          HttpPutResponseHopLimit: 1,
        }),
      ),
    );
    expect(e.name).toBe('InternalError');
    await c.send(
      new ModifyInstanceMetadataOptionsCommand({
        InstanceId: 'i-00000000000000002',
        HttpPutResponseHopLimit: 1,
      }),
    );
    expect(emu.changes.map((x) => x.resourceId)).toEqual(['i-00000000000000001', 'i-00000000000000002']);
  });

  it('faults can be configured as JSON through the control API', async () => {
    const r = await fetch(`${emu.url}/__emulator/faults`, {
      method: 'POST',
      body: JSON.stringify({
        storms: [{ operation: 'DescribeRegions', count: 1 }],
        authFailures: ['us-west-2'],
      }),
    });
    expect(r.status).toBe(200);
    expect((await failure(ec2(emu).send(new DescribeRegionsCommand({})))).name).toBe('RequestLimitExceeded');
    expect((await failure(ec2(emu, 'us-west-2').send(new DescribeRegionsCommand({})))).name).toBe(
      'AuthFailure',
    );
    const snap = await control(`${emu.url}/__emulator/faults`);
    expect(snap.authFailures).toEqual(['us-west-2']);
  });
});

describe('accounting', () => {
  it('counts per operation, per account/region, keeps an ordered call log, resets', async () => {
    await ec2(emu).send(new DescribeRegionsCommand({}));
    await ec2(emu, 'eu-west-1').send(
      new DescribeInstancesCommand({ Filters: [{ Name: 'tag:Name', Values: ['x'] }] }),
    );
    await sts(emu).send(new GetCallerIdentityCommand({}));
    expect(emu.counts()).toEqual({ DescribeRegions: 1, DescribeInstances: 1, GetCallerIdentity: 1 });
    const d = emu.countsDetailed();
    expect(d.byAccountRegion[`${A1}/eu-west-1`]).toEqual({ DescribeInstances: 1 });
    expect(emu.callLog.map((c) => [c.service, c.operation, c.region, c.account, c.outcome])).toEqual([
      ['ec2', 'DescribeRegions', 'us-east-1', A1, 'ok'],
      ['ec2', 'DescribeInstances', 'eu-west-1', A1, 'ok'],
      ['sts', 'GetCallerIdentity', 'us-east-1', A1, 'ok'],
    ]);
    expect(emu.callLog[1].params).toMatchObject({ 'Filter.1.Name': 'tag:Name', 'Filter.1.Value.1': 'x' });
    const remote = await control(`${emu.url}/__emulator/counts`);
    expect(remote.byOperation).toEqual(emu.counts());
    await fetch(`${emu.url}/__emulator/reset`, { method: 'POST' });
    expect(emu.counts()).toEqual({});
    expect(emu.callLog).toHaveLength(0);
  });
});
