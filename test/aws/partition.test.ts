/**
 * Parallel pages inside a large region (src/aws/scan/partition.ts): the partition plan is disjoint and
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
} from '../../src/aws/scan/partition.js';
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

/**
 * An endpoint that is not EC2 (a proxy, another emulator) may not apply the `instance-id` filter as
 * EC2 documents it. The scan checks its partitions as they come back and, when they cannot be
 * trusted, reads the region again in one chain: the result is still every instance exactly once.
 */
describe('scanPartitioned against endpoints that do not filter as EC2 does', () => {
  const rng = mulberry32(11);
  const region = Array.from({ length: 5_500 }, () => `i-0${hex(rng, 16)}`);
  type Input = { Filters?: Array<{ Name?: string; Values?: string[] }>; NextToken?: string };

  /** DescribeInstances over `ids` (pages of 1,000 in a stable order); `match` applies instance-id. */
  function endpoint(ids: () => string[], match: (id: string, values: string[]) => boolean) {
    const sent: Input[] = [];
    const fake = {
      send: async (cmd: { input: Input }) => {
        sent.push(cmd.input);
        const values = cmd.input.Filters?.find((f) => f.Name === 'instance-id')?.Values;
        const list = ids().filter((id) => !values || match(id, values));
        const start = Number(cmd.input.NextToken ?? 0);
        const next = start + 1000 < list.length ? String(start + 1000) : undefined;
        return {
          Reservations: [
            {
              OwnerId: '1',
              Instances: list.slice(start, start + 1000).map((InstanceId) => ({ InstanceId })),
            },
          ],
          NextToken: next,
        };
      },
    } as unknown as Parameters<typeof scanPartitioned>[0];
    return { fake, sent };
  }
  const glob = (id: string, values: string[]) => values.some((v) => id.startsWith(v.slice(0, -1)));

  async function scan(fake: Parameters<typeof scanPartitioned>[0]) {
    const ids: string[] = [];
    const result = await scanPartitioned(fake, {
      filters: stateFilter(true),
      onInstances: (list) => ids.push(...list.map((i) => i.InstanceId ?? '')),
    });
    return { ids, result };
  }

  it('EC2’s filter: partitions, every id once, nothing to say', async () => {
    const { fake, sent } = endpoint(() => region, glob);
    const { ids, result } = await scan(fake);
    expect(result.partitions).toBeGreaterThan(1);
    expect(result.unproven).toBeUndefined();
    expect([...ids].sort()).toEqual([...region].sort());
    expect(sent.length).toBe(result.pages);
  });

  it('the filter ignored: the partitions stop after their first page, one chain reads the region', async () => {
    const { fake, sent } = endpoint(
      () => region,
      () => true,
    );
    const { ids, result } = await scan(fake);
    expect(result.unproven).toMatch(/^instance "i-0[0-9a-f]{16}" came back under instance-id i-/);
    expect(result.partitions).toBe(0);
    expect(ids.length).toBe(region.length);
    expect([...ids].sort()).toEqual([...region].sort());
    // The first page, each partition's first page, then the serial chain's 6 pages from the start (the
    // first page's instances were left to the partitions).
    const partitionCalls = sent.filter((c) => c.Filters?.some((f) => f.Name === 'instance-id')).length;
    expect(partitionCalls).toBeLessThanOrEqual(MAX_PARTITIONS);
    expect(sent.length).toBe(1 + partitionCalls + 6);
    expect(
      sent.filter((c) => !c.Filters?.some((f) => f.Name === 'instance-id') && !c.NextToken),
    ).toHaveLength(2);

    // The region's scan says so in the log, and keeps its result.
    const warnings: string[] = [];
    const log = { ...silent, warning: (m: string) => warnings.push(m) } as Log;
    const r = await scanRegion(
      endpoint(
        () => region,
        () => true,
      ).fake,
      '111111111111',
      'eu-west-1',
      true,
      log,
    );
    expect(r.scan.status).toBe('ok');
    expect(r.instances.length).toBe(region.length);
    expect(warnings).toEqual([
      expect.stringMatching(
        /^eu-west-1 \(account 111111111111\): the endpoint did not apply DescribeInstances' instance-id filter as EC2 documents it \(instance "i-0[0-9a-f]{16}" came back under/,
      ),
    ]);
  });

  it('`*` read literally (nothing matches): the region is read again in one chain', async () => {
    const { fake } = endpoint(
      () => region,
      (id, values) => values.includes(id),
    );
    const { ids, result } = await scan(fake);
    expect(result.unproven).toBe(
      "0 of the first page's 1000 instances came back in the instance-id partitions",
    );
    expect([...ids].sort()).toEqual([...region].sort());
  });

  it('instances that stop between the first page and the partitions are not a reason to distrust them', async () => {
    let calls = 0;
    // A tenth of the first page leaves the state filter after the first call.
    const gone = new Set(region.slice(0, 100));
    const { fake } = endpoint(() => (calls++ === 0 ? region : region.filter((id) => !gone.has(id))), glob);
    const { ids, result } = await scan(fake);
    expect(result.unproven).toBeUndefined();
    expect(result.partitions).toBeGreaterThan(1);
    // Each instance is as its partition's page has it: those that left the filter are not listed.
    expect([...ids].sort()).toEqual(region.filter((id) => !gone.has(id)).sort());
  });

  it('the first page is not passed on when the partitions follow: each instance comes once, from them', async () => {
    const { fake, sent } = endpoint(() => region, glob);
    const pages: string[][] = [];
    const result = await scanPartitioned(fake, {
      filters: stateFilter(true),
      onInstances: (list) => pages.push(list.map((i) => i.InstanceId ?? '')),
    });
    expect(result.partitions).toBeGreaterThan(1);
    // Every page passed on came from a partition (an instance-id filter), none from the first call.
    expect(pages).toHaveLength(result.pages - 1);
    expect(sent[0].Filters?.some((f) => f.Name === 'instance-id')).toBe(false);
    expect(pages.flat().sort()).toEqual([...region].sort());
  });

  it('a partition answering instances of another partition twice: kept once', async () => {
    // Prefix matching on the whole value list of the first partition sent, for every partition.
    let firstValues: string[] | undefined;
    const { fake } = endpoint(
      () => region,
      (id, values) => {
        firstValues ??= values;
        return glob(id, values) || glob(id, firstValues);
      },
    );
    const { ids, result } = await scan(fake);
    expect(result.unproven).toMatch(/came back under instance-id/);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...region].sort());
  });
});
