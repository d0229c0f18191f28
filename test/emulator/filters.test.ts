/**
 * What EC2 documents for filter values, as the partitioned scan relies on it: `*` any run, `?` exactly
 * one character, a backslash escapes, at most 200 values per call (FilterLimitExceeded); and the
 * per-item latency model (a base per call plus a cost per returned instance).
 */
import { DescribeInstancesCommand } from '@aws-sdk/client-ec2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filterGlob, filterMatcher } from './ec2.js';
import { ec2, failure } from './helpers.js';
import { type Emulator, generateFleet, startEmulator } from './index.js';

let emu: Emulator;
beforeAll(async () => {
  emu = await startEmulator({
    world: generateFleet({ seed: 9, regions: ['us-east-1'], instancesPerRegion: 400 }),
  });
});
afterAll(() => emu.close());

const ids = async (Values: string[], extra = 0) => {
  const out = await ec2(emu).send(
    new DescribeInstancesCommand({
      Filters: [
        { Name: 'instance-id', Values },
        ...(extra ? [{ Name: 'tag-key', Values: Array.from({ length: extra }, (_, n) => `k${n}`) }] : []),
      ],
    }),
  );
  return (out.Reservations ?? []).flatMap((r) => (r.Instances ?? []).map((i) => i.InstanceId ?? ''));
};

describe('EC2 filter values', () => {
  it('patterns: * any run, ? exactly one character, backslash escapes', () => {
    const t = (p: string, v: string) => filterGlob(p).test(v);
    expect(t('i-0a*', 'i-0abc')).toBe(true);
    expect(t('i-0a*', 'i-1a')).toBe(false);
    expect(t('a?c', 'abc')).toBe(true);
    expect(t('a?c', 'ac')).toBe(false);
    expect(t('\\*x', '*x')).toBe(true);
    expect(t('\\*x', 'ax')).toBe(false);
    expect(t('a.b', 'axb')).toBe(false);
  });

  it('the matcher (exact values, trailing-* prefixes, other patterns) accepts what filterGlob accepts', () => {
    const values = ['i-0a*', 'abc', '*', 'a?c', '\\*x', 'a**', 'x\\', 'p*q', 'i-\n*', ''];
    const subjects = [
      'i-0abc',
      'i-0a',
      'i-1a',
      'abc',
      'abcd',
      'ac',
      '*x',
      'ax',
      'a',
      'aa',
      'x\\',
      'pq',
      'pzzq',
      'i-\nz',
      '',
    ];
    for (const v of values)
      for (const x of subjects) expect([v, x, filterMatcher([v])(x)]).toEqual([v, x, filterGlob(v).test(x)]);
    const any = filterMatcher(['i-0a*', 'abc', 'a?c']);
    expect(['i-0ab', 'abc', 'axc', 'zzz'].map(any)).toEqual([true, true, true, false]);
  });

  it('prefix wildcards on instance-id split a region into disjoint, complete parts', async () => {
    const all = emu.world
      .region('111111111111', 'us-east-1')
      .instances.map((i) => i.instanceId)
      .sort();
    const parts = await Promise.all([...'0123456789abcdef'].map((x) => ids([`i-${x}*`])));
    const union = parts.flat();
    expect(new Set(union).size).toBe(union.length);
    expect(union.sort()).toEqual(all);
  });

  it('at most 200 values per call, all filters together', async () => {
    expect(
      (
        await ids(
          Array.from({ length: 100 }, (_, n) => `i-${n}*`),
          100,
        )
      ).length,
    ).toBe(0);
    const e = await failure(
      ids(
        Array.from({ length: 100 }, (_, n) => `i-${n}*`),
        101,
      ),
    );
    expect(e.name).toBe('FilterLimitExceeded');
  });
});

describe('latency model', () => {
  it('a base per call plus a cost per returned instance (recorded in the faults snapshot)', () => {
    emu.faults.configure({
      latencyByOperation: { DescribeInstances: 100 },
      latencyPerItemMs: { DescribeInstances: 2 },
    });
    expect(emu.faults.latencyFor('DescribeInstances', 1000)).toBe(2100);
    expect(emu.faults.latencyFor('DescribeInstances')).toBe(100);
    expect(emu.faults.snapshot().latencyPerItemMs).toEqual({ DescribeInstances: 2 });
    emu.faults.clear();
    expect(emu.faults.latencyFor('DescribeInstances', 1000)).toBe(0);
  });
});
