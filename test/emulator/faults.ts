// Fault injection knobs.

export interface FaultMatch {
  operation?: string;
  service?: string;
  region?: string;
  account?: string;
}

export interface CallKey {
  operation: string;
  service: string;
  region: string;
  account: string;
}

export interface ServerErrorSpec extends FaultMatch {
  /** HTTP status, default 500 (503 gives the service's "unavailable" code). */
  status?: number;
  /** Error code, default per service (EC2: InternalError / Unavailable). */
  code?: string;
  message?: string;
}

export interface InstanceFault {
  code: string;
  message?: string;
  status?: number;
  /** How many times to fail; default forever. */
  times?: number;
}

/**
 * How GetMetricData answers a query, other than `Complete` with its datapoints (the shapes AWS documents
 * for a `MetricDataResult`):
 *   - `InternalError` / `Forbidden`: `StatusCode` so, no datapoints, a message `{Code, Value}`;
 *   - `PartialData`: the query's first half of datapoints (maybe none) as `PartialData`, and a
 *     `NextToken` whose page carries the rest as `Complete`;
 *   - `PartialDataEnd`: `PartialData` with no datapoints and no `NextToken` (an answer never completed);
 *   - `missing`: no result for the query's id in `MetricDataResults`;
 *   - `NaN` / `Infinity` / `negative`: `Complete`, each value replaced (a query without datapoints
 *     gets one), written as the protocol writes doubles (`"NaN"`, `"Infinity"`, `-1`);
 *   - `extra-id`: the query answered as usual, plus a `Complete` result for an id nobody asked.
 */
export type MetricAnswerShape =
  | 'InternalError'
  | 'Forbidden'
  | 'PartialData'
  | 'PartialDataEnd'
  | 'missing'
  | 'NaN'
  | 'Infinity'
  | 'negative'
  | 'extra-id';

export const METRIC_ANSWER_SHAPES: readonly MetricAnswerShape[] = [
  'InternalError',
  'Forbidden',
  'PartialData',
  'PartialDataEnd',
  'missing',
  'NaN',
  'Infinity',
  'negative',
  'extra-id',
];

/**
 * A GetMetricData answer fault: the queries it matches are answered in `shape`. Per instance
 * (`instanceId`, the query's `InstanceId` dimension) and/or per metric (`metric`, e.g.
 * `MetadataNoTokenRejected`), or for every query of a call when neither is given; `region`/`account`
 * narrow it. `times` counts the GetMetricData calls it applies to (default: every call).
 */
export interface MetricAnswerFault {
  shape: MetricAnswerShape;
  instanceId?: string;
  metric?: string;
  region?: string;
  account?: string;
  times?: number;
}

interface Counted<T> {
  remaining: number;
  spec: T;
}

/** JSON form accepted by `POST /__emulator/faults` and `startEmulator({faults})`. */
export interface FaultsConfig {
  latencyMs?: number;
  latencyByOperation?: Record<string, number>;
  /**
   * Extra latency per item a response returns, per operation (ms): the realistic model of a describe
   * call is a base (latencyMs / latencyByOperation) plus a cost per result, e.g.
   * `{ DescribeInstances: 2 }` = 2 s more for a 1,000-instance page. Items counted: DescribeInstances
   * instances.
   */
  latencyPerItemMs?: Record<string, number>;
  /** Regions answering AuthFailure: 'us-west-2' (all accounts) or '222222222222:us-west-2'. */
  authFailures?: string[];
  failNext?: (ServerErrorSpec & { count: number })[];
  errorRate?: (ServerErrorSpec & { probability: number; seed?: number }) | null;
  dropNext?: (FaultMatch & { count: number })[];
  storms?: (FaultMatch & { operation: string; count: number })[];
  instanceFailures?: Record<string, InstanceFault>;
  /** GetMetricData results in another shape than `Complete` (see MetricAnswerShape). */
  metricAnswers?: MetricAnswerFault[];
  clear?: boolean;
}

/** Seeded PRNG (mulberry32). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function matches(m: FaultMatch, k: CallKey): boolean {
  return (
    (m.operation === undefined || m.operation === k.operation) &&
    (m.service === undefined || m.service === k.service) &&
    (m.region === undefined || m.region === k.region) &&
    (m.account === undefined || m.account === k.account)
  );
}

function takeCounted<T extends FaultMatch>(list: Counted<T>[], k: CallKey): T | undefined {
  for (let i = 0; i < list.length; i++) {
    const c = list[i];
    if (matches(c.spec, k)) {
      c.remaining--;
      if (c.remaining <= 0) list.splice(i, 1);
      return c.spec;
    }
  }
  return undefined;
}

export class Faults {
  latencyMs = 0;
  latencyByOperation: Record<string, number> = {};
  latencyPerItemMs: Record<string, number> = {};
  readonly authFailures = new Set<string>();
  private serverErrors: Counted<ServerErrorSpec>[] = [];
  private drops: Counted<FaultMatch>[] = [];
  private storms: Counted<FaultMatch>[] = [];
  private errorRate: { p: number; rng: () => number; spec: ServerErrorSpec; seed: number } | null = null;
  readonly instanceFailures = new Map<string, InstanceFault & { remaining: number }>();
  private metricAnswers: Counted<MetricAnswerFault>[] = [];

  /** Latency for every call (ms), or for one operation when `operation` is given. */
  setLatency(ms: number, operation?: string): this {
    if (operation) this.latencyByOperation[operation] = ms;
    else this.latencyMs = ms;
    return this;
  }

  latencyFor(operation: string, items = 0): number {
    return (
      (this.latencyByOperation[operation] ?? this.latencyMs) + (this.latencyPerItemMs[operation] ?? 0) * items
    );
  }

  /** Latency per returned item of `operation` (ms), added to its base latency. */
  setLatencyPerItem(ms: number, operation: string): this {
    this.latencyPerItemMs[operation] = ms;
    return this;
  }

  /** Make a region answer AuthFailure (for one account, or all when account is omitted). */
  setAuthFailure(region: string, opts: { account?: string; enabled?: boolean } = {}): this {
    const key = opts.account ? `${opts.account}:${region}` : region;
    if (opts.enabled === false) this.authFailures.delete(key);
    else this.authFailures.add(key);
    return this;
  }

  isAuthFailure(account: string, region: string): boolean {
    return (
      this.authFailures.size > 0 &&
      (this.authFailures.has(region) || this.authFailures.has(`${account}:${region}`))
    );
  }

  /** The next `count` matching calls fail with a server error (default 500 InternalError). */
  failNext(count: number, spec: ServerErrorSpec = {}): this {
    if (count > 0) this.serverErrors.push({ remaining: count, spec });
    return this;
  }

  /** Each matching call fails with probability p (seeded RNG, deterministic sequence). */
  setErrorRate(p: number, spec: ServerErrorSpec & { seed?: number } = {}): this {
    if (p <= 0) this.errorRate = null;
    else {
      const seed = spec.seed ?? 1;
      this.errorRate = { p, rng: mulberry32(seed), spec, seed };
    }
    return this;
  }

  /** The next `count` matching calls get their connection destroyed without a response. */
  dropNext(count: number, match: FaultMatch = {}): this {
    if (count > 0) this.drops.push({ remaining: count, spec: match });
    return this;
  }

  /** The next `count` calls of `operation` are throttled regardless of the token bucket. */
  storm(operation: string, count: number, match: Omit<FaultMatch, 'operation'> = {}): this {
    if (count > 0) this.storms.push({ remaining: count, spec: { ...match, operation } });
    return this;
  }

  /** ModifyInstanceMetadataOptions on this instance fails with `code`. */
  failInstance(instanceId: string, fault: InstanceFault): this {
    this.instanceFailures.set(instanceId, { ...fault, remaining: fault.times ?? Number.POSITIVE_INFINITY });
    return this;
  }

  clearInstanceFailure(instanceId: string): this {
    this.instanceFailures.delete(instanceId);
    return this;
  }

  takeInstanceFailure(instanceId: string): InstanceFault | undefined {
    if (this.instanceFailures.size === 0) return undefined;
    const f = this.instanceFailures.get(instanceId);
    if (!f) return undefined;
    f.remaining--;
    if (f.remaining <= 0) this.instanceFailures.delete(instanceId);
    return f;
  }

  /** GetMetricData answers queries matching `fault` in its shape (per instance, metric, or call). */
  metricAnswer(fault: MetricAnswerFault): this {
    if (!METRIC_ANSWER_SHAPES.includes(fault.shape))
      throw new Error(`metricAnswer: '${fault.shape}' is not one of ${METRIC_ANSWER_SHAPES.join(', ')}`);
    this.metricAnswers.push({ remaining: fault.times ?? Number.POSITIVE_INFINITY, spec: { ...fault } });
    return this;
  }

  /**
   * For one GetMetricData call: the shape of each query (by index) that a fault matches. Each fault
   * that matched any query of the call uses up one of its `times`.
   */
  takeMetricAnswers(
    k: Pick<CallKey, 'region' | 'account'>,
    queries: ReadonlyArray<{ instanceId?: string; metric?: string }>,
  ): Map<number, MetricAnswerShape> {
    const out = new Map<number, MetricAnswerShape>();
    if (this.metricAnswers.length === 0) return out;
    for (const c of [...this.metricAnswers]) {
      const f = c.spec;
      if (
        (f.region !== undefined && f.region !== k.region) ||
        (f.account !== undefined && f.account !== k.account)
      )
        continue;
      let hit = false;
      queries.forEach((q, n) => {
        if (out.has(n)) return;
        if (f.instanceId !== undefined && f.instanceId !== q.instanceId) return;
        if (f.metric !== undefined && f.metric !== q.metric) return;
        out.set(n, f.shape);
        hit = true;
      });
      if (hit && --c.remaining <= 0) this.metricAnswers.splice(this.metricAnswers.indexOf(c), 1);
    }
    return out;
  }

  takeDrop(k: CallKey): boolean {
    return this.drops.length > 0 && takeCounted(this.drops, k) !== undefined;
  }

  takeStorm(k: CallKey): boolean {
    return this.storms.length > 0 && takeCounted(this.storms, k) !== undefined;
  }

  takeServerError(k: CallKey): ServerErrorSpec | undefined {
    if (this.serverErrors.length > 0) {
      const s = takeCounted(this.serverErrors, k);
      if (s) return s;
    }
    const er = this.errorRate;
    if (er && matches(er.spec, k) && er.rng() < er.p) return er.spec;
    return undefined;
  }

  clear(): this {
    this.latencyMs = 0;
    this.latencyByOperation = {};
    this.latencyPerItemMs = {};
    this.authFailures.clear();
    this.serverErrors = [];
    this.drops = [];
    this.storms = [];
    this.errorRate = null;
    this.instanceFailures.clear();
    this.metricAnswers = [];
    return this;
  }

  /** Apply a JSON configuration (additive unless `clear: true`). */
  configure(c: FaultsConfig): this {
    if (c.clear) this.clear();
    if (c.latencyMs !== undefined) this.latencyMs = c.latencyMs;
    if (c.latencyByOperation) Object.assign(this.latencyByOperation, c.latencyByOperation);
    if (c.latencyPerItemMs) Object.assign(this.latencyPerItemMs, c.latencyPerItemMs);
    for (const a of c.authFailures ?? []) {
      const i = a.indexOf(':');
      if (i > 0) this.setAuthFailure(a.slice(i + 1), { account: a.slice(0, i) });
      else this.setAuthFailure(a);
    }
    for (const f of c.failNext ?? []) this.failNext(f.count, f);
    if (c.errorRate !== undefined) {
      if (c.errorRate === null) this.errorRate = null;
      else this.setErrorRate(c.errorRate.probability, c.errorRate);
    }
    for (const d of c.dropNext ?? []) this.dropNext(d.count, d);
    for (const s of c.storms ?? []) this.storm(s.operation, s.count, s);
    for (const [id, f] of Object.entries(c.instanceFailures ?? {})) this.failInstance(id, f);
    for (const m of c.metricAnswers ?? []) this.metricAnswer(m);
    return this;
  }

  snapshot(): FaultsConfig {
    return {
      latencyMs: this.latencyMs,
      latencyByOperation: { ...this.latencyByOperation },
      latencyPerItemMs: { ...this.latencyPerItemMs },
      authFailures: [...this.authFailures],
      failNext: this.serverErrors.map((s) => ({ ...s.spec, count: s.remaining })),
      errorRate: this.errorRate
        ? { ...this.errorRate.spec, probability: this.errorRate.p, seed: this.errorRate.seed }
        : null,
      dropNext: this.drops.map((d) => ({ ...d.spec, count: d.remaining })),
      storms: this.storms.map((s) => ({ ...s.spec, operation: s.spec.operation ?? '', count: s.remaining })),
      instanceFailures: Object.fromEntries(
        [...this.instanceFailures].map(([id, f]) => [
          id,
          {
            code: f.code,
            message: f.message,
            status: f.status,
            times: Number.isFinite(f.remaining) ? f.remaining : undefined,
          },
        ]),
      ),
      metricAnswers: this.metricAnswers.map((m) => ({
        ...m.spec,
        times: Number.isFinite(m.remaining) ? m.remaining : undefined,
      })),
    };
  }
}
