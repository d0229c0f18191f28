/**
 * Staged waves in-process: the soak reader (src/aws/soak.ts) and the wave runner
 * (src/remediate/waves.ts) against the loopback emulator, with the soak's sleep injected so a 10-minute
 * soak takes no time. The bundle golden paths are test/e2e/waves.test.ts.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sealPlan } from '../../src/assess/plan-file.js';
import { planWithWaves } from '../../src/assess/waves.js';
import { readSoak, soakWindow } from '../../src/aws/soak.js';
import { silentLog } from '../../src/log.js';
import type { ChangeRecord, Plan, PlanItem, WaveSpec } from '../../src/model/types.js';
import { runWaves, soakPreflight } from '../../src/remediate/waves.js';
import { parseWaves } from '../../src/settings/waves.js';
import type { MetricAnswerShape } from '../emulator/faults.js';
import { A1, cw, ec2, smallWorld } from '../emulator/helpers.js';
import { type Emulator, startEmulator } from '../emulator/index.js';
import type { InstanceFixture } from '../emulator/world.js';

let emu: Emulator;
beforeAll(async () => {
  emu = await startEmulator({ world: smallWorld() });
});
afterAll(async () => emu?.close());
/** The job's clock: real time plus what the injected sleep has "waited" (a soak takes no real time). */
let offset = 0;
const now = () => new Date(Date.now() + offset);
beforeEach(() => {
  emu.resetWorld();
  emu.reset();
  offset = 0;
});

const id = (n: number) => `i-0000000000000b${String(n).padStart(3, '0')}`;
const REGIONS = ['us-east-1', 'eu-west-1'];
const BEFORE = {
  httpTokens: 'optional',
  httpPutResponseHopLimit: 1,
  httpEndpoint: 'enabled',
  httpProtocolIpv6: 'disabled',
  instanceMetadataTags: 'disabled',
};

/** Instances 1..n (odd in us-east-1, even in eu-west-1), tokens optional. */
function addFleet(n: number, over: Record<number, Partial<InstanceFixture>> = {}): PlanItem[] {
  const items: PlanItem[] = [];
  for (let k = 1; k <= n; k++) {
    const region = REGIONS[k % 2 === 1 ? 0 : 1];
    emu.world.addInstance(A1, region, {
      instanceId: id(k),
      reservationId: `r-0000000000000b${String(k).padStart(3, '0')}`,
      state: 'running',
      metadataOptions: { HttpTokens: 'optional', HttpPutResponseHopLimit: 1 },
      ...(over[k] ?? {}),
    });
    items.push({
      kind: 'instance',
      accountId: A1,
      region,
      resourceId: id(k),
      before: { ...BEFORE },
      after: { httpTokens: 'required' },
      reason: 'allows IMDSv1',
    });
  }
  return items.sort((a, b) => a.region.localeCompare(b.region) || a.resourceId.localeCompare(b.resourceId));
}

function stagedPlan(items: PlanItem[], raw: string, budget = 0, soakMinutes = 10): Plan {
  const flat = sealPlan({
    schema: 'imds-guard/plan',
    version: 1,
    createdAt: new Date().toISOString(),
    scannedAt: new Date().toISOString(),
    mode: 'plan',
    remediation: 'require-v2',
    v1UsageDays: 14,
    items,
    heldBack: [],
  });
  return sealPlan(
    planWithWaves(flat, {
      raw,
      specs: parseWaves(raw) as WaveSpec[],
      soakMinutes,
      failureBudget: budget,
    }),
  );
}

/** `advance: false` = a sleep that returns at once without moving the job's clock. */
async function run(plan: Plan, logged: ChangeRecord[] = [], advance = true) {
  const records: ChangeRecord[] = [];
  const slept: number[] = [];
  const result = await runWaves(plan, logged, {
    apply: {
      clients: { read: (_a, r) => ec2(emu, r, undefined, 3), write: (_a, r) => ec2(emu, r) },
      log: silentLog,
      now,
      onRecord: (r) => records.push(r),
      base: { runId: '9', mode: 'apply', planDigest: plan.digest },
    },
    limiters: new Map(),
    postureLimiters: new Map(),
    cloudwatch: (_a, r) => cw(emu, r),
    sleep: async (ms) => {
      slept.push(ms);
      if (advance) offset += ms;
    },
  });
  return { result, records, slept };
}

const tokens = (n: number) => emu.world.findInstance(id(n))!.instance.metadataOptions.HttpTokens;

describe('soak reader', () => {
  it('whole minutes, period 60 s plus 60 s per hour of window', () => {
    const w = soakWindow(new Date('2026-03-01T10:00:30Z'), new Date('2026-03-01T10:20:10Z'));
    expect([w.start.toISOString(), w.end.toISOString(), w.periodSeconds]).toEqual([
      '2026-03-01T10:00:00.000Z',
      '2026-03-01T10:21:00.000Z',
      60,
    ]);
    expect(soakWindow(new Date('2026-03-01T10:00:00Z'), new Date('2026-03-01T15:30:00Z')).periodSeconds).toBe(
      360,
    );
  });

  it('refused calls and failed status checks since the change; batched at 250 instances per call', async () => {
    addFleet(260, { 1: { stillUsesV1: true }, 3: { statusCheckFailed: 'after-required' } });
    const from = new Date();
    for (const n of [1, 3, 5])
      await ec2(emu).send(
        new (await import('@aws-sdk/client-ec2')).ModifyInstanceMetadataOptionsCommand({
          InstanceId: id(n),
          HttpTokens: 'required',
        }),
      );
    const east = Array.from({ length: 260 }, (_, k) => k + 1).filter((k) => k % 2 === 1);
    const targets = [...east, ...Array.from({ length: 130 }, (_, k) => 2 * k + 2)].map((k) => ({
      accountId: A1,
      region: REGIONS[k % 2 === 1 ? 0 : 1],
      instanceId: id(k),
    }));
    const { readings, calls } = await readSoak(targets, {
      from,
      now: new Date(),
      cloudwatch: (_a, r) => cw(emu, r),
      log: silentLog,
    });
    expect(calls).toBe(2); // 130 per region: one call (260 queries) each
    expect(readings.get(id(1))).toMatchObject({ rejected: 1, statusCheckFailed: 0, periodSeconds: 60 });
    expect(readings.get(id(3))).toMatchObject({ rejected: 0, statusCheckFailed: 1 });
    expect(readings.get(id(5))).toMatchObject({ rejected: 0, statusCheckFailed: 0 });
    expect(readings.size).toBe(260);
  });

  it('unreadable metrics are an error per instance, never zero', async () => {
    addFleet(2);
    emu.faults.setAuthFailure('eu-west-1');
    const { readings } = await readSoak(
      [1, 2].map((k) => ({ accountId: A1, region: REGIONS[k % 2 === 1 ? 0 : 1], instanceId: id(k) })),
      { from: new Date(), now: new Date(), cloudwatch: (_a, r) => cw(emu, r), log: silentLog },
    );
    expect(readings.get(id(1))).not.toHaveProperty('error');
    expect(readings.get(id(2))).toMatchObject({ error: expect.stringMatching(/^AuthFailure/) });
  });
});

describe('wave runner', () => {
  it('waits the soak through the injected sleep, restores a failed status check, stops before wave 2', async () => {
    const items = addFleet(6, { 3: { statusCheckFailed: 'after-required' } });
    const plan = stagedPlan(items, '2-per-region,rest');
    expect(plan.waves!.waves.map((w) => w.items)).toEqual([4, 2]);
    const { result, records, slept } = await run(plan);
    expect(slept).toHaveLength(1);
    // soak=10, or longer until a whole 5-minute period after the change is published (5 min late); less
    // the real time between the last change and the wait (the monitoring read: seconds on a busy machine).
    expect(slept[0]).toBeGreaterThan(570_000);
    expect(slept[0]).toBeLessThanOrEqual(900_000);
    expect(tokens(3)).toBe('optional');
    for (const n of [1, 2, 4]) expect(tokens(n)).toBe('required');
    for (const n of [5, 6]) expect(tokens(n)).toBe('optional'); // wave 2 never started
    const restore = records.find((r) => r.autoRollback && r.result === 'applied')!;
    expect(restore).toMatchObject({
      resourceId: id(3),
      wave: 1,
      after: { httpTokens: 'optional' },
      autoRollback: { metric: 'StatusCheckFailed', statistic: 'Maximum', sum: 1, wave: 1 },
    });
    expect(result.stopped).toMatch(/^wave 1: 1 instance\(s\) broke .* failure-budget=0; wave 2 not started/);
    expect(result.waves.map((w) => w.status)).toEqual(['stopped', 'not-started']);
    expect(result.restores.counts.applied).toBe(1);
    expect(result.outcome.counts.applied).toBe(4);

    // Resume with the same plan: the budget is already spent, so it stops again without a change.
    emu.resetCounts();
    const again = await run(plan, records);
    expect(emu.callLog.filter((c) => c.operation === 'ModifyInstanceMetadataOptions')).toHaveLength(0);
    expect(again.result.stopped).toMatch(/^wave 1: 1 instance\(s\) broke/);
    expect(again.slept).toHaveLength(0); // the job's clock is past the wave's soak: no second wait
  });

  it('a resumed run does not wait again for soak time already spent', async () => {
    const items = addFleet(4);
    const plan = stagedPlan(items, '1-per-region,rest');
    const wave1 = plan.items.filter((i) => i.wave === 1);
    // An earlier run applied wave 1 sixteen minutes ago and was killed during its soak (past the
    // 10-minute soak and a published 5-minute period after the change).
    const at = new Date(Date.now() - 16 * 60_000).toISOString();
    const logged: ChangeRecord[] = wave1.flatMap((i) =>
      (['started', 'applied'] as const).map((result) => ({
        time: at,
        runId: '8',
        mode: 'apply' as const,
        planDigest: plan.digest,
        kind: 'instance' as const,
        accountId: i.accountId,
        region: i.region,
        resourceId: i.resourceId,
        before: { ...BEFORE },
        after: { ...BEFORE, httpTokens: 'required' },
        result,
        wave: 1,
      })),
    );
    for (const i of wave1)
      emu.world.findInstance(i.resourceId)!.instance.metadataOptions.HttpTokens = 'required';
    const { result, slept } = await run(plan, logged);
    expect(result.stopped).toBeUndefined();
    // Wave 1: verified without waiting; wave 2: applied and soaked (10 min).
    expect(slept).toHaveLength(1);
    expect(result.waves.map((w) => [w.applied, w.earlier, w.status])).toEqual([
      [0, 2, 'soaked'],
      [2, 0, 'soaked'],
    ]);
    expect(
      emu.callLog
        .filter((c) => c.operation === 'ModifyInstanceMetadataOptions')
        .map((c) => c.params.InstanceId)
        .sort(),
    ).toEqual(
      plan.items
        .filter((i) => i.wave === 2)
        .map((i) => i.resourceId)
        .sort(),
    );
  });
});

describe('an answer that is not an answer stops the run: unknown, not broken', () => {
  const modified = () =>
    emu.callLog
      .filter((c) => c.operation === 'ModifyInstanceMetadataOptions')
      .map((c) => String(c.params.InstanceId))
      .sort();
  const wave1 = (plan: Plan) =>
    plan.items
      .filter((i) => i.wave === 1)
      .map((i) => i.resourceId)
      .sort();

  it('control: a wave-1 instance that still uses IMDSv1 is restored and the run stops (budget 0)', async () => {
    const plan = stagedPlan(addFleet(4, { 1: { stillUsesV1: true } }), '1-per-region,rest');
    expect(wave1(plan)).toContain(id(1));
    const { result, records } = await run(plan);
    expect(result.stopped).toMatch(/^wave 1: 1 instance\(s\) broke/);
    expect(tokens(1)).toBe('optional');
    expect(records.filter((r) => r.autoRollback && r.result === 'applied').map((r) => r.resourceId)).toEqual([
      id(1),
    ]);
  });

  it('PartialData with a NextToken is followed: the refused calls on its next page are seen, as in the control', async () => {
    const plan = stagedPlan(addFleet(4, { 1: { stillUsesV1: true } }), '1-per-region,rest');
    emu.faults.metricAnswer({ shape: 'PartialData', instanceId: id(1), metric: 'MetadataNoTokenRejected' });
    const { result } = await run(plan);
    expect(result.stopped).toMatch(/^wave 1: 1 instance\(s\) broke/);
    expect(tokens(1)).toBe('optional');
  });

  const shapes: Array<[MetricAnswerShape, RegExp]> = [
    ['InternalError', /MetadataNoTokenRejected: StatusCode InternalError/],
    ['Forbidden', /MetadataNoTokenRejected: StatusCode Forbidden/],
    ['PartialDataEnd', /MetadataNoTokenRejected: PartialData with no NextToken/],
    ['missing', /MetadataNoTokenRejected: the answer has no result for it/],
    ['NaN', /MetadataNoTokenRejected: a value of NaN/],
    ['extra-id', /the answer holds a result for query id "r\d+_unasked", which was not asked/],
  ];
  for (const [shape, why] of shapes) {
    it(`${shape} for the instance that broke: the run stops naming it and the metric, nothing further changed`, async () => {
      const plan = stagedPlan(addFleet(4, { 1: { stillUsesV1: true } }), '1-per-region,rest');
      emu.faults.metricAnswer({ shape, instanceId: id(1), metric: 'MetadataNoTokenRejected' });
      const { result, records } = await run(plan);
      expect(result.stopped).toMatch(/^wave 1: the soak outcome of \d instance\(s\) is unknown, not broken/);
      expect(result.stopped).toContain(id(1));
      expect(result.stopped).toMatch(why);
      expect(result.stopped).toMatch(/wave 2 not started/);
      expect(result.waves.map((w) => w.status)).toEqual(['unverified', 'not-started']);
      // Wave 1 changed, nothing restored (nothing showed it broken), wave 2 never sent.
      expect(modified()).toEqual(wave1(plan));
      expect(records.some((r) => r.autoRollback)).toBe(false);
      expect(tokens(1)).toBe('required');
      for (const i of plan.items.filter((x) => x.wave === 2))
        expect(tokens(Number(i.resourceId.slice(-3)))).toBe('optional');
    });
  }

  it('a soak read before a whole period after the change is published: unknown, naming why', async () => {
    const plan = stagedPlan(addFleet(2), '1-per-region,rest', 0, 1);
    const { result } = await run(plan, [], false);
    expect(result.stopped).toMatch(/is unknown, not broken .*no complete 300 s period after the last change/);
    expect(modified()).toEqual(wave1(plan));
  });
});

describe('the soak waits for a published period after the last change', () => {
  it('basic monitoring: soak=1 waits 10 to 15 minutes; detailed monitoring: 6 to 7', async () => {
    const basic = await run(stagedPlan(addFleet(2), '1-per-region,rest', 0, 1));
    expect(basic.result.stopped).toBeUndefined();
    expect(basic.slept[0]).toBeGreaterThan(9.5 * 60_000);
    expect(basic.slept[0]).toBeLessThanOrEqual(15 * 60_000);

    emu.resetWorld();
    emu.reset();
    offset = 0;
    const items = addFleet(2, { 1: { monitoring: 'enabled' }, 2: { monitoring: 'enabled' } });
    const detailed = await run(stagedPlan(items, '1-per-region,rest', 0, 1));
    expect(detailed.result.stopped).toBeUndefined();
    expect(detailed.slept[0]).toBeGreaterThan(5.5 * 60_000);
    expect(detailed.slept[0]).toBeLessThanOrEqual(7 * 60_000);
  });
});

describe('soak preflight', () => {
  it('a query CloudWatch answers Forbidden refuses the apply before the first change; InternalError does not', async () => {
    const plan = stagedPlan(addFleet(2), '1-per-region,rest');
    const check = () => soakPreflight(plan, [], { cloudwatch: (_a, r) => cw(emu, r), now, log: silentLog });
    expect((await check()).every((d) => d.ok)).toBe(true);
    emu.faults.metricAnswer({ shape: 'Forbidden', region: 'eu-west-1' });
    const refused = await check();
    expect(refused.find((d) => d.region === 'eu-west-1')).toMatchObject({
      ok: false,
      code: 'Forbidden',
      message: expect.stringMatching(/StatusCode Forbidden/),
    });
    expect(refused.find((d) => d.region === 'us-east-1')?.ok).toBe(true);
    emu.faults.clear();
    emu.faults.metricAnswer({ shape: 'InternalError' });
    expect((await check()).every((d) => d.ok)).toBe(true);
  });
});
