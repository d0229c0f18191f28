/**
 * Parallel pages inside a large region (src/aws/partition.ts): the partition plan is disjoint and
 * complete by construction, and a scan of a large emulated region returns exactly the emulator's
 * in-scope instances — no duplicates, no gaps — while a small region still costs one call.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type AwsSession, ClientFactory } from '../../src/aws/clients.js';
import { scanRegion, stateFilter } from '../../src/aws/inventory.js';
import {
  CANDIDATE_PREFIXES,
  concentrated,
  MAX_PARTITIONS,
  planPartitions,
  prefixOf,
  scanPartitioned,
} from '../../src/aws/partition.js';
import type { Log } from '../../src/log.js';
import { type Emulator, generateFleet, mulberry32, startEmulator } from '../emulator/index.js';
import type { WorldFixture } from '../emulator/world.js';

const silent = { info: () => {}, warning: () => {}, error: () => {}, debug: () => {} } as unknown as Log;
const hex = (rng: () => number, n: number) =>
  Array.from({ length: n }, () => '0123456789abcdef'[Math.floor(rng() * 16)]).join('');
const SESSION: AwsSession = {
  accountId: '111111111111',
  credentials: { accessKeyId: 'AKIDPART', secretAccessKey: 'x' },
};

describe('planPartitions', () => {
  const rng = mulberry32(7);
  const samples: Record<string, string[]> = {
    // Long ids as EC2 issues them today mostly start with 0.
    realistic: Array.from({ length: 1000 }, () => `i-0${hex(rng, 16)}`),
    uniform: Array.from({ length: 1000 }, () => `i-${hex(rng, 17)}`),
    legacy: Array.from({ length: 1000 }, () => `i-${hex(rng, 8)}`),
    // A first page ordered by id would show one prefix only.
    sorted: Array.from({ length: 1000 }, (_, n) => `i-00${n.toString(16).padStart(15, '0')}`),
    empty: [],
  };

  it.each(Object.keys(samples))(
    '%s sample: every id matches exactly one partition, ≤ 16 partitions, ≤ 200 values',
    (name) => {
      const plan = planPartitions(samples[name]);
      expect(plan.length).toBeLessThanOrEqual(MAX_PARTITIONS);
      expect(plan.flat().sort()).toEqual(CANDIDATE_PREFIXES.map((p) => `${p}*`).sort());
      for (const values of plan) expect(values.length).toBeLessThanOrEqual(200);
      const globs = plan.map((values) => values.map((v) => new RegExp(`^${v.replace('*', '.*')}$`)));
      const ids = [
        ...samples.realistic,
        ...samples.uniform,
        ...samples.legacy,
        'i-00000000',
        'i-ffffffffffffffff0',
      ];
      for (const id of ids) {
        const hits = globs.filter((g) => g.some((re) => re.test(id))).length;
        expect(hits, id).toBe(1);
      }
    },
  );

  it('balances the sample: no partition holds much more than a 16th of it', () => {
    for (const name of ['realistic', 'uniform', 'legacy']) {
      const plan = planPartitions(samples[name]);
      const share = plan.map(
        (values) => samples[name].filter((id) => values.includes(`${prefixOf(id)}*`)).length / 1000,
      );
      expect(Math.max(...share), name).toBeLessThan(0.12);
    }
  });

  it('a sample concentrated under one prefix is recognised (the scan then pages serially)', () => {
    expect(concentrated(samples.sorted)).toBe(true);
    for (const name of ['realistic', 'uniform', 'legacy', 'empty'])
      expect(concentrated(samples[name]), name).toBe(false);
  });

  it('ids of another shape have no prefix (the scan then pages serially)', () => {
    expect(prefixOf('i-0abc')).toBe('i-0a');
    expect(prefixOf('i-abc')).toBe('i-a');
    expect(prefixOf('i-Z1234567')).toBeUndefined();
    expect(prefixOf('x-01234567')).toBeUndefined();
  });
});

/** 25,000 instances in us-east-1 (realistic `i-0…` ids, some legacy 8-digit ones), 300 in eu-west-1. */
function bigWorld(): WorldFixture {
  const world = generateFleet({ seed: 3, regions: ['us-east-1'], instancesPerRegion: 25_000 });
  const small = generateFleet({ seed: 4, regions: ['eu-west-1'], instancesPerRegion: 300 });
  const rng = mulberry32(11);
  const instances = world.accounts[0].regions?.['us-east-1']?.instances ?? [];
  instances.forEach((i, n) => {
    i.instanceId = n % 50 === 0 ? `i-${hex(rng, 8)}` : `i-0${hex(rng, 16)}`;
  });
  const regions = world.accounts[0].regions ?? {};
  regions['eu-west-1'] = small.accounts[0].regions?.['eu-west-1'] ?? { instances: [] };
  world.accounts[0].enabledRegions = ['us-east-1', 'eu-west-1'];
  return world;
}

describe('scanPartitioned against the emulator', () => {
  let emu: Emulator;
  let clients: ClientFactory;
  beforeAll(async () => {
    emu = await startEmulator({ world: bigWorld(), throttle: true });
    vi.stubEnv('AWS_ENDPOINT_URL', emu.url);
    clients = new ClientFactory(3);
  });
  afterAll(async () => {
    clients.destroy();
    vi.unstubAllEnvs();
    await emu.close();
  });

  const inScope = (region: string, includeStopped: boolean) => {
    const states = new Set(stateFilter(includeStopped)[0].Values);
    return emu.world
      .region('111111111111', region)
      .instances.filter((i) => states.has(i.state))
      .map((i) => i.instanceId)
      .sort();
  };

  it('a 25,000-instance region: the ids equal the emulator’s, none twice; calls ≤ minimum + partitions', async () => {
    emu.reset();
    const r = await scanRegion(clients.ec2(SESSION, 'us-east-1'), '111111111111', 'us-east-1', true, silent);
    expect(r.scan.status).toBe('ok');
    const ids = r.instances.map((i) => i.instanceId);
    expect(new Set(ids).size).toBe(ids.length);
    const expected = inScope('us-east-1', true);
    expect(ids.length).toBe(expected.length);
    expect([...ids].sort()).toEqual(expected);
    expect(r.scan.partitions).toBeGreaterThan(1);
    const calls = emu.counts().DescribeInstances;
    expect(calls).toBe(r.scan.pages);
    const minimum = Math.ceil(expected.length / 1000);
    expect(calls).toBeLessThanOrEqual(minimum + 1 + (r.scan.partitions ?? 0));
    // Every call stayed within EC2's bucket (throttling on, nothing refused).
    expect(emu.countsDetailed().byOutcome.RequestLimitExceeded ?? 0).toBe(0);
  });

  it('running instances only: same guarantees with the narrower state filter', async () => {
    const r = await scanRegion(clients.ec2(SESSION, 'us-east-1'), '111111111111', 'us-east-1', false, silent);
    const ids = r.instances.map((i) => i.instanceId);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(inScope('us-east-1', false));
  });

  it('a small region still costs one call', async () => {
    emu.reset();
    const r = await scanRegion(clients.ec2(SESSION, 'eu-west-1'), '111111111111', 'eu-west-1', true, silent);
    expect(r.instances.map((i) => i.instanceId).sort()).toEqual(inScope('eu-west-1', true));
    expect(emu.counts().DescribeInstances).toBe(1);
    expect(r.scan.partitions).toBeUndefined();
  });
});

describe('scanPartitioned fallback', () => {
  it('ids of an unexpected shape: the serial chain from the first NextToken, no partitions', async () => {
    const sent: Array<{ Filters?: Array<{ Name?: string }>; NextToken?: string }> = [];
    const pages: Record<string, { ids: string[]; next?: string }> = {
      '': { ids: ['i-0123456789abcdef0', 'i-NOTHEX00'], next: 't1' },
      t1: { ids: ['i-1234abcd'] },
    };
    const fake = {
      send: async (cmd: { input: { Filters?: Array<{ Name?: string }>; NextToken?: string } }) => {
        sent.push(cmd.input);
        const p = pages[cmd.input.NextToken ?? ''];
        return {
          Reservations: [{ OwnerId: '1', Instances: p.ids.map((InstanceId) => ({ InstanceId })) }],
          NextToken: p.next,
        };
      },
    } as unknown as Parameters<typeof scanPartitioned>[0];
    const ids: string[] = [];
    const r = await scanPartitioned(fake, {
      filters: stateFilter(true),
      onInstances: (list) => ids.push(...list.map((i) => i.InstanceId ?? '')),
    });
    expect(r).toEqual({ pages: 2, partitions: 0 });
    expect(ids).toEqual(['i-0123456789abcdef0', 'i-NOTHEX00', 'i-1234abcd']);
    expect(sent.every((c) => !c.Filters?.some((f) => f.Name === 'instance-id'))).toBe(true);
  });
});
