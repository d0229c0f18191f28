import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import {
  DescribeInstancesCommand,
  DescribeRegionsCommand,
  paginateDescribeInstances,
} from '@aws-sdk/client-ec2';
import { describe, expect, it } from 'vitest';
import { control, ec2 } from './helpers.js';
import { bucketOf, DEFAULT_REGIONS, generateFleet, startEmulator, World } from './index.js';

describe('generateFleet', () => {
  it('is deterministic for a seed and spreads a total over accounts x regions', () => {
    const opts = { seed: 3, accounts: 2, regions: ['us-east-1', 'eu-west-1', 'ap-southeast-2'], total: 1000 };
    const a = JSON.stringify(generateFleet(opts));
    expect(JSON.stringify(generateFleet(opts))).toBe(a);
    expect(JSON.stringify(generateFleet({ ...opts, seed: 4 }))).not.toBe(a);
    const w = generateFleet(opts);
    expect(w.accounts.map((x) => x.id)).toEqual(['111111111111', '222222222222']);
    expect(w.organization?.managementAccountId).toBe('111111111111');
    let total = 0;
    for (const acc of w.accounts)
      for (const r of Object.values(acc.regions ?? {})) total += r.instances?.length ?? 0;
    expect(total).toBe(1000);
    expect(w.accounts[0].enabledRegions).toEqual(expect.arrayContaining([...DEFAULT_REGIONS]));
  });

  it('has the requested variety: buckets, states, roles, public IPs, hop limits, multi-instance reservations', () => {
    const world = new World(generateFleet({ seed: 11, regions: ['us-east-1'], instancesPerRegion: 2000 }));
    const list = world.region('111111111111', 'us-east-1').instances;
    const count = (f: (i: (typeof list)[number]) => boolean) => list.filter(f).length;
    const buckets = new Map<string, number>();
    for (const i of list)
      if (i.state !== 'terminated' && i.state !== 'shutting-down')
        buckets.set(bucketOf(i), (buckets.get(bucketOf(i)) ?? 0) + 1);
    for (const b of ['v2-required', 'v1-allowed', 'disabled', 'pending'])
      expect(buckets.get(b) ?? 0).toBeGreaterThan(10);
    for (const s of ['running', 'stopped', 'terminated', 'shutting-down'])
      expect(count((i) => i.state === s)).toBeGreaterThan(5);
    expect(count((i) => !!i.iamInstanceProfile)).toBeGreaterThan(500);
    expect(count((i) => !!i.publicIpAddress)).toBeGreaterThan(100);
    expect(count((i) => i.metadataOptions.HttpPutResponseHopLimit === 2)).toBeGreaterThan(100);
    expect(count((i) => i.platform === 'windows')).toBeGreaterThan(50);
    expect(count((i) => !!i.autoScalingGroupName)).toBeGreaterThan(50);
    expect(count((i) => Array.isArray(i.v1Calls) && i.v1Calls.some((v) => v > 0))).toBeGreaterThan(50);
    const perReservation = new Map<string, number>();
    for (const i of list) perReservation.set(i.reservationId, (perReservation.get(i.reservationId) ?? 0) + 1);
    expect([...perReservation.values()].some((n) => n >= 4)).toBe(true);
    // Instances of one reservation differ (roles / IMDS), so sampling one per reservation is wrong.
    const r = [...perReservation].find(([, n]) => n >= 4)?.[0];
    const members = list.filter((i) => i.reservationId === r);
    expect(
      new Set(members.map((i) => `${i.metadataOptions.HttpTokens}${!!i.iamInstanceProfile}`)).size,
    ).toBeGreaterThan(1);
    const region = world.region('111111111111', 'us-east-1');
    expect(region.launchTemplates.length).toBe(3);
    expect(region.images.some((i) => i.imdsSupport === 'v2.0')).toBe(true);
    expect(region.autoScalingGroups.length).toBeGreaterThan(0);
  });

  it('hostile tag values survive the wire exactly', async () => {
    const fixture = generateFleet({
      seed: 5,
      regions: ['us-east-1'],
      instancesPerRegion: 60,
      hostileTags: true,
    });
    const emu = await startEmulator({ world: fixture });
    try {
      const expected = new Map(
        fixture.accounts[0].regions?.['us-east-1'].instances?.map((i) => [i.instanceId, i.tags]),
      );
      let hostile = 0;
      for await (const p of paginateDescribeInstances({ client: ec2(emu), pageSize: 1000 }, {}))
        for (const r of p.Reservations ?? [])
          for (const i of r.Instances ?? []) {
            const want = expected.get(i.InstanceId ?? '') as { Key: string; Value: string }[];
            const got = i.Tags?.filter((t) => !t.Key?.startsWith('aws:')).map((t) => ({
              Key: t.Key,
              Value: t.Value,
            }));
            expect(got).toEqual(want.filter((t) => !t.Key.startsWith('aws:')));
            if (want.some((t) => /[<|@$]/.test(t.Value))) hostile++;
          }
      expect(hostile).toBeGreaterThan(5);
    } finally {
      await emu.close();
    }
  });
});

describe('fixtures from JSON and scale', () => {
  it('loads a world from a JSON file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'emu-'));
    try {
      const file = join(dir, 'fleet.json');
      writeFileSync(
        file,
        JSON.stringify({
          accounts: [
            {
              id: '123456789012',
              enabledRegions: ['eu-central-1'],
              regions: {
                'eu-central-1': {
                  instances: [
                    {
                      instanceId: 'i-0123456789abcdef0',
                      reservationId: 'r-0123456789abcdef0',
                      state: 'running',
                      tags: { Name: 'from-json' },
                      metadataOptions: { HttpTokens: 'required' },
                    },
                  ],
                },
              },
            },
          ],
        }),
      );
      const emu = await startEmulator({ fleetFile: file });
      try {
        const regions = await ec2(emu, 'eu-central-1').send(new DescribeRegionsCommand({}));
        expect(regions.Regions?.map((r) => r.RegionName)).toEqual(['eu-central-1']);
        const r = await ec2(emu, 'eu-central-1').send(new DescribeInstancesCommand({}));
        expect(r.Reservations?.[0].OwnerId).toBe('123456789012');
        expect(r.Reservations?.[0].Instances?.[0].MetadataOptions?.HttpTokens).toBe('required');
      } finally {
        await emu.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('serves 100,000 instances over 17 regions', async () => {
    const t0 = performance.now();
    const emu = await startEmulator({ fleet: { seed: 1, total: 100_000, regions: DEFAULT_REGIONS } });
    try {
      const summary = emu.world.summary()['111111111111'];
      expect(Object.keys(summary)).toHaveLength(17);
      expect(Object.values(summary).reduce((s, r) => s + r.total, 0)).toBe(100_000);
      // Raw wire scan of one region (≈5,900 instances) in pages of 1000.
      const auth =
        'AWS4-HMAC-SHA256 Credential=AKIDTEST/20260101/eu-west-1/ec2/aws4_request, SignedHeaders=host, Signature=0';
      let token: string | undefined;
      let n = 0;
      do {
        const body = `Action=DescribeInstances&Version=2016-11-15&MaxResults=1000${token ? `&NextToken=${encodeURIComponent(token)}` : ''}`;
        const txt = await (
          await fetch(emu.url, { method: 'POST', body, headers: { authorization: auth } })
        ).text();
        n += txt.split('<instanceState>').length - 1;
        token = /<nextToken>([^<]+)<\/nextToken>/.exec(txt)?.[1];
      } while (token);
      expect(n).toBe(summary['eu-west-1'].total);
      // A filtered SDK query across the region.
      const r = await ec2(emu, 'eu-west-1').send(
        new DescribeInstancesCommand({
          MaxResults: 1000,
          Filters: [{ Name: 'metadata-options.http-tokens', Values: ['optional'] }],
        }),
      );
      expect(r.Reservations?.length).toBeGreaterThan(100);
      expect(performance.now() - t0).toBeLessThan(15_000); // coarse sanity only
    } finally {
      await emu.close();
    }
  });
});

describe('standalone process (main.ts)', () => {
  it('prints {url,port}, serves SDK calls and the control API, stops on SIGTERM', async () => {
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        'test/emulator/main.ts',
        '--seed',
        '2',
        '--instances',
        '40',
        '--regions',
        'us-east-1,eu-west-1',
        '--throttle',
      ],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    try {
      const line = await new Promise<string>((resolve, reject) => {
        const rl = createInterface({ input: child.stdout });
        rl.once('line', resolve);
        child.once('exit', (code) => reject(new Error(`exited ${code}`)));
      });
      const info = JSON.parse(line) as { url: string; port: number; instances: number };
      expect(info.url).toBe(`http://127.0.0.1:${info.port}`);
      expect(info.instances).toBe(40);
      const emu = { url: info.url } as Parameters<typeof ec2>[0];
      const r = await ec2(emu, 'eu-west-1').send(new DescribeInstancesCommand({}));
      expect(r.Reservations?.length).toBeGreaterThan(0);
      const counts = await control(`${info.url}/__emulator/counts`);
      expect(counts.byOperation).toEqual({ DescribeInstances: 1 });
      const throttle = await control(`${info.url}/__emulator/throttle`);
      expect(throttle.enabled).toBe(true);
      await fetch(`${info.url}/__emulator/reset`, { method: 'POST' });
      expect((await control(`${info.url}/__emulator/counts`)).total).toBe(0);
      const summary = await control(`${info.url}/__emulator/summary`);
      expect(Object.keys(summary['111111111111'])).toEqual(['us-east-1', 'eu-west-1']);
    } finally {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    }
  });
});
