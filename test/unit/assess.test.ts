import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AssessOptions } from '../../src/assess/assess.js';
import { assess, byRisk, formatPercent, meetsThreshold } from '../../src/assess/assess.js';
import { parseException } from '../../src/assess/exceptions.js';
import { bucketOf, isCompliant } from '../../src/assess/rules.js';
import type { Instance, Inventory, MetadataOptions } from '../../src/model/types.js';

const options = (over: Partial<AssessOptions> = {}): AssessOptions => ({
  rule: 'ec2.8',
  threshold: 100,
  includeStopped: true,
  failOnRegionError: true,
  failOnAccountError: true,
  exceptions: { enabled: false, tagKey: 'imds-guard:exempt' },
  today: '2026-11-22',
  ...over,
});

let seq = 0;
function inst(metadata: MetadataOptions, over: Partial<Instance> = {}): Instance {
  seq++;
  return {
    instanceId: `i-${seq.toString(16).padStart(17, '0')}`,
    accountId: '111111111111',
    region: 'us-east-1',
    state: 'running',
    tags: {},
    publicIp: false,
    metadata: { httpEndpoint: 'enabled', state: 'applied', httpPutResponseHopLimit: 1, ...metadata },
    ...over,
  };
}

function inventory(instances: Instance[], regions = ['us-east-1']): Inventory {
  return {
    scannedAt: '2026-11-22T00:00:00.000Z',
    durationMs: 1,
    callerAccountId: '111111111111',
    accounts: [{ accountId: '111111111111', status: 'ok' }],
    regions: regions.map((region) => ({
      accountId: '111111111111',
      region,
      status: 'ok' as const,
      instances: 0,
      pages: 1,
      durationMs: 1,
    })),
    instances,
    apiCalls: {},
  };
}

const V2 = { httpTokens: 'required' };
const V1 = { httpTokens: 'optional' };
const OFF = { httpTokens: 'optional', httpEndpoint: 'disabled' };

describe('buckets and rules', () => {
  it.each([
    [{ httpTokens: 'required', httpEndpoint: 'enabled', state: 'applied' }, 'v2-required', true, true],
    [{ httpTokens: 'optional', httpEndpoint: 'enabled', state: 'applied' }, 'v1-allowed', false, false],
    [{ httpTokens: 'optional', httpEndpoint: 'disabled', state: 'applied' }, 'disabled', false, true],
    [{ httpTokens: 'required', httpEndpoint: 'disabled', state: 'applied' }, 'disabled', true, true],
    [{ httpTokens: 'required', httpEndpoint: 'enabled', state: 'pending' }, 'pending', true, true],
    [{ httpTokens: 'optional', httpEndpoint: 'enabled', state: 'pending' }, 'pending', false, false],
    [{}, 'v1-allowed', false, false],
  ] as const)('%j → %s (ec2.8 %s, or-disabled %s)', (m, bucket, ec28, orDisabled) => {
    expect(bucketOf(m)).toBe(bucket);
    expect(isCompliant(m, 'ec2.8')).toBe(ec28);
    expect(isCompliant(m, 'ec2.8-or-disabled')).toBe(orDisabled);
  });
});

describe('assess', () => {
  const fleet = [
    inst(V2),
    inst(V2, { state: 'stopped' }),
    inst(V1, { instanceProfileArn: 'arn:aws:iam::1:instance-profile/web', publicIp: true }),
    inst(V1, { instanceProfileArn: 'arn:aws:iam::1:instance-profile/app' }),
    inst(V1),
    inst(OFF),
    inst(V1, { state: 'terminated' }),
    inst(V1, { state: 'shutting-down' }),
  ];

  it('counts in-scope instances, excluding terminated and shutting-down, keeping stopped', () => {
    const a = assess(inventory(fleet), options());
    expect(a.totals.inScope).toBe(6);
    expect(a.outOfScope).toBe(2);
    expect(a.totals.stopped).toBe(1);
    expect(a.totals.compliant).toBe(2);
    expect(a.totals.buckets).toEqual({ 'v2-required': 2, 'v1-allowed': 3, disabled: 1, pending: 0 });
    expect(a.totals.risk).toEqual({ 'role-public': 1, role: 1, 'no-role': 1 });
    expect(a.totals.withRole).toBe(2);
    expect(a.rule.id).toBe('ec2.8');
    expect(a.gate.passed).toBe(false);
    expect(a.gate.failures[0]).toContain('2 of 6');
  });

  it('counts disabled endpoints as compliant under ec2.8-or-disabled', () => {
    const a = assess(inventory(fleet), options({ rule: 'ec2.8-or-disabled' }));
    expect(a.totals.compliant).toBe(3);
    expect(a.totals.percent).toBeCloseTo(50);
    expect(a.rule.name).toContain('Prowler');
  });

  it('drops stopped instances when include-stopped is false', () => {
    const a = assess(inventory(fleet), options({ includeStopped: false }));
    expect(a.totals.inScope).toBe(5);
    expect(a.outOfScope).toBe(3);
  });

  it('reports an empty fleet as 100% and passes', () => {
    const a = assess(inventory([]), options());
    expect(a.totals.percent).toBe(100);
    expect(a.gate.passed).toBe(true);
    expect(a.byRegion).toEqual([expect.objectContaining({ region: 'us-east-1' })]);
    expect(a.byRegion[0].rollup.percent).toBe(100);
  });

  it('gates exactly at the boundary: 999 of 1000 passes 99.9 and fails 100', () => {
    const many = [...Array.from({ length: 999 }, () => inst(V2)), inst(V1)];
    expect(assess(inventory(many), options({ threshold: 99.9 })).gate.passed).toBe(true);
    expect(assess(inventory(many), options({ threshold: 100 })).gate.passed).toBe(false);
    expect(assess(inventory(many), options({ threshold: 99.91 })).gate.passed).toBe(false);
  });

  it('fails the gate on a failed region only when fail-on-scan-error fails regions', () => {
    const inv = inventory([inst(V2)]);
    inv.regions.push({
      accountId: '111111111111',
      region: 'eu-west-1',
      status: 'failed',
      instances: 0,
      pages: 0,
      durationMs: 1,
      error: { code: 'AuthFailure', message: 'nope' },
    });
    const strict = assess(inv, options());
    expect(strict.gate.passed).toBe(false);
    expect(strict.gate.failures.join()).toContain('eu-west-1: AuthFailure');
    expect(strict.failedRegions).toHaveLength(1);
    expect(assess(inv, options({ failOnRegionError: false })).gate.passed).toBe(true);
  });

  it('honours exceptions only when enabled, valid and unexpired; reports expired ones', () => {
    const tagKey = 'imds-guard:exempt';
    const exempt = inst(V1, { tags: { [tagKey]: 'legacy agent; expires=2026-12-31' } });
    const expired = inst(V1, { tags: { [tagKey]: 'old; expires=2026-01-01' } });
    const off = assess(inventory([inst(V2), exempt, expired]), options());
    expect(off.totals.compliant).toBe(1);
    const on = assess(
      inventory([inst(V2), exempt, expired]),
      options({ exceptions: { enabled: true, tagKey } }),
    );
    expect(on.totals.compliant).toBe(2);
    expect(on.totals.exempted).toBe(1);
    expect(on.expiredExceptions.map((i) => i.instanceId)).toEqual([expired.instanceId]);
  });

  it('gates each account against the per-account threshold', () => {
    const inv = inventory([inst(V2), inst(V1, { accountId: '222222222222' })]);
    inv.accounts.push({ accountId: '222222222222', status: 'ok' });
    const a = assess(inv, options({ threshold: 0, accountThreshold: 90 }));
    expect(a.gate.failures).toEqual([expect.stringContaining('Account 222222222222 is at 0%')]);
    expect(a.byAccount[0].accountId).toBe('222222222222'); // worst first
  });
});

describe('assess: order and rollups over accounts and regions', () => {
  it('lists instances by account, region and id, and counts each account and region', () => {
    const row = fc.record({
      accountId: fc.constantFrom('111111111111', '222222222222', '0'),
      region: fc.constantFrom('us-east-1', 'eu-west-1', 'eu-west-1/x', 'ap-south-1'),
      id: fc.constantFrom('i-1', 'i-2', 'i-10', 'I-1', 'i-a'),
      tokens: fc.constantFrom('required', 'optional'),
      state: fc.constantFrom('running', 'stopped', 'terminated'),
    });
    fc.assert(
      fc.property(
        fc.array(row, { maxLength: 40 }),
        fc.subarray(['us-east-1', 'sa-east-1']),
        (rows, listed) => {
          const instances = rows.map((r, n) =>
            inst(
              { httpTokens: r.tokens },
              {
                instanceId: r.id,
                accountId: r.accountId,
                region: r.region,
                state: r.state,
                tags: { n: String(n) },
              },
            ),
          );
          const a = assess(inventory(instances, listed), options({ threshold: 0 }));
          const key = (i: { accountId: string; region: string }) => [i.accountId, i.region];
          const code = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
          const inScope = instances.filter((i) => i.state !== 'terminated');
          // The same order as one stable sort by the three keys.
          const expected = [...inScope].sort(
            (x, y) =>
              code(x.accountId, y.accountId) || code(x.region, y.region) || code(x.instanceId, y.instanceId),
          );
          expect(a.instances.map((i) => i.tags.n)).toEqual(expected.map((i) => i.tags.n));
          // One rollup per account's region seen or listed, in order, each counting its own instances.
          const seen = new Map<string, string[]>();
          for (const r of listed) seen.set(JSON.stringify(['111111111111', r]), ['111111111111', r]);
          for (const i of inScope) seen.set(JSON.stringify(key(i)), key(i));
          const regions = [...seen.values()].sort((x, y) => code(x[0], y[0]) || code(x[1], y[1]));
          expect(a.byRegion.map((r) => [r.accountId, r.region])).toEqual(regions);
          for (const r of a.byRegion) {
            const mine = inScope.filter((i) => i.accountId === r.accountId && i.region === r.region);
            expect(r.rollup.inScope).toBe(mine.length);
            expect(r.rollup.compliant).toBe(mine.filter((i) => i.metadata.httpTokens === 'required').length);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('assess in place', () => {
  it('gives what a copy gives, byte for byte, on the records themselves; an assessed record is copied', () => {
    const row = fc.record({
      tokens: fc.constantFrom('required', 'optional', undefined),
      endpoint: fc.constantFrom('enabled', 'disabled'),
      state: fc.constantFrom('running', 'stopped', 'terminated', 'pending'),
      role: fc.boolean(),
      publicIp: fc.boolean(),
      exempt: fc.constantFrom(undefined, 'vendor; expires=2027-01-01', 'old; expires=2020-01-01', 'bad'),
      name: fc.option(fc.string({ maxLength: 8 }), { nil: undefined }),
      v1Calls: fc.option(fc.nat(9), { nil: undefined }),
    });
    const build = (rows: Array<typeof row extends fc.Arbitrary<infer R> ? R : never>) =>
      rows.map((r, n) =>
        inst(
          { httpTokens: r.tokens, httpEndpoint: r.endpoint },
          {
            instanceId: `i-${n.toString(16).padStart(17, '0')}`,
            state: r.state,
            publicIp: r.publicIp,
            ...(r.role ? { instanceProfileArn: 'arn:aws:iam::111111111111:instance-profile/r' } : {}),
            ...(r.name === undefined ? {} : { name: r.name }),
            ...(r.v1Calls === undefined ? {} : { v1Calls: r.v1Calls }),
            tags: r.exempt ? { 'imds-guard:exempt': r.exempt } : {},
          },
        ),
      );
    fc.assert(
      fc.property(
        fc.array(row, { maxLength: 30 }),
        fc.constantFrom('ec2.8', 'ec2.8-or-disabled'),
        (rows, rule) => {
          const o = options({
            rule,
            threshold: 50,
            exceptions: { enabled: true, tagKey: 'imds-guard:exempt' },
          });
          const copied = assess(inventory(build(rows)), o);
          const scanned = inventory(build(rows));
          const records = [...scanned.instances];
          const inPlace = assess(scanned, o, { inPlace: true });
          expect(JSON.stringify(inPlace)).toBe(JSON.stringify(copied));
          for (const i of inPlace.instances) expect(records).toContain(i);
          // Assessed again under the other rule: copies, as if the records were new.
          const other = rule === 'ec2.8' ? 'ec2.8-or-disabled' : 'ec2.8';
          const again = assess({ ...scanned, instances: records }, { ...o, rule: other }, { inPlace: true });
          const fresh = assess(inventory(build(rows)), { ...o, rule: other });
          expect(JSON.stringify(again)).toBe(JSON.stringify(fresh));
          for (const i of again.instances) expect(records).not.toContain(i);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('formatPercent', () => {
  it.each([
    [0, 0, '100%'],
    [5, 5, '100%'],
    [0, 5, '0%'],
    [9999, 10000, '99.9%'],
    [1, 10000, '0.1%'],
    [2, 3, '66.6%'],
    [1, 2, '50.0%'],
  ])('%i of %i → %s', (c, n, s) => expect(formatPercent(c, n)).toBe(s));

  it('meetsThreshold never rounds a failure into a pass', () => {
    expect(meetsThreshold(9999, 10000, 100)).toBe(false);
    expect(meetsThreshold(9995, 10000, 99.95)).toBe(true);
    expect(meetsThreshold(9994, 10000, 99.95)).toBe(false);
    expect(meetsThreshold(0, 0, 100)).toBe(true);
  });
});

describe('risk order', () => {
  it('puts role + public first, then role, then no role; higher hop limit first within a tier', () => {
    const a = assess(
      inventory([
        inst(V1),
        inst({ ...V1, httpPutResponseHopLimit: 2 }, { instanceProfileArn: 'arn:r' }),
        inst(V1, { instanceProfileArn: 'arn:r' }),
        inst(V1, { instanceProfileArn: 'arn:r', publicIp: true }),
      ]),
      options(),
    );
    const ranked = a.instances.filter((i) => i.risk).sort(byRisk);
    expect(ranked.map((i) => [i.risk, i.metadata.httpPutResponseHopLimit])).toEqual([
      ['role-public', 1],
      ['role', 2],
      ['role', 1],
      ['no-role', 1],
    ]);
  });
});

describe('parseException', () => {
  it.each([
    ['legacy; expires=2027-01-01', { reason: 'legacy', expires: '2027-01-01', expired: false, valid: true }],
    ['legacy', { reason: 'legacy', expires: undefined, expired: false, valid: true }],
    ['legacy; expires=2026-11-21', { reason: 'legacy', expires: '2026-11-21', expired: true, valid: true }],
    ['legacy; expires=2026-11-22', { reason: 'legacy', expires: '2026-11-22', expired: false, valid: true }],
    ['; expires=2027-01-01', { reason: '', expires: '2027-01-01', expired: false, valid: false }],
    ['x; expires=tomorrow', { reason: 'x', expires: 'tomorrow', expired: false, valid: false }],
  ])('%s', (value, expected) => {
    expect(parseException(value, '2026-11-22')).toMatchObject(expected);
  });
});
