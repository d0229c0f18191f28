// The loopback HTTP server: routing by SigV4 credential scope / X-Amz-Target, faults, throttling,
// accounting, and the /__emulator control API.

import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { AUTOSCALING_HANDLERS, AUTOSCALING_NS } from './autoscaling.js';
import { bucketClass, type ThrottleOptions, Throttler } from './bucket.js';
import { CLOUDWATCH_HANDLERS } from './cloudwatch.js';
import { type Core, type Ctx, RenderCache, type XmlBytes } from './context.js';
import { ec2Error, ec2Handlers, ec2Success, type LaunchTemplateMergeMode, warmRenderCache } from './ec2.js';
import { ApiError } from './errors.js';
import {
  BEANSTALK_HANDLERS,
  BEANSTALK_NS,
  GUARDDUTY_HANDLERS,
  guardDutyRoute,
  IAM_HANDLERS,
  IAM_NS,
  LIGHTSAIL_HANDLERS,
  SAGEMAKER_HANDLERS,
} from './exposure.js';
import { Faults, type FaultsConfig } from './faults.js';
import { type GenerateFleetOptions, generateFleet } from './fleet.js';
import { ORGANIZATIONS_HANDLERS } from './organizations.js';
import { type Params, parseForm } from './query.js';
import {
  type CallRecord,
  type ChangeRecord,
  type DetailedCounts,
  Recorder,
  summarizeParams,
} from './recorder.js';
import { parseAuthorization, parsePresigned } from './sigv4.js';
import { makeJwt, queryError, querySuccess, STS_HANDLERS, STS_NS } from './sts.js';
import { isMutating, type Principal, World, type WorldFixture } from './world.js';

/** Operations that only read the world (RenderCache keeps its entries across them). */
const READ_ONLY = /^(Describe|Get|List)/;
/** Control requests that change no instance (RenderCache keeps its entries across them). */
const KEEPS_WORLD = /^\/__emulator\/(reset-counts|faults|throttle|apply-delay|token)(\?|$)/;

export interface EmulatorOptions {
  /** A world fixture (cloned) or a live World. */
  world?: WorldFixture | World;
  /** Generate the world with generateFleet(). */
  fleet?: GenerateFleetOptions;
  /** Load the world from a JSON file (WorldFixture shape). */
  fleetFile?: string;
  /** Port (default 0 = random). Always bound to 127.0.0.1 unless host is given. */
  port?: number;
  host?: string;
  /** Latency added to every call (ms). */
  latencyMs?: number;
  latencyByOperation?: Record<string, number>;
  /** Latency per returned item, per operation (ms), e.g. `{ DescribeInstances: 2 }` (see FaultsConfig). */
  latencyPerItemMs?: Record<string, number>;
  /** EC2 token-bucket throttling (off by default). true = AWS bucket sizes. */
  throttle?: boolean | ThrottleOptions;
  /** Initial fault configuration. */
  faults?: FaultsConfig;
  /** Delay before a modified instance's metadata State becomes `applied` (default 0: on next describe). */
  applyDelayMs?: number;
  /** DescribeInstances page size when MaxResults is omitted (default 1000). */
  ec2DefaultMaxResults?: number;
  /**
   * Render each instance's DescribeInstances XML once and reuse it until a request could have changed
   * the world (context.ts RenderCache). For benchmarks, where the emulator shares the machine's cores
   * with the Action it measures (EC2 serializes on its own servers). Off by default: tests change the
   * world directly, which the cache cannot see.
   */
  renderCache?: boolean;
  /**
   * CreateLaunchTemplateVersion with SourceVersion: 'replace' (default, AWS semantics: a given top-level
   * parameter such as MetadataOptions replaces the inherited one) or 'deep' (MetadataOptions fields merge).
   */
  launchTemplateMerge?: LaunchTemplateMergeMode;
  /** Max call-log entries kept (default 200,000). */
  callLogLimit?: number;
  /** Region assumed for unsigned calls (default us-east-1). */
  defaultRegion?: string;
}

export interface Emulator {
  readonly url: string;
  readonly port: number;
  /** Live world state (mutable). Replaced by resetWorld(). */
  readonly world: World;
  readonly faults: Faults;
  readonly throttle: Throttler;
  /** Calls per operation since the last reset. */
  counts(): Record<string, number>;
  countsDetailed(): DetailedCounts;
  /** Ordered call log (live array). */
  readonly callLog: CallRecord[];
  /** State changes applied by mutating calls (live array). */
  readonly changes: ChangeRecord[];
  /** Reset counts and call log. */
  resetCounts(): void;
  /** Instances answered from the render cache (EmulatorOptions.renderCache; 0 when it is off). */
  readonly renderCacheHits: number;
  /** Reset counts, call log, changes, throttle buckets and faults (world untouched). */
  reset(): void;
  /** Rebuild the world from its original source (fixture, fleet options or file). */
  resetWorld(): void;
  setThrottle(opts: boolean | ThrottleOptions): void;
  setApplyDelay(ms: number): void;
  /** Unsigned JWT for AssumeRoleWithWebIdentity (GitHub-like defaults for iss/aud/exp). */
  makeWebIdentityToken(claims: Record<string, unknown>): string;
  close(): Promise<void>;
}

type Protocol = 'ec2' | 'query' | 'json1.0' | 'json1.1' | 'rest-json';

interface Route {
  service: string;
  protocol: Protocol;
  operation: string;
  region: string;
  accessKeyId?: string;
  params: Params;
  json: Record<string, unknown>;
}

const JSON_TARGETS: Record<string, { service: string; protocol: Protocol }> = {
  GraniteServiceVersion20100801: { service: 'monitoring', protocol: 'json1.0' },
  AWSOrganizationsV20161128: { service: 'organizations', protocol: 'json1.1' },
  SageMaker: { service: 'sagemaker', protocol: 'json1.1' },
  Lightsail_20161128: { service: 'lightsail', protocol: 'json1.1' },
};

const QUERY_VERSIONS: Record<string, string> = {
  '2016-11-15': 'ec2',
  '2011-06-15': 'sts',
  '2011-01-01': 'autoscaling',
  '2010-05-08': 'iam',
  '2010-12-01': 'elasticbeanstalk',
};

/** awsQuery XML namespaces per service. */
const QUERY_NS: Record<string, string> = {
  sts: STS_NS,
  autoscaling: AUTOSCALING_NS,
  iam: IAM_NS,
  elasticbeanstalk: BEANSTALK_NS,
};

/** CloudWatch query error codes -> modelled JSON shape names. */
const CLOUDWATCH_SHAPES: Record<string, string> = {
  ValidationError: 'ValidationException',
  InvalidParameterValue: 'InvalidParameterValueException',
  InvalidParameterCombination: 'InvalidParameterCombinationException',
  MissingParameter: 'MissingRequiredParameterException',
  LimitExceeded: 'LimitExceededException',
};

const REGIONAL = new Set([
  'ec2',
  'monitoring',
  'autoscaling',
  'guardduty',
  'sagemaker',
  'lightsail',
  'elasticbeanstalk',
]);

const TOKEN_FOR_IAM = /^arn:aws:iam::/;

function denialError(service: string, p: Principal, operation: string): ApiError {
  const action = `${service === 'monitoring' ? 'cloudwatch' : service}:${operation}`;
  const who = TOKEN_FOR_IAM.test(p.arn) || p.arn.startsWith('arn:') ? p.arn : 'anonymous';
  switch (service) {
    case 'ec2':
      return new ApiError(
        'UnauthorizedOperation',
        `You are not authorized to perform this operation. User: ${who} is not authorized to perform: ${action} because no identity-based policy allows the ${action} action`,
        403,
      );
    case 'organizations':
      return new ApiError(
        'AccessDeniedException',
        "You don't have permissions to access this resource.",
        400,
      );
    case 'guardduty':
      return new ApiError(
        'AccessDeniedException',
        `User: ${who} is not authorized to perform: ${action} because no identity-based policy allows the ${action} action`,
        403,
      );
    case 'sagemaker':
    case 'lightsail':
      return new ApiError(
        'AccessDeniedException',
        `User: ${who} is not authorized to perform: ${action} because no identity-based policy allows the ${action} action`,
        400,
      );
    case 'elasticbeanstalk':
      return new ApiError(
        'InsufficientPrivilegesException',
        `User: ${who} is not authorized to perform: ${action}`,
        403,
      );
    default:
      return new ApiError('AccessDenied', `User: ${who} is not authorized to perform: ${action}`, 403);
  }
}

function throttleError(service: string): ApiError {
  switch (service) {
    case 'ec2':
      return new ApiError('RequestLimitExceeded', 'Request limit exceeded.', 503, 'Sender');
    case 'organizations':
      return new ApiError(
        'TooManyRequestsException',
        "AWS Organizations can't complete your request because another request is already in progress. Try again later.",
        400,
      );
    default:
      return new ApiError('Throttling', 'Rate exceeded', 400);
  }
}

function serverError(service: string, status = 500, code?: string, message?: string): ApiError {
  if (code) return new ApiError(code, message ?? 'Injected server error', status);
  if (service === 'ec2')
    return status === 503
      ? new ApiError('Unavailable', "The server is overloaded and can't handle the request.", 503)
      : new ApiError('InternalError', 'An internal error has occurred', status);
  if (service === 'organizations')
    return status === 503
      ? new ApiError(
          'ServiceException',
          "AWS Organizations can't complete your request because of an internal service error.",
          503,
        )
      : new ApiError(
          'ServiceException',
          "AWS Organizations can't complete your request because of an internal service error.",
          status,
        );
  return status === 503
    ? new ApiError('ServiceUnavailable', 'Service is unavailable', 503)
    : new ApiError(
        'InternalFailure',
        'The request processing has failed because of an unknown error, exception or failure.',
        status,
      );
}

class EmulatorImpl implements Emulator {
  url = '';
  port = 0;
  readonly faults = new Faults();
  readonly throttle: Throttler;
  readonly recorder: Recorder;
  readonly core: Core;
  private server: http.Server;
  private mergeMode: LaunchTemplateMergeMode;
  private ec2: ReturnType<typeof ec2Handlers>;
  private defaultRegion: string;

  constructor(
    private readonly source: () => World,
    opts: EmulatorOptions,
  ) {
    this.throttle = new Throttler(opts.throttle ?? false);
    this.recorder = new Recorder(opts.callLogLimit);
    this.mergeMode = opts.launchTemplateMerge ?? 'replace';
    this.ec2 = ec2Handlers({ mergeMode: () => this.mergeMode });
    this.defaultRegion = opts.defaultRegion ?? 'us-east-1';
    this.core = {
      world: source(),
      faults: this.faults,
      recorder: this.recorder,
      applyDelayMs: opts.applyDelayMs ?? 0,
      ec2DefaultMaxResults: opts.ec2DefaultMaxResults ?? 1000,
      renderCache: opts.renderCache ? new RenderCache() : undefined,
    };
    // Rendered up front, as EC2 has its answers' text on its own servers: the first scan measured does
    // not pay the emulator's rendering on the cores it shares with the Action.
    if (this.core.renderCache) warmRenderCache(this.core);
    if (opts.latencyMs) this.faults.setLatency(opts.latencyMs);
    for (const [op, ms] of Object.entries(opts.latencyByOperation ?? {})) this.faults.setLatency(ms, op);
    for (const [op, ms] of Object.entries(opts.latencyPerItemMs ?? {})) this.faults.setLatencyPerItem(ms, op);
    if (opts.faults) this.faults.configure(opts.faults);
    this.server = http.createServer((req, res) => {
      this.onRequest(req, res).catch((e) => {
        if (!res.headersSent) {
          res.writeHead(500, { 'content-type': 'text/plain' });
          res.end(String(e?.stack ?? e));
        } else res.destroy();
      });
    });
    this.server.keepAliveTimeout = 60_000;
    this.server.headersTimeout = 65_000;
  }

  async listen(port: number, host: string): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, host, () => {
        this.server.off('error', reject);
        resolve();
      });
    });
    const addr = this.server.address() as AddressInfo;
    this.port = addr.port;
    this.url = `http://${host}:${addr.port}`;
  }

  get world(): World {
    return this.core.world;
  }
  get callLog(): CallRecord[] {
    return this.recorder.calls;
  }
  get changes(): ChangeRecord[] {
    return this.recorder.changes;
  }
  counts(): Record<string, number> {
    return this.recorder.counts();
  }
  countsDetailed(): DetailedCounts {
    return this.recorder.detailed();
  }
  resetCounts(): void {
    this.recorder.resetCounts();
  }
  /** Instances answered from the render cache (EmulatorOptions.renderCache; 0 when it is off). */
  get renderCacheHits(): number {
    return this.core.renderCache?.hits ?? 0;
  }
  reset(): void {
    this.recorder.resetCounts();
    this.recorder.resetChanges();
    this.throttle.reset();
    this.faults.clear();
  }
  resetWorld(): void {
    this.core.world = this.source();
  }
  setThrottle(opts: boolean | ThrottleOptions): void {
    this.throttle.configure(opts);
  }
  setApplyDelay(ms: number): void {
    this.core.applyDelayMs = ms;
  }
  makeWebIdentityToken(claims: Record<string, unknown>): string {
    return makeJwt(claims);
  }
  async close(): Promise<void> {
    await new Promise<void>((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }

  // ------------------------------------------------------------------ request handling

  private async onRequest(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    const url = req.url ?? '/';
    const cache = this.core.renderCache;
    if (url.startsWith('/__emulator')) {
      // Control requests that leave the world as it is (counts, faults, throttling) keep the cache.
      if (cache && req.method !== 'GET' && !KEEPS_WORLD.test(url)) cache.generation++;
      this.control(req, res, url, body);
      return;
    }

    const requestId = randomUUID();
    const route = this.identify(req, body);
    if (route instanceof ApiError) {
      res.writeHead(route.status, { 'content-type': 'text/xml', 'x-amzn-requestid': requestId });
      res.end(ec2Error(route.code, route.message, requestId));
      return;
    }
    const now = Date.now();
    const world = this.core.world;
    const principal = world.principal(route.accessKeyId);
    const account = principal.account;
    const key = { operation: route.operation, service: route.service, region: route.region, account };
    const rec = this.recorder.begin({
      time: now,
      account,
      region: route.region,
      service: route.service,
      operation: route.operation,
      principal: principal.arn,
      params: route.protocol.startsWith('json') ? summarizeParams(route.json) : summarizeParams(route.params),
    });
    let latency = this.faults.latencyFor(route.operation);

    if (this.faults.takeDrop(key)) {
      if (latency > 0) await sleep(latency);
      this.recorder.finish(rec, 'dropped', 0);
      req.socket.destroy();
      return;
    }

    let status = 200;
    let payload: string | Buffer;
    const headers: Record<string, string> = { 'x-amzn-requestid': requestId };
    try {
      const inject = this.faults.takeServerError(key);
      if (inject) throw serverError(route.service, inject.status, inject.code, inject.message);
      const handler = this.handlerFor(route);
      if (!handler) throw this.unknownOperation(route);
      if (REGIONAL.has(route.service)) {
        if (route.service === 'ec2' && principal.kind === 'anonymous')
          throw new ApiError(
            'AuthFailure',
            'AWS was not able to validate the provided access credentials',
            401,
          );
        if (this.faults.isAuthFailure(account, route.region) || !world.isRegionEnabled(account, route.region))
          throw new ApiError(
            'AuthFailure',
            'AWS was not able to validate the provided access credentials',
            401,
          );
      }
      if (this.faults.takeStorm(key)) throw throttleError(route.service);
      if (route.service === 'ec2') {
        const mutating = isMutating(route.operation);
        if (!this.throttle.take(account, route.region, bucketClass(route.operation, mutating)))
          throw throttleError('ec2');
      }
      if (
        route.operation !== 'AssumeRoleWithWebIdentity' &&
        !world.allowed(principal, route.service, route.operation)
      )
        throw denialError(route.service, principal, route.operation);
      const ctx: Ctx = {
        core: this.core,
        service: route.service,
        operation: route.operation,
        region: route.region,
        account,
        principal,
        params: route.params,
        json: route.json,
        now,
        requestId,
      };
      // A call that may change the world retires every rendered instance, before and after it runs.
      const readOnly = READ_ONLY.test(route.operation);
      if (cache && !readOnly) cache.generation++;
      const out = handler(ctx);
      if (cache && !readOnly) cache.generation++;
      if (ctx.items) latency = this.faults.latencyFor(route.operation, ctx.items);
      payload = this.renderSuccess(route, requestId, out, headers);
      this.recorder.finish(rec, 'ok', 200);
    } catch (e) {
      const err =
        e instanceof ApiError ? e : new ApiError('InternalError', String((e as Error)?.stack ?? e), 500);
      status = err.status;
      payload = this.renderError(route, requestId, err, headers);
      this.recorder.finish(rec, err.code, status);
    }
    if (latency > 0) await sleep(latency);
    // Encoded once (Buffer.byteLength, then end(string), would walk a multi-MB page twice).
    const bytes = typeof payload === 'string' ? Buffer.from(payload) : payload;
    headers['content-length'] = String(bytes.length);
    res.writeHead(status, headers);
    res.end(bytes);
  }

  private identify(req: http.IncomingMessage, body: string): Route | ApiError {
    const sig = parseAuthorization(req.headers.authorization) ?? parsePresigned(req.url);
    if (sig?.service === 'guardduty') {
      // restJson1: the operation is the method and path; query parameters and the JSON body are its input.
      const u = new URL(req.url ?? '/', 'http://x');
      const found = guardDutyRoute(req.method ?? 'GET', u.pathname);
      if (!found)
        return new ApiError(
          'UnknownOperationException',
          `No GuardDuty operation at ${req.method} ${u.pathname}`,
          404,
        );
      let json: Record<string, unknown> = {};
      if (body.trim()) {
        try {
          json = JSON.parse(body);
        } catch {
          return new ApiError('SerializationException', 'Malformed JSON body', 400);
        }
      }
      const params: Params = Object.create(null);
      for (const [k, v] of u.searchParams) params[k] = v;
      if (found.detectorId !== undefined) params.detectorId = found.detectorId;
      return {
        service: 'guardduty',
        protocol: 'rest-json',
        operation: found.operation,
        region: sig.region,
        accessKeyId: sig.accessKeyId,
        params,
        json,
      };
    }
    const targetHeader = req.headers['x-amz-target'];
    const target = Array.isArray(targetHeader) ? targetHeader[0] : targetHeader;
    if (target) {
      const dot = target.indexOf('.');
      const svc = JSON_TARGETS[target.slice(0, dot)];
      if (!svc) return new ApiError('UnknownOperationException', `Unknown target ${target}`, 400);
      let json: Record<string, unknown> = {};
      if (body.trim()) {
        try {
          json = JSON.parse(body);
        } catch {
          return new ApiError('SerializationException', 'Malformed JSON body', 400);
        }
      }
      return {
        service: svc.service,
        protocol: svc.protocol,
        operation: target.slice(dot + 1),
        region: sig?.region ?? this.defaultRegion,
        accessKeyId: sig?.accessKeyId,
        params: Object.create(null),
        json,
      };
    }
    let params: Params = parseForm(body);
    if (!params.Action && req.url?.includes('?')) params = parseForm(req.url.slice(req.url.indexOf('?') + 1));
    const service =
      sig?.service ??
      (params.Version ? QUERY_VERSIONS[params.Version] : undefined) ??
      (params.Action?.startsWith('AssumeRole') ? 'sts' : undefined);
    if (!service || !params.Action)
      return new ApiError('MissingAction', 'Could not determine the service and action of the request', 400);
    return {
      service,
      protocol: service === 'ec2' ? 'ec2' : 'query',
      operation: params.Action,
      region: sig?.region ?? this.defaultRegion,
      accessKeyId: sig?.accessKeyId,
      params,
      json: {},
    };
  }

  private handlerFor(route: Route): ((ctx: Ctx) => unknown) | undefined {
    switch (route.service) {
      case 'ec2':
        return this.ec2[route.operation];
      case 'sts':
        return STS_HANDLERS[route.operation];
      case 'autoscaling':
        return AUTOSCALING_HANDLERS[route.operation];
      case 'monitoring':
        return CLOUDWATCH_HANDLERS[route.operation];
      case 'organizations':
        return ORGANIZATIONS_HANDLERS[route.operation];
      case 'guardduty':
        return GUARDDUTY_HANDLERS[route.operation];
      case 'iam':
        return IAM_HANDLERS[route.operation];
      case 'elasticbeanstalk':
        return BEANSTALK_HANDLERS[route.operation];
      case 'sagemaker':
        return SAGEMAKER_HANDLERS[route.operation];
      case 'lightsail':
        return LIGHTSAIL_HANDLERS[route.operation];
      default:
        return undefined;
    }
  }

  private unknownOperation(route: Route): ApiError {
    if (route.protocol.startsWith('json') || route.protocol === 'rest-json')
      return new ApiError(
        'UnknownOperationException',
        `The emulator does not implement ${route.service}:${route.operation}`,
        400,
      );
    return new ApiError(
      'InvalidAction',
      `The action ${route.operation} is not valid for this web service.`,
      400,
    );
  }

  private renderSuccess(
    route: Route,
    requestId: string,
    out: unknown,
    headers: Record<string, string>,
  ): string | Buffer {
    switch (route.protocol) {
      case 'ec2':
        headers['content-type'] = 'text/xml;charset=UTF-8';
        return ec2Success(route.operation, requestId, out as string | XmlBytes);
      case 'query':
        headers['content-type'] = 'text/xml';
        return querySuccess(
          QUERY_NS[route.service] ?? AUTOSCALING_NS,
          route.operation,
          requestId,
          out as string,
        );
      case 'rest-json':
        headers['content-type'] = 'application/json';
        return JSON.stringify(out);
      default:
        headers['content-type'] = `application/x-amz-json-${route.protocol === 'json1.0' ? '1.0' : '1.1'}`;
        return JSON.stringify(out);
    }
  }

  private renderError(
    route: Route,
    requestId: string,
    err: ApiError,
    headers: Record<string, string>,
  ): string {
    switch (route.protocol) {
      case 'ec2':
        headers['content-type'] = 'text/xml;charset=UTF-8';
        return ec2Error(err.code, err.message, requestId);
      case 'query':
        headers['content-type'] = 'text/xml';
        return queryError(
          QUERY_NS[route.service] ?? AUTOSCALING_NS,
          err.type,
          err.code,
          err.message,
          requestId,
        );
      case 'rest-json':
        // restJson1 errors: the code in X-Amzn-ErrorType, GuardDuty's members `message` and `__type`.
        headers['content-type'] = 'application/json';
        headers['x-amzn-errortype'] = err.code;
        return JSON.stringify({ message: err.message, __type: err.code });
      case 'json1.0':
        headers['content-type'] = 'application/x-amz-json-1.0';
        headers['x-amzn-query-error'] = `${err.code};${err.type}`;
        return JSON.stringify({
          __type: `com.amazonaws.cloudwatch#${CLOUDWATCH_SHAPES[err.code] ?? err.code}`,
          message: err.message,
        });
      default:
        headers['content-type'] = 'application/x-amz-json-1.1';
        headers['x-amzn-errortype'] = err.code;
        return JSON.stringify({ __type: err.code, Message: err.message });
    }
  }

  // ------------------------------------------------------------------ control API

  private control(req: http.IncomingMessage, res: http.ServerResponse, url: string, body: string) {
    const u = new URL(url, 'http://x');
    const path = u.pathname.replace(/^\/__emulator\/?/, '');
    const method = req.method ?? 'GET';
    const send = (status: number, obj: unknown) => {
      const s = JSON.stringify(obj);
      res.writeHead(status, {
        'content-type': 'application/json',
        'content-length': String(Buffer.byteLength(s)),
      });
      res.end(s);
    };
    let input: Record<string, unknown> = {};
    if (body.trim()) {
      try {
        input = JSON.parse(body);
      } catch {
        return send(400, { error: 'invalid JSON body' });
      }
    }
    const num = (k: string) => (u.searchParams.has(k) ? Number(u.searchParams.get(k)) : undefined);
    try {
      switch (`${method} ${path}`) {
        case 'GET health':
        case 'GET ':
          return send(200, { ok: true, url: this.url, port: this.port });
        case 'GET counts':
          return send(200, this.countsDetailed());
        case 'GET calls': {
          const since = num('since') ?? 0;
          const limit = num('limit') ?? 10_000;
          return send(200, this.recorder.calls.filter((c) => c.seq > since).slice(0, limit));
        }
        case 'GET changes': {
          const since = num('since') ?? 0;
          return send(
            200,
            this.recorder.changes.filter((c) => c.seq > since),
          );
        }
        case 'POST reset':
          if (input.world) this.resetWorld();
          if (input.faults === false) {
            this.recorder.resetCounts();
            this.recorder.resetChanges();
            this.throttle.reset();
          } else this.reset();
          return send(200, { ok: true });
        case 'POST reset-counts':
          this.resetCounts();
          return send(200, { ok: true });
        case 'GET faults':
          return send(200, this.faults.snapshot());
        case 'POST faults':
          this.faults.configure(input as FaultsConfig);
          return send(200, this.faults.snapshot());
        case 'GET throttle':
          return send(200, this.throttle.snapshot());
        case 'POST throttle':
          this.throttle.configure(input as ThrottleOptions);
          return send(200, this.throttle.snapshot());
        case 'POST apply-delay':
          this.setApplyDelay(Number(input.ms ?? 0));
          return send(200, { applyDelayMs: this.core.applyDelayMs });
        case 'GET summary':
          return send(200, this.world.summary());
        case 'GET world':
          return send(200, this.world.data);
        case 'GET instances': {
          const account = u.searchParams.get('account') ?? this.world.defaultAccount;
          const region = u.searchParams.get('region');
          if (!region) return send(400, { error: 'region is required' });
          return send(200, this.world.region(account, region).instances);
        }
        case 'GET instance': {
          const id = u.searchParams.get('id');
          const hit = id ? this.world.findInstance(id) : undefined;
          return hit ? send(200, hit) : send(404, { error: 'not found' });
        }
        case 'POST token':
          return send(200, { token: makeJwt(input) });
        default:
          return send(404, { error: `unknown control endpoint ${method} /__emulator/${path}` });
      }
    } catch (e) {
      return send(500, { error: String((e as Error)?.message ?? e) });
    }
  }
}

function worldSource(opts: EmulatorOptions): () => World {
  if (opts.world instanceof World) {
    const w = opts.world;
    const snapshot = structuredClone(w.data);
    let first = true;
    return () => {
      if (first) {
        first = false;
        return w;
      }
      return new World(structuredClone(snapshot));
    };
  }
  if (opts.world) {
    const fixture = structuredClone(opts.world);
    return () => new World(structuredClone(fixture));
  }
  if (opts.fleetFile) {
    const file = opts.fleetFile;
    return () => new World(JSON.parse(readFileSync(file, 'utf8')) as WorldFixture);
  }
  const fleet = opts.fleet ?? { seed: 1, regions: ['us-east-1'], instancesPerRegion: 20 };
  return () => new World(generateFleet(fleet));
}

/** Start the emulator on 127.0.0.1 (random port unless `port` is given). */
export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const emu = new EmulatorImpl(worldSource(options), options);
  await emu.listen(options.port ?? 0, options.host ?? '127.0.0.1');
  return emu;
}
