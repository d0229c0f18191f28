/**
 * What a GetMetricData answer may mean. Only `Complete` with counts (or with no datapoints: 0 calls) is
 * an answer; `InternalError`, `Forbidden`, `PartialData` never completed, a query left out, a value that
 * is not a count, a result for an id nobody asked: unknown, in readiness (the plan and the audit's
 * v1-usage column) and in the soak after a wave. The emulator serves each shape (faults.ts
 * MetricAnswerShape).
 */
import { GetMetricDataCommand } from '@aws-sdk/client-cloudwatch';
import { ModifyInstanceMetadataOptionsCommand } from '@aws-sdk/client-ec2';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { EC2_METRIC_TIMING } from '../../src/aws/metric-timing.js';
import { judgeAnswer, type MetricAnswer, measureV1Usage } from '../../src/aws/readiness.js';
import { readSoak } from '../../src/aws/soak.js';
import { silentLog } from '../../src/log.js';
import type { MetricAnswerShape } from '../emulator/faults.js';
import { A1, cw, ec2, smallWorld } from '../emulator/helpers.js';
import { type Emulator, startEmulator } from '../emulator/index.js';

let emu: Emulator;
beforeAll(async () => {
  emu = await startEmulator({ world: smallWorld() });
});
afterAll(async () => emu?.close());
beforeEach(() => {
  emu.resetWorld();
  emu.reset();
});

const id = (n: number) => `i-0000000000000c${String(n).padStart(3, '0')}`;

/** Instances 1..n in us-east-1, tokens optional; `v1Calls` per instance (absent = no datapoints). */
function addFleet(n: number, v1Calls: Record<number, number> = {}): void {
  for (let k = 1; k <= n; k++)
    emu.world.addInstance(A1, 'us-east-1', {
      instanceId: id(k),
      reservationId: `r-0000000000000c${String(k).padStart(3, '0')}`,
      state: 'running',
      metadataOptions: { HttpTokens: 'optional' },
      ...(v1Calls[k] !== undefined ? { v1Calls: v1Calls[k] } : {}),
    });
}

const usage = (ids: string[], onError?: (e: { code: string; instances: number }) => void) =>
  measureV1Usage(
    ids.map((instanceId) => ({ accountId: A1, region: 'us-east-1', instanceId })),
    { days: 14, now: new Date(), cloudwatch: (_a, r) => cw(emu, r), log: silentLog, onError },
  );

const UNKNOWN: Array<[MetricAnswerShape, RegExp, string]> = [
  ['InternalError', /^MetadataNoToken: StatusCode InternalError/, 'InternalError'],
  ['Forbidden', /^MetadataNoToken: StatusCode Forbidden/, 'Forbidden'],
  ['PartialDataEnd', /^MetadataNoToken: PartialData with no NextToken/, 'PartialData'],
  ['missing', /^MetadataNoToken: the answer has no result for it/, 'MissingResult'],
  ['NaN', /^MetadataNoToken: a value of NaN, which is not a count/, 'NotACount'],
  ['Infinity', /^MetadataNoToken: a value of Infinity/, 'NotACount'],
  ['negative', /^MetadataNoToken: a value of -1/, 'NotACount'],
];

describe('readiness (plan and audit): only Complete is an answer', () => {
  it('Complete with no datapoints is 0 calls; with datapoints, their sum', async () => {
    addFleet(2, { 2: 3 });
    const { usage: u } = await usage([id(1), id(2)]);
    expect(u.get(id(1))).toEqual({ v1Calls: 0 });
    expect(u.get(id(2))).toEqual({ v1Calls: 42 }); // 3 a day over 14 days
  });

  for (const [shape, reason, code] of UNKNOWN) {
    it(`${shape} for one instance: that instance is unknown, never 0 calls; its neighbour is read`, async () => {
      addFleet(2);
      emu.faults.metricAnswer({ shape, instanceId: id(1) });
      const errors: Array<{ code: string; instances: number }> = [];
      const { usage: u } = await usage([id(1), id(2)], (e) => errors.push(e));
      expect(u.get(id(1))).toEqual({ error: expect.stringMatching(reason) });
      expect(u.get(id(2))).toEqual({ v1Calls: 0 });
      expect(errors).toMatchObject([{ code, instances: 1 }]);
    });
  }

  it('a result for an id nobody asked: every query of that answer is unknown', async () => {
    addFleet(3);
    emu.faults.metricAnswer({ shape: 'extra-id', instanceId: id(2), times: 1 });
    const { usage: u } = await usage([id(1), id(2), id(3)]);
    for (const n of [1, 2, 3])
      expect(u.get(id(n))).toEqual({
        error: expect.stringMatching(
          /^MetadataNoToken: the answer holds a result for query id "m1_unasked", which was not asked/,
        ),
      });
  });

  it('PartialData with a NextToken is followed to Complete: the same sums as an unbroken answer', async () => {
    addFleet(3, { 1: 2, 2: 5, 3: 1 });
    const plain = await usage([id(1), id(2), id(3)]);
    emu.faults.metricAnswer({ shape: 'PartialData', instanceId: id(2), times: 1 });
    const split = await usage([id(1), id(2), id(3)]);
    expect(split.calls).toBe(plain.calls + 1);
    expect(split.usage).toEqual(plain.usage);
    expect(split.usage.get(id(2))).toEqual({ v1Calls: 70 });
  });

  it('a fault for the call (no instance named) makes every instance of the call unknown', async () => {
    addFleet(2);
    emu.faults.metricAnswer({ shape: 'InternalError', times: 1 });
    const first = await usage([id(1), id(2)]);
    expect([...first.usage.values()].every((r) => 'error' in r)).toBe(true);
    // times: 1 — the next call is answered as usual.
    const second = await usage([id(1), id(2)]);
    expect([...second.usage.values()]).toEqual([{ v1Calls: 0 }, { v1Calls: 0 }]);
  });
});

describe('soak after a wave: unknown is not healthy, and a refusal read is still a breakage', () => {
  async function harden(n: number) {
    await ec2(emu).send(
      new ModifyInstanceMetadataOptionsCommand({ InstanceId: id(n), HttpTokens: 'required' }),
    );
  }
  const soak = (ids: string[], from: Date) =>
    readSoak(
      ids.map((instanceId) => ({ accountId: A1, region: 'us-east-1', instanceId })),
      { from, now: new Date(), cloudwatch: (_a, r) => cw(emu, r), log: silentLog },
    );

  it('InternalError on MetadataNoTokenRejected hides the refused calls: unknown, not "0 refused"', async () => {
    addFleet(2);
    emu.world.findInstance(id(1))!.instance.stillUsesV1 = true;
    const from = new Date();
    await harden(1);
    await harden(2);
    emu.faults.metricAnswer({ shape: 'InternalError', instanceId: id(1), metric: 'MetadataNoTokenRejected' });
    const { readings } = await soak([id(1), id(2)], from);
    expect(readings.get(id(1))).toMatchObject({
      rejected: 0,
      unknown: expect.stringMatching(/^MetadataNoTokenRejected: StatusCode InternalError/),
    });
    expect(readings.get(id(2))).not.toHaveProperty('unknown');
  });

  it('refused calls read while StatusCheckFailed is unknown: counted (a breakage) and the unknown named', async () => {
    addFleet(1);
    emu.world.findInstance(id(1))!.instance.stillUsesV1 = true;
    const from = new Date();
    await harden(1);
    emu.faults.metricAnswer({ shape: 'missing', metric: 'StatusCheckFailed' });
    const { readings } = await soak([id(1)], from);
    expect(readings.get(id(1))).toMatchObject({
      rejected: 1,
      unknown: 'StatusCheckFailed: the answer has no result for it',
    });
  });

  it('no complete period after the last change published yet: unknown, naming the period', async () => {
    addFleet(1);
    const last = new Date();
    const { readings } = await readSoak([{ accountId: A1, region: 'us-east-1', instanceId: id(1) }], {
      from: last,
      now: new Date(last.getTime() + 9 * 60_000),
      cloudwatch: (_a, r) => cw(emu, r),
      log: silentLog,
      complete: {
        lastChange: last,
        periods: new Map(),
        timing: { basicPeriodSeconds: 300, detailedPeriodSeconds: 60, publishDelaySeconds: 300 },
      },
    });
    expect(readings.get(id(1))).toMatchObject({
      unknown: expect.stringMatching(/no complete 300 s period after the last change .*\(basic monitoring/),
    });
    // Detailed monitoring (60 s periods): the same 9 minutes hold a published whole period.
    const detailed = await readSoak([{ accountId: A1, region: 'us-east-1', instanceId: id(1) }], {
      from: last,
      now: new Date(last.getTime() + 9 * 60_000),
      cloudwatch: (_a, r) => cw(emu, r),
      log: silentLog,
      complete: { lastChange: last, periods: new Map([[id(1), 60]]), timing: EC2_METRIC_TIMING },
    });
    expect(detailed.readings.get(id(1))).not.toHaveProperty('unknown');
  });
});

describe('judgeAnswer', () => {
  const answer = (values: Array<[string, number[]]>, status: Array<[string, string]>): MetricAnswer => ({
    values: new Map(values),
    status: new Map(status),
  });
  it('a table of answers', () => {
    const j = judgeAnswer(
      ['a', 'b', 'c', 'd', 'e', 'f'],
      answer(
        [
          ['a', [1, 2]],
          ['b', []],
          ['c', []],
          ['d', [1, -0.5]],
          ['e', [Number.NEGATIVE_INFINITY]],
        ],
        [
          ['a', 'Complete'],
          ['b', 'Complete'],
          ['c', 'Forbidden (Forbidden: no)'],
          ['d', 'Complete'],
          ['e', 'Complete'],
        ],
      ),
    );
    expect(Object.fromEntries(j)).toEqual({
      a: { values: [1, 2] },
      b: { values: [] },
      c: { code: 'Forbidden', unknown: 'StatusCode Forbidden (Forbidden: no)' },
      d: { code: 'NotACount', unknown: 'a value of -0.5, which is not a count' },
      e: { code: 'NotACount', unknown: 'a value of -Infinity, which is not a count' },
      f: { code: 'MissingResult', unknown: 'the answer has no result for it' },
    });
    expect(judgeAnswer(['a'], answer([['a', [1]]], []))).toEqual(
      new Map([['a', { code: 'MissingResult', unknown: 'its result has no StatusCode' }]]),
    );
  });
});

describe('the emulator serves each shape as the SDK reads a GetMetricData answer', () => {
  const query = (instanceId: string, n: number) => ({
    Id: `q${n}`,
    MetricStat: {
      Metric: {
        Namespace: 'AWS/EC2',
        MetricName: 'MetadataNoToken',
        Dimensions: [{ Name: 'InstanceId', Value: instanceId }],
      },
      Period: 86_400,
      Stat: 'Sum',
    },
  });
  const midnight = () => Math.floor(Date.now() / 86_400_000) * 86_400_000;
  const send = (NextToken?: string) =>
    cw(emu).send(
      new GetMetricDataCommand({
        MetricDataQueries: [1, 2].map((n) => query(id(n), n)),
        // The three whole UTC days before today: one datapoint a day.
        StartTime: new Date(midnight() - 3 * 86_400_000),
        EndTime: new Date(midnight()),
        NextToken,
      }),
    );

  it('InternalError, Forbidden, NaN, negative, missing, extra-id: configured as JSON, read by the SDK', async () => {
    addFleet(2, { 1: 1, 2: 1 });
    const shapes: MetricAnswerShape[] = [
      'InternalError',
      'Forbidden',
      'NaN',
      'negative',
      'missing',
      'extra-id',
    ];
    const seen: unknown[] = [];
    for (const shape of shapes) {
      emu.faults.configure({ metricAnswers: [{ shape, instanceId: id(1), times: 1 }] });
      expect(emu.faults.snapshot().metricAnswers).toEqual([{ shape, instanceId: id(1), times: 1 }]);
      const out = await send();
      expect(emu.faults.snapshot().metricAnswers).toEqual([]);
      seen.push(
        out.MetricDataResults?.map((r) => ({
          id: r.Id,
          status: r.StatusCode,
          values: r.Values?.map(String),
          message: r.Messages?.[0]?.Code,
        })),
      );
    }
    const q2 = { id: 'q2', status: 'Complete', values: ['1', '1', '1'], message: undefined };
    expect(seen).toEqual([
      [{ id: 'q1', status: 'InternalError', values: [], message: 'InternalError' }, q2],
      [{ id: 'q1', status: 'Forbidden', values: [], message: 'Forbidden' }, q2],
      [{ id: 'q1', status: 'Complete', values: ['NaN', 'NaN', 'NaN'], message: undefined }, q2],
      [{ id: 'q1', status: 'Complete', values: ['-1', '-1', '-1'], message: undefined }, q2],
      [q2],
      [
        { id: 'q1_unasked', status: 'Complete', values: ['0'], message: undefined },
        { id: 'q1', status: 'Complete', values: ['1', '1', '1'], message: undefined },
        q2,
      ],
    ]);
  });

  it('PartialData: a NextToken, then the rest of the query as Complete', async () => {
    addFleet(2, { 1: 1, 2: 1 });
    emu.faults.metricAnswer({ shape: 'PartialData', instanceId: id(1) });
    const first = await send();
    expect(first.MetricDataResults?.map((r) => [r.Id, r.StatusCode, r.Values?.length])).toEqual([
      ['q1', 'PartialData', 1],
    ]);
    expect(first.NextToken).toBeTypeOf('string');
    const second = await send(first.NextToken);
    expect(second.MetricDataResults?.map((r) => [r.Id, r.StatusCode, r.Values?.length])).toEqual([
      ['q1', 'Complete', 2],
      ['q2', 'Complete', 3],
    ]);
    expect(second.NextToken).toBeUndefined();
  });
});
