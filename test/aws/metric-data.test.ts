/**
 * GetMetricData bodies written and read by readiness.ts instead of the SDK's serde: the request is the
 * SDK serializer's bytes, signed over what is sent; the response reads as the SDK's deserializer
 * reads it, page after page; a body that is not GetMetricData output is refused.
 */
import { createHash } from 'node:crypto';
import {
  type CloudWatchClient,
  GetMetricDataCommand,
  type GetMetricDataCommandInput,
  paginateGetMetricData,
} from '@aws-sdk/client-cloudwatch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildQueries,
  type InstanceQueries,
  metricDataBody,
  metricValues,
  queriesText,
  readMetricDataBody,
} from '../../src/aws/readiness.js';
import { sendRawBody } from '../../src/aws/scan/raw-body.js';
import { soakQueries } from '../../src/aws/soak.js';
import { cw, smallWorld } from '../emulator/helpers.js';
import { type Emulator, startEmulator } from '../emulator/index.js';

let emu: Emulator;
beforeAll(async () => {
  emu = await startEmulator({ world: smallWorld() });
});
afterAll(() => emu.close());

const DAY = 86_400_000;
const today = () => Math.floor(Date.now() / DAY) * DAY;

interface Sent {
  body: string;
  headers: Record<string, string>;
}

/** The request as it would go on the wire (after signing); nothing is sent. */
async function sent(client: CloudWatchClient, command: GetMetricDataCommand): Promise<Sent> {
  let out: Sent | undefined;
  command.middlewareStack.add(
    // biome-ignore lint/suspicious/noExplicitAny: a finalize-step middleware over the signed HttpRequest.
    (_next: any) => async (args: any) => {
      const b = args.request.body;
      out = {
        body: typeof b === 'string' ? b : Buffer.from(b).toString('utf8'),
        headers: args.request.headers,
      };
      throw new Error('captured');
    },
    { step: 'finalizeRequest', priority: 'low', name: 'capture' },
  );
  await client.send(command).catch((e: Error) => {
    if (e.message !== 'captured') throw e;
  });
  if (!out) throw new Error('no request');
  return out;
}

const inputs: GetMetricDataCommandInput[] = [
  {
    MetricDataQueries: buildQueries(['i-0123456789abcdef0', 'i-00000000000000001']),
    StartTime: new Date('2026-11-15T00:00:00Z'),
    EndTime: new Date('2026-11-29T00:00:00Z'),
    ScanBy: 'TimestampDescending',
  },
  {
    MetricDataQueries: buildQueries(['i-1'], 'MetadataNoTokenRejected'),
    StartTime: new Date('2026-11-27T10:31:12.345Z'),
    EndTime: new Date('2026-11-28T10:32:00.001Z'),
    NextToken: 'tok/+=é"\\',
    ScanBy: 'TimestampAscending',
  },
  {
    MetricDataQueries: soakQueries(['i-2', 'i-3'], 300),
    StartTime: new Date(0),
    EndTime: new Date('2026-11-28T00:00:00Z'),
    ScanBy: 'TimestampAscending',
  },
  {
    MetricDataQueries: [
      { Id: 'e1', Expression: 'SUM(METRICS())', Label: 'total ✓ | <b>', ReturnData: true, Period: 60 },
      ...buildQueries(['i-4']),
    ],
    StartTime: new Date('2026-11-01T00:00:00Z'),
    EndTime: new Date('2026-11-02T00:00:00Z'),
    NextToken: 'n',
    ScanBy: 'TimestampDescending',
    MaxDatapoints: 10,
    LabelOptions: { Timezone: '+0130' },
  },
];

describe('GetMetricData request body', () => {
  it('is the bytes the SDK serializer writes for the same input', async () => {
    const client = cw(emu);
    for (const input of inputs) {
      const sdk = await sent(client, new GetMetricDataCommand(input));
      expect(Buffer.from(metricDataBody(input)).toString('utf8')).toBe(sdk.body);
    }
  });

  it('is what is sent and signed, with its own length, and the command keeps its whole input', async () => {
    const client = cw(emu);
    for (const input of inputs) {
      const sdk = await sent(client, new GetMetricDataCommand(input));
      const command = new GetMetricDataCommand(input);
      const body = metricDataBody(input);
      sendRawBody(command, 'test', body, { ...input, MetricDataQueries: [] });
      const ours = await sent(client, command);
      expect(ours.body).toBe(sdk.body);
      expect(ours.headers['content-length']).toBe(String(body.byteLength));
      expect(ours.headers['x-amz-content-sha256']).toBe(createHash('sha256').update(body).digest('hex'));
      expect(ours.headers['x-amz-target']).toBe(sdk.headers['x-amz-target']);
      expect(command.input.MetricDataQueries).toHaveLength(input.MetricDataQueries?.length ?? 0);
    }
  });
});

describe('GetMetricData batches of instance ids', () => {
  // Ids as an endpoint may answer them: escapes, quotes, non-ASCII, a lone surrogate, empty.
  const odd = ['i-0123456789abcdef0', 'i-"quoted"\\', 'i-\u0000\u001f\u2028é✓', 'i-\ud800', '', 'm0'];
  const many = Array.from({ length: 500 }, (_, n) => `i-${n.toString(16).padStart(17, '0')}`);

  it('writes the queries buildQueries makes, byte for byte, for both metrics', () => {
    for (const metric of ['MetadataNoToken', 'MetadataNoTokenRejected'] as const)
      for (const ids of [odd, many, [], ['i-1']])
        expect(queriesText({ ids, metric })).toBe(JSON.stringify(buildQueries(ids, metric)));
  });

  it('sends and signs the body the query objects would, and the command still holds them', async () => {
    const window = { start: new Date(today() - 3 * DAY), end: new Date(today()) };
    const ids = ['i-00000000000000001', 'i-00000000000000002', ...odd];
    const bodies: string[] = [];
    const signed: string[] = [];
    const client = cw(emu);
    client.middlewareStack.add(
      // biome-ignore lint/suspicious/noExplicitAny: a finalize-step middleware over the signed HttpRequest.
      (next: any) => async (args: any) => {
        const b = args.request.body;
        bodies.push(typeof b === 'string' ? b : Buffer.from(b).toString('utf8'));
        signed.push(args.request.headers['x-amz-content-sha256']);
        return next(args);
      },
      { step: 'finalizeRequest', priority: 'low', name: 'captureBody' },
    );
    const objects = await metricValues(
      client,
      buildQueries(ids, 'MetadataNoTokenRejected'),
      window,
      () => {},
    );
    const batch: InstanceQueries = { ids, metric: 'MetadataNoTokenRejected' };
    const text = await metricValues(client, batch, window, () => {});
    expect(text).toEqual(objects);
    expect(bodies).toHaveLength(2);
    expect(bodies[1]).toBe(bodies[0]);
    expect(JSON.parse(bodies[1]).MetricDataQueries).toEqual(buildQueries(ids, 'MetadataNoTokenRejected'));
    // Signed over the bytes sent.
    expect(signed[1]).toBe(createHash('sha256').update(bodies[1]).digest('hex'));
    expect(signed[1]).toBe(signed[0]);
    // A client that reads the command's input itself (a stand-in) sees the queries.
    let seen: unknown;
    const standIn = {
      send: async (command: GetMetricDataCommand) => {
        seen = JSON.parse(JSON.stringify(command.input.MetricDataQueries));
        return { MetricDataResults: [], $metadata: {} };
      },
    } as unknown as CloudWatchClient;
    await metricValues(standIn, batch, window, () => {});
    expect(seen).toEqual(buildQueries(ids, 'MetadataNoTokenRejected'));
  });
});

describe('GetMetricData response body', () => {
  it('reads every page as the SDK does (500 hourly queries over 14 days: more than one page)', async () => {
    // Instances 1 and 2 have a datapoint an hour, the unknown one none: 480 × 336 datapoints, over the
    // 100,800 a page holds.
    const id = (n: number) =>
      n % 25 === 3 ? 'i-0000000000000ffff' : n % 2 ? 'i-00000000000000002' : 'i-00000000000000001';
    const queries = buildQueries(Array.from({ length: 500 }, (_, n) => id(n))).map((q) => ({
      ...q,
      MetricStat: { ...q.MetricStat, Period: 3600 } as NonNullable<typeof q.MetricStat>,
    }));
    const window = { start: new Date(today() - 14 * DAY), end: new Date(today()) };
    const sdk = new Map<string, number[]>();
    let sdkPages = 0;
    for await (const p of paginateGetMetricData(
      { client: cw(emu) },
      {
        MetricDataQueries: queries,
        StartTime: window.start,
        EndTime: window.end,
        ScanBy: 'TimestampDescending',
      },
    )) {
      sdkPages++;
      for (const r of p.MetricDataResults ?? [])
        sdk.set(r.Id ?? '', [...(sdk.get(r.Id ?? '') ?? []), ...(r.Values ?? [])]);
    }
    let calls = 0;
    const ours = await metricValues(cw(emu), queries, window, () => calls++);
    expect(sdkPages).toBeGreaterThan(1);
    expect(calls).toBe(sdkPages);
    // Compared id by id (a diff of two 500-entry maps is slow to print).
    expect([...ours.values.keys()].sort()).toEqual([...sdk.keys()].sort());
    const differ = [...sdk]
      .filter(([k, v]) => JSON.stringify(ours.values.get(k)) !== JSON.stringify(v))
      .map(([k]) => k);
    expect(differ).toEqual([]);
    expect(ours.values.get('m0')?.length).toBe(14 * 24);
    expect(ours.values.get('m3')).toEqual([]);
  });

  it('a 500 goes to the SDK: retried with the same body, then read; a lasting one fails the batch with the SDK error', async () => {
    const queries = buildQueries(['i-00000000000000001', 'i-00000000000000002']);
    const window = { start: new Date(today() - 3 * DAY), end: new Date(today()) };
    const expected = await metricValues(cw(emu), queries, window, () => {});
    emu.faults.failNext(1, { operation: 'GetMetricData' });
    let calls = 0;
    const before = emu.callLog.filter((c) => c.operation === 'GetMetricData').length;
    expect(await metricValues(cw(emu, 'us-east-1', undefined, 2), queries, window, () => calls++)).toEqual(
      expected,
    );
    // One call counted by the reader, two attempts on the wire (the SDK's retry).
    expect(calls).toBe(1);
    expect(emu.callLog.filter((c) => c.operation === 'GetMetricData').length - before).toBe(2);
    emu.faults.failNext(2, { operation: 'GetMetricData' });
    await expect(
      metricValues(cw(emu, 'us-east-1', undefined, 2), queries, window, () => {}),
    ).rejects.toMatchObject({
      name: 'InternalFailure',
      $metadata: { httpStatusCode: 500 },
    });
  });

  it('takes numbers and the non-finite doubles the protocol writes as strings; merges a repeated id', () => {
    const page = readMetricDataBody(
      JSON.stringify({
        MetricDataResults: [
          {
            Id: 'a',
            Label: 'x',
            Timestamps: [1, 2, 3],
            Values: [1.5, 'NaN', 'Infinity'],
            StatusCode: 'Complete',
          },
          { Id: 'b', Values: ['-Infinity'] },
          { Id: 'a', Values: [2] },
          { Id: 'c' },
        ],
        NextToken: 'next',
        Messages: [],
      }),
    );
    expect([...page.values.keys()]).toEqual(['a', 'b', 'c']);
    expect(page.values.get('a')).toEqual([1.5, Number.NaN, Number.POSITIVE_INFINITY, 2]);
    expect(page.values.get('b')).toEqual([Number.NEGATIVE_INFINITY]);
    expect(page.values.get('c')).toEqual([]);
    expect(page.next).toBe('next');
    expect(page.status).toEqual(new Map([['a', 'Complete']]));
    const empty = { values: new Map(), status: new Map(), next: undefined };
    expect(readMetricDataBody('{"NextToken":null}')).toEqual(empty);
    expect(readMetricDataBody('{}')).toEqual(empty);
  });

  it('refuses a body that is not GetMetricData output, naming what is wrong', () => {
    const cases: Array<[string, string]> = [
      ['<xml/>', 'not JSON'],
      ['', 'not JSON'],
      ['[]', 'not an object'],
      ['null', 'not an object'],
      ['{"NextToken":5}', 'NextToken'],
      ['{"MetricDataResults":{}}', 'MetricDataResults'],
      ['{"MetricDataResults":[1]}', 'a result'],
      ['{"MetricDataResults":[{"Values":[1]}]}', 'a result without Id'],
      ['{"MetricDataResults":[{"Id":"a","Values":"1"}]}', '"a"\'s Values'],
      ['{"MetricDataResults":[{"Id":"a","Values":["12"]}]}', '"a"\'s Values'],
      ['{"MetricDataResults":[{"Id":"a","Values":[null]}]}', '"a"\'s Values'],
      [
        `{"MetricDataResults":[{"Id":"${'x'.repeat(500)}\\n::set-output","Values":[{}]}]}`,
        `"${'x'.repeat(64)}"'s Values`,
      ],
    ];
    for (const [text, what] of cases)
      expect(() => readMetricDataBody(text), text).toThrow(
        `GetMetricData: unexpected response body (${what})`,
      );
  });
});
