/**
 * Readiness: has an instance made IMDSv1 calls lately? CloudWatch `AWS/EC2` `MetadataNoToken`
 * (dimension InstanceId), summed over the window — the AWS migration path's "confirm it is 0" step.
 * Batched: one GetMetricData per 500 instances per (account, region), paginated by NextToken. Only a
 * query answered `Complete` is a count (judgeAnswer); any other answer leaves that instance's usage
 * unknown (`{error}`), never 0.
 */
import type {
  CloudWatchClient,
  GetMetricDataCommandInput,
  MetricDataQuery,
} from '@aws-sdk/client-cloudwatch';
import pLimit from 'p-limit';
import type { Log } from '../log.js';
import { errorMessage } from '../log.js';
import type { Readiness } from '../model/metadata.js';
import { awsErrorCode } from './clients.js';
import { decodeChunks } from './scan/page-bytes.js';
import { sendRawBody, takeRawBody } from './scan/raw-body.js';
import { GetMetricDataCommand } from './sdk.js';

/** GetMetricData accepts at most 500 queries per call. */
export const MAX_QUERIES_PER_CALL = 500;
const DAY_S = 86_400;

export interface ReadinessTarget {
  accountId: string;
  region: string;
  instanceId: string;
}

export interface ReadinessOptions {
  days: number;
  now: Date;
  /** CloudWatch client for an (account, region). */
  cloudwatch: (accountId: string, region: string) => CloudWatchClient;
  log: Log;
  concurrency?: number;
  /** The metric summed (default MetadataNoToken; the audit also reads MetadataNoTokenRejected). */
  metric?: V1Metric;
  /**
   * Called once per (account, region, chunk) whose read failed, instead of the plan's warning (the
   * audit words it as a notice: unknown usage, not a failure).
   */
  onError?: (e: {
    accountId: string;
    region: string;
    code: string;
    message: string;
    instances: number;
  }) => void;
}

export type V1Metric = 'MetadataNoToken' | 'MetadataNoTokenRejected';

/** The window measured: whole days, aligned to midnight UTC, ending at or after `now`. */
export function usageWindow(now: Date, days: number): { start: Date; end: Date } {
  const end = new Date(Math.ceil(now.getTime() / (DAY_S * 1000)) * DAY_S * 1000);
  return { start: new Date(end.getTime() - days * DAY_S * 1000), end };
}

/** Query ids must start with a lower-case letter and hold only letters, digits and underscores. */
const QUERY_IDS: readonly string[] = Array.from({ length: MAX_QUERIES_PER_CALL }, (_, n) => `m${n}`);
const queryId = (n: number) => QUERY_IDS[n] ?? `m${n}`;
const QUOTED_IDS: readonly string[] = QUERY_IDS.map((id) => JSON.stringify(id));

export function buildQueries(
  instanceIds: readonly string[],
  metric: V1Metric = 'MetadataNoToken',
): MetricDataQuery[] {
  return instanceIds.map((id, n) => ({
    Id: queryId(n),
    MetricStat: {
      Metric: {
        Namespace: 'AWS/EC2',
        MetricName: metric,
        Dimensions: [{ Name: 'InstanceId', Value: id }],
      },
      // One datapoint per day: the window never exceeds GetMetricData's 100,800-datapoint limit.
      Period: DAY_S,
      Stat: 'Sum',
    },
    ReturnData: true,
  }));
}

/**
 * One page of GetMetricData: each query id's values (in the order returned), its `StatusCode` with the
 * service's message when it gave one (the page's last word for that id), and the next token.
 */
export interface MetricDataPage {
  values: Map<string, number[]>;
  status: Map<string, string>;
  next?: string;
}

const bad = (what: string): never => {
  throw new Error(`GetMetricData: unexpected response body (${what})`);
};

/** A result's member named in an error: the id is the service's text, so not at any length. */
const named = (id: string, member: string) => `${JSON.stringify(id.slice(0, 64))}'s ${member}`;

/** Characters of a service message kept in a query's status. */
const MESSAGE_MAX = 120;

/** `StatusCode` and, when given, the result's first message: `InternalError (Code: text)`. */
function statusOf(code: string, messages: unknown): string {
  const first = Array.isArray(messages) ? (messages[0] as Record<string, unknown> | undefined) : undefined;
  if (!first || typeof first !== 'object') return code;
  const text = [first.Code, first.Value]
    .filter((x): x is string => typeof x === 'string' && x !== '')
    .join(': ')
    .slice(0, MESSAGE_MAX);
  return text ? `${code} (${text})` : code;
}

/**
 * A GetMetricData response body (AWS JSON 1.0) → the values and status per query id and the next token:
 * what the SDK's deserializer gives, without turning every datapoint's timestamp into a Date. A value
 * may be a number or, for a non-finite double, the string "NaN", "Infinity" or "-Infinity", as the
 * protocol writes them (judged later: such a value is not a count). Anything else is refused.
 */
export function readMetricDataBody(text: string): MetricDataPage {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    bad('not JSON');
  }
  if (!body || typeof body !== 'object' || Array.isArray(body)) return bad('not an object');
  const { MetricDataResults: results, NextToken: next } = body as Record<string, unknown>;
  if (next !== undefined && next !== null && typeof next !== 'string') bad('NextToken');
  const page: MetricDataPage = {
    values: new Map(),
    status: new Map(),
    next: (next as string | null) ?? undefined,
  };
  if (results === undefined || results === null) return page;
  if (!Array.isArray(results)) return bad('MetricDataResults');
  for (const r of results as unknown[]) {
    if (!r || typeof r !== 'object') return bad('a result');
    const { Id: id, Values: raw, StatusCode: code, Messages: messages } = r as Record<string, unknown>;
    if (typeof id !== 'string') return bad('a result without Id');
    if (raw !== undefined && raw !== null && !Array.isArray(raw)) return bad(named(id, 'Values'));
    if (code !== undefined && code !== null && typeof code !== 'string') bad(named(id, 'StatusCode'));
    const list = raw ? numbers(raw as unknown[]) : [];
    if (!list) return bad(named(id, 'Values'));
    addValues(page.values, id, list);
    if (typeof code === 'string') page.status.set(id, statusOf(code, messages));
  }
  return page;
}

/**
 * A result's Values as numbers: the parsed array itself when every value is a number (most results
 * hold none or only numbers: nothing is copied), the non-finite doubles the protocol writes as strings
 * read as numbers, undefined when any value is neither.
 */
function numbers(raw: unknown[]): number[] | undefined {
  let i = 0;
  while (i < raw.length && typeof raw[i] === 'number') i++;
  if (i === raw.length) return raw as number[];
  const list = raw.slice(0, i) as number[];
  for (; i < raw.length; i++) {
    const v = raw[i];
    if (typeof v === 'number') list.push(v);
    else if (v === 'NaN' || v === 'Infinity' || v === '-Infinity') list.push(Number(v));
    else return undefined;
  }
  return list;
}

/** Adds an id's values; `list` is taken over (a list made for this call, not copied). */
function addValues(values: Map<string, number[]>, id: string, list: number[]): void {
  const have = values.get(id);
  if (have) have.push(...list);
  else values.set(id, list);
}

const encoder = new TextEncoder();
const EMPTY_JSON = encoder.encode('{}');

/** A GetMetricData input but its queries. */
type RestOfInput = Omit<GetMetricDataCommandInput, 'MetricDataQueries'>;

/** The members after MetricDataQueries, in the SDK serializer's order; undefined ones are left out. */
function restOfBody(input: RestOfInput): string {
  const seconds = (d: Date | undefined) => (d === undefined ? undefined : d.getTime() / 1000);
  return JSON.stringify({
    StartTime: seconds(input.StartTime),
    EndTime: seconds(input.EndTime),
    NextToken: input.NextToken,
    ScanBy: input.ScanBy,
    MaxDatapoints: input.MaxDatapoints,
    LabelOptions: input.LabelOptions,
  });
}

/** `{"MetricDataQueries":[…]` and the other members: the body's text. */
function bodyText(queriesJson: string, input: RestOfInput): string {
  const rest = restOfBody(input);
  return `{"MetricDataQueries":${queriesJson}${rest === '{}' ? '}' : `,${rest.slice(1)}`}`;
}

/**
 * A GetMetricData request body (AWS JSON 1.0), as the SDK's serializer writes it: the input's members
 * in order, undefined ones left out, timestamps as epoch seconds (test/aws/metric-data.test.ts holds
 * it to the SDK's bytes). Written here because the SDK's schema walk took ~3 ms of CPU per 500-query
 * batch, ~0.6 s of a 100,000-instance audit's run thread; this takes about a quarter of that.
 */
export function metricDataBody(input: GetMetricDataCommandInput): Uint8Array {
  return encoder.encode(bodyText(JSON.stringify(input.MetricDataQueries), input));
}

/**
 * The queries `buildQueries(ids, metric)` makes, kept as the ids: the audit's batches are sent as
 * text written straight from them (`queriesText`), never made into 500 query objects (five objects
 * each) only to be serialized.
 */
export interface InstanceQueries {
  ids: readonly string[];
  metric: V1Metric;
}

/** One query's JSON around its Id and its instance id, as JSON.stringify writes `buildQueries`' query. */
const queryTemplates = new Map<V1Metric, readonly [string, string, string]>();
function queryTemplate(metric: V1Metric): readonly [string, string, string] {
  let t = queryTemplates.get(metric);
  if (!t) {
    // Made from buildQueries itself, with markers no JSON text of a query holds otherwise.
    const text = JSON.stringify(buildQueries(['\u0001'], metric)[0]);
    const id = text.indexOf(JSON.stringify(queryId(0)));
    const value = text.indexOf(JSON.stringify('\u0001'));
    t = [
      text.slice(0, id),
      text.slice(id + JSON.stringify(queryId(0)).length, value),
      text.slice(value + JSON.stringify('\u0001').length),
    ];
    queryTemplates.set(metric, t);
  }
  return t;
}

/** `JSON.stringify(buildQueries(ids, metric))`, written from the ids. */
export function queriesText({ ids, metric }: InstanceQueries): string {
  const [head, middle, tail] = queryTemplate(metric);
  let text = '[';
  for (let n = 0; n < ids.length; n++)
    text += `${n ? ',' : ''}${head}${QUOTED_IDS[n] ?? JSON.stringify(queryId(n))}${middle}${JSON.stringify(ids[n])}${tail}`;
  return `${text}]`;
}

/**
 * The command's input for a batch: its MetricDataQueries are `buildQueries(ids, metric)`, made only
 * when something reads them (the body is `queriesText`; a client without the SDK's stack, such as a
 * test's stand-in, reads the input itself).
 */
function inputWithQueries(queries: InstanceQueries, rest: RestOfInput): GetMetricDataCommandInput {
  let made: MetricDataQuery[] | undefined;
  const input = { ...rest } as GetMetricDataCommandInput;
  Object.defineProperty(input, 'MetricDataQueries', {
    enumerable: true,
    configurable: true,
    get: () => {
      made ??= buildQueries(queries.ids, queries.metric);
      return made;
    },
  });
  return input;
}

/** Every page of one GetMetricData batch: values and the last status per query id. */
export interface MetricAnswer {
  values: Map<string, number[]>;
  status: Map<string, string>;
}

/**
 * One GetMetricData batch (at most 500 queries), every page of it: the values and status returned per
 * query id. `onCall` counts each call (pages included). Shared by readiness and the soak after a wave;
 * judge the answer with `judgeAnswer` (a query's values mean something only when it is `Complete`).
 *
 * A page's body is read below the SDK's deserializer (raw-body.ts, as for DescribeInstances pages): a
 * full page is 500 queries × a datapoint a day, and the SDK's schema walk made a Date of each
 * timestamp. Error responses (not 200) go to the SDK as before.
 */
export async function metricValues(
  cw: CloudWatchClient,
  queries: MetricDataQuery[] | InstanceQueries,
  window: { start: Date; end: Date; scanBy?: 'TimestampAscending' | 'TimestampDescending' },
  onCall: () => void,
): Promise<MetricAnswer> {
  let values = new Map<string, number[]>();
  let status = new Map<string, string>();
  let first = true;
  let next: string | undefined;
  // The queries' JSON is the same on every page of the batch.
  const queriesJson = Array.isArray(queries) ? JSON.stringify(queries) : queriesText(queries);
  do {
    onCall();
    const rest = {
      StartTime: window.start,
      EndTime: window.end,
      NextToken: next,
      ScanBy: window.scanBy ?? 'TimestampDescending',
    } satisfies RestOfInput;
    const input = Array.isArray(queries)
      ? { MetricDataQueries: queries, ...rest }
      : inputWithQueries(queries, rest);
    // The SDK serializes the batch without its queries; the body sent is metricDataBody(input)'s text.
    const command = new GetMetricDataCommand(input);
    sendRawBody(command, 'imdsGuardMetricDataBody', encoder.encode(bodyText(queriesJson, rest)), {
      ...rest,
      MetricDataQueries: [],
    });
    let page: MetricDataPage | undefined;
    takeRawBody(command, 'imdsGuardMetricData', EMPTY_JSON, (body) => {
      page = readMetricDataBody(decodeChunks(body));
    });
    const out = await cw.send(command);
    const got = page as MetricDataPage | undefined;
    if (got && first) {
      // The first page's maps are this answer's (most batches are one page).
      values = got.values;
      status = got.status;
      next = got.next;
    } else if (got) {
      for (const [id, list] of got.values) addValues(values, id, list);
      for (const [id, s] of got.status) status.set(id, s);
      next = got.next;
    } else {
      // No raw body was read (a client that does not run the stack, as in unit tests): the SDK's output.
      for (const r of out.MetricDataResults ?? []) {
        if (!r.Id) continue;
        addValues(values, r.Id, [...(r.Values ?? [])]);
        if (r.StatusCode) status.set(r.Id, statusOf(r.StatusCode, r.Messages));
      }
      next = out.NextToken;
    }
    first = false;
  } while (next);
  return { values, status };
}

/**
 * One query's reading: its values (a real answer, maybe no datapoints), or why it is unknown, with a
 * short code: the StatusCode (InternalError, Forbidden, PartialData…), MissingResult, NotACount or
 * UnaskedId.
 */
export type QueryReading = { values: number[] } | { unknown: string; code: string };

/**
 * What an answer says about each query asked. Only `Complete` is an answer: its values (none = no
 * datapoints, a real 0). Unknown, with the reason: a query missing from the answer, any other status
 * (`InternalError`, `Forbidden`, `PartialData` left without a NextToken), a value that is not a count
 * (NaN, ±Infinity, negative), and every query of an answer that holds an id nobody asked (it cannot be
 * matched to the queries).
 */
export function judgeAnswer(ids: readonly string[], answer: MetricAnswer): Map<string, QueryReading> {
  const asked = new Set(ids);
  let extra: string | undefined;
  for (const id of answer.values.keys()) if (extra === undefined && !asked.has(id)) extra = id;
  for (const id of answer.status.keys()) if (extra === undefined && !asked.has(id)) extra = id;
  const out = new Map<string, QueryReading>();
  for (const id of ids) {
    if (extra !== undefined) {
      out.set(id, {
        code: 'UnaskedId',
        unknown: `the answer holds a result for query id ${JSON.stringify(extra.slice(0, 64))}, which was not asked`,
      });
      continue;
    }
    const values = answer.values.get(id);
    const status = answer.status.get(id);
    if (values === undefined && status === undefined)
      out.set(id, { code: 'MissingResult', unknown: 'the answer has no result for it' });
    else if (status === undefined)
      out.set(id, { code: 'MissingResult', unknown: 'its result has no StatusCode' });
    else if (status !== 'Complete') {
      const code = /^\w+/.exec(status)?.[0] ?? 'Unknown';
      out.set(id, {
        code,
        unknown:
          code === 'PartialData' ? `${status} with no NextToken to complete it` : `StatusCode ${status}`,
      });
    } else {
      const wrong = values && notACount(values);
      out.set(
        id,
        wrong === undefined
          ? { values: values ?? [] }
          : { code: 'NotACount', unknown: `a value of ${wrong}, which is not a count` },
      );
    }
  }
  return out;
}

/** The first value that is not a count (NaN, ±Infinity, negative), or undefined. */
function notACount(values: readonly number[]): number | undefined {
  for (const v of values) if (!Number.isFinite(v) || v < 0) return v;
  return undefined;
}

const sum = (xs: readonly number[] | undefined) => (xs ?? []).reduce((a, b) => a + b, 0);

/**
 * Usage read while the scan is still running: instances are added as their pages arrive, each full
 * batch of 500 (per account and region) is sent at once, `flush` sends a region's partial batch when
 * its listing ends, and `finish` sends what is left and waits for every answer. A large region's
 * CloudWatch reads then overlap its own listing instead of following it. An (account, region) batch
 * whose call fails gives each of its instances `{error}` (the plan holds them back: unknown usage is
 * not zero usage).
 */
export class V1UsageReader {
  readonly usage = new Map<string, Readiness>();
  calls = 0;
  private readonly open = new Map<string, ReadinessTarget[]>();
  private readonly inFlight: Promise<void>[] = [];
  private readonly limit: ReturnType<typeof pLimit>;
  private readonly window: { start: Date; end: Date };
  private readonly metric: V1Metric;

  constructor(private readonly opts: ReadinessOptions) {
    this.limit = pLimit(opts.concurrency ?? 8);
    // Whole days, aligned to midnight UTC, ending now: stable across re-runs the same day.
    this.window = usageWindow(opts.now, opts.days);
    this.metric = opts.metric ?? 'MetadataNoToken';
  }

  add(t: ReadinessTarget): void {
    const k = `${t.accountId}/${t.region}`;
    const batch = this.open.get(k) ?? [];
    if (batch.length === 0) this.open.set(k, batch);
    batch.push(t);
    if (batch.length === MAX_QUERIES_PER_CALL) {
      this.open.delete(k);
      this.send(batch);
    }
  }

  /** Sends the partial batch of one (account, region) now: its listing has ended. */
  flush(accountId: string, region: string): void {
    const k = `${accountId}/${region}`;
    const batch = this.open.get(k);
    if (!batch) return;
    this.open.delete(k);
    this.send(batch);
  }

  /** Sends what is left and waits for every batch. */
  async finish(): Promise<{ usage: Map<string, Readiness>; calls: number }> {
    for (const batch of this.open.values()) this.send(batch);
    this.open.clear();
    await Promise.all(this.inFlight);
    return { usage: this.usage, calls: this.calls };
  }

  private send(chunk: ReadinessTarget[]): void {
    const { opts, metric } = this;
    this.inFlight.push(
      this.limit(async () => {
        const { accountId, region } = chunk[0];
        const ids = chunk.map((t) => t.instanceId);
        try {
          const cw = opts.cloudwatch(accountId, region);
          const answer = await metricValues(cw, { ids, metric }, this.window, () => this.calls++);
          const readings = judgeAnswer(QUERY_IDS.slice(0, ids.length), answer);
          // Unknown answers, by their code: reported like a failed read of that many instances.
          const unknown = new Map<string, { message: string; instances: number }>();
          ids.forEach((id, n) => {
            const r = readings.get(queryId(n)) as QueryReading;
            if ('values' in r) {
              this.usage.set(id, { v1Calls: Math.round(sum(r.values)) });
              return;
            }
            const { code } = r;
            this.usage.set(id, { error: `${metric}: ${r.unknown}` });
            const u = unknown.get(code) ?? { message: r.unknown, instances: 0 };
            u.instances++;
            unknown.set(code, u);
          });
          for (const [code, u] of unknown) {
            if (opts.onError)
              opts.onError({ accountId, region, code, message: u.message, instances: u.instances });
            else
              opts.log.warning(
                `${region}${accountId ? ` (account ${accountId})` : ''}: CloudWatch gave no usable ${metric} for ${u.instances} instance(s) — ${u.message}. They are held back (readiness unknown, not "no IMDSv1 calls").`,
              );
          }
        } catch (e) {
          if (opts.onError)
            opts.onError({
              accountId,
              region,
              code: awsErrorCode(e),
              message: errorMessage(e),
              instances: chunk.length,
            });
          else
            opts.log.warning(
              `${region}${accountId ? ` (account ${accountId})` : ''}: could not read ${metric} — ${awsErrorCode(e)}: ${errorMessage(e)}. ${chunk.length} instance(s) are held back (readiness unknown).`,
            );
          for (const id of ids) this.usage.set(id, { error: awsErrorCode(e) });
        }
      }),
    );
  }
}

/** MetadataNoToken (or `opts.metric`) sums for every target: V1UsageReader over a known list. */
export async function measureV1Usage(
  targets: ReadinessTarget[],
  opts: ReadinessOptions,
): Promise<{ usage: Map<string, Readiness>; calls: number }> {
  const reader = new V1UsageReader(opts);
  for (const t of targets) reader.add(t);
  return reader.finish();
}
