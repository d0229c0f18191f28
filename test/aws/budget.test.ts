/**
 * Retry budgets (src/aws/clients.ts): a call that feeds the gate keeps the SDK's standard retries; a
 * secondary call (launch posture, readiness) gives up after 3 attempts and is reported as that
 * operation's failure; every call is aborted past its budget's deadline. Clients are cached per
 * (session object, budget, service, region). Nothing here asserts a time.
 */
import { DescribeInstancesCommand, GetInstanceMetadataDefaultsCommand } from '@aws-sdk/client-ec2';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { type AwsSession, BUDGETS, ClientFactory, DeadlineExceeded } from '../../src/aws/clients.js';
import { collectRegionPosture, listAutoScalingGroups } from '../../src/aws/posture.js';
import { type Emulator, generateFleet, startEmulator } from '../emulator/index.js';

const SESSION: AwsSession = {
  accountId: '111111111111',
  credentials: { accessKeyId: 'AKIDBUDGET', secretAccessKey: 'x' },
};
let emu: Emulator;
beforeAll(async () => {
  emu = await startEmulator({
    world: generateFleet({ seed: 5, regions: ['us-east-1'], instancesPerRegion: 50 }),
  });
  vi.stubEnv('AWS_ENDPOINT_URL', emu.url);
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await emu.close();
});
beforeEach(() => emu.reset());

describe('client cache', () => {
  it('one client per (session object, budget, service, region)', () => {
    const clients = new ClientFactory();
    const twin: AwsSession = { ...SESSION };
    expect(clients.ec2(SESSION, 'us-east-1')).toBe(clients.ec2(SESSION, 'us-east-1', 'gate'));
    expect(clients.ec2(SESSION, 'us-east-1', 'secondary')).not.toBe(clients.ec2(SESSION, 'us-east-1'));
    expect(clients.ec2(twin, 'us-east-1')).not.toBe(clients.ec2(SESSION, 'us-east-1'));
    expect(clients.autoscaling(SESSION, 'us-east-1')).toBe(
      clients.autoscaling(SESSION, 'us-east-1', 'secondary'),
    );
    clients.destroy();
  });

  it('the secondary budget never exceeds the gate’s attempts', () => {
    expect(new ClientFactory().budget('secondary').maxAttempts).toBe(BUDGETS.secondary.maxAttempts);
    expect(new ClientFactory(1).budget('secondary').maxAttempts).toBe(1);
    expect(new ClientFactory().budget('gate').maxAttempts).toBe(10);
  });
});

describe('a 5xx storm', () => {
  it('on a secondary call: 3 attempts, then reported as that operation’s failure; the rest of the posture goes on', async () => {
    const clients = new ClientFactory();
    emu.faults.setErrorRate(1, { operation: 'GetInstanceMetadataDefaults' });
    const posture = await collectRegionPosture(
      {
        ec2: clients.ec2(SESSION, 'us-east-1', 'secondary'),
        autoscaling: clients.autoscaling(SESSION, 'us-east-1'),
      },
      SESSION.accountId,
      'us-east-1',
      Promise.resolve([]),
    );
    expect(posture.errors.map((e) => [e.operation, e.code])).toEqual([
      ['GetInstanceMetadataDefaults', 'InternalError'],
    ]);
    expect(emu.counts().GetInstanceMetadataDefaults).toBe(3);
    expect(posture.launchTemplates.length).toBeGreaterThan(0);
    expect(clients.calls.GetInstanceMetadataDefaults).toBe(1);
    clients.destroy();
  });

  it('on a gate call: retried through a burst of 5xx answers', async () => {
    const clients = new ClientFactory();
    emu.faults.failNext(4, { operation: 'DescribeInstances' });
    const out = await clients
      .ec2(SESSION, 'us-east-1')
      .send(new DescribeInstancesCommand({ MaxResults: 1000 }));
    expect(out.Reservations?.length).toBeGreaterThan(0);
    expect(emu.counts().DescribeInstances).toBe(5);
    clients.destroy();
  });
});

describe('deadline', () => {
  it('a call slower than its budget’s deadline fails with DeadlineExceeded', async () => {
    const clients = new ClientFactory(10, { secondary: { deadlineMs: 200 } });
    emu.faults.setLatency(3000, 'GetInstanceMetadataDefaults');
    const e = await clients
      .ec2(SESSION, 'us-east-1', 'secondary')
      .send(new GetInstanceMetadataDefaultsCommand({}))
      .catch((err: unknown) => err);
    expect(e).toBeInstanceOf(DeadlineExceeded);
    expect(String((e as Error).message)).toMatch(
      /GetInstanceMetadataDefaults gave up after its 0.2 s deadline/,
    );
    clients.destroy();
  });

  it('a caller’s own abort signal still works (and is not reported as the deadline)', async () => {
    const clients = new ClientFactory();
    emu.faults.setLatency(3000, 'DescribeInstances');
    const ctl = new AbortController();
    const p = clients
      .ec2(SESSION, 'us-east-1')
      .send(new DescribeInstancesCommand({ MaxResults: 5 }), { abortSignal: ctl.signal })
      .catch((err: unknown) => err);
    ctl.abort();
    const e = await p;
    expect(e).not.toBeInstanceOf(DeadlineExceeded);
    expect((e as Error).name).toBe('AbortError');
    clients.destroy();
  });
});

describe('Auto Scaling groups', () => {
  it('are listed without their instances (IncludeInstances=false), launch settings kept', async () => {
    const expected = emu.world
      .region(SESSION.accountId, 'us-east-1')
      .autoScalingGroups.map((g) => g.name)
      .sort();
    expect(expected.length).toBeGreaterThan(0);
    const clients = new ClientFactory();
    const groups = await listAutoScalingGroups(clients.autoscaling(SESSION, 'us-east-1'));
    expect(groups.map((g) => g.AutoScalingGroupName).sort()).toEqual(expected);
    expect(groups.every((g) => g.Instances === undefined)).toBe(true);
    expect(groups.some((g) => g.LaunchTemplate || g.MixedInstancesPolicy || g.LaunchConfigurationName)).toBe(
      true,
    );
    const asked = emu.callLog.filter((c) => c.operation === 'DescribeAutoScalingGroups');
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.every((c) => c.params.IncludeInstances === 'false')).toBe(true);
    clients.destroy();
  });
});
