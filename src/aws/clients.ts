/**
 * One place that builds AWS SDK clients: the same credentials, retry budgets and call counting for
 * every service. Clients are cached per (session object, budget, service, region) so connections are
 * reused.
 *
 * Retry budgets, not one retry count: a call that feeds the gate (regions, instances, sign-in,
 * Organizations) keeps the SDK's standard throttling-aware retries; a secondary call (launch posture,
 * readiness) gets a short budget, so a 5xx storm on it costs seconds and surfaces as that call's
 * failure. Every call of either class also has a deadline (the SDK's abort signal).
 */

import { Agent as HttpAgent } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@aws-sdk/types';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import { unreadableAnswer } from '../log.js';
import {
  AutoScalingClient,
  CloudWatchClient,
  EC2Client,
  ElasticBeanstalkClient,
  GuardDutyClient,
  IAMClient,
  LightsailClient,
  OrganizationsClient,
  SageMakerClient,
  STSClient,
} from './sdk.js';

export type Credentials = AwsCredentialIdentity | AwsCredentialIdentityProvider;

/**
 * Who a client acts as: one account reached with one set of credentials. Every per-account call takes
 * the session of the account it is about, and a client is cached per session object: two sessions
 * never share a client, whatever their account ids say.
 */
export interface AwsSession {
  readonly accountId: string;
  /** The role this session is (signed-in role, or the member role reached by chaining). */
  readonly roleArn?: string;
  /** undefined: the SDK default chain (profile, environment). */
  readonly credentials?: Credentials;
}

/** The session of an account the run reached; never another account's. */
export function sessionOf(sessions: ReadonlyMap<string, AwsSession>, accountId: string): AwsSession {
  const s = sessions.get(accountId);
  if (!s) throw new Error(`internal: no session for account ${accountId} (it was not reached in this run)`);
  return s;
}

/** The SDK default credential chain, before sign-in tells us the account. */
export const DEFAULT_CHAIN: AwsSession = Object.freeze({ accountId: '' });
/** No credentials at all: for AssumeRoleWithWebIdentity, which is not signed. */
export const UNSIGNED: AwsSession = Object.freeze({
  accountId: '',
  credentials: { accessKeyId: '', secretAccessKey: '' },
});

/** Attempts per gate call, throttling included (standard mode: jittered exponential backoff, retry quota). */
export const DEFAULT_MAX_ATTEMPTS = 10;
/** Connections per region (see ClientFactory.handlers): a region's 16 partitions, its posture and usage reads. */
export const SOCKETS_PER_REGION = 64;

/**
 * `gate`: what the gate is computed from (DescribeRegions, DescribeInstances, STS, Organizations).
 * `secondary`: what only enriches the report or the plan (account defaults, launch templates, AMIs,
 * Auto Scaling groups, CloudWatch readiness) — its failure is reported per operation, never fatal.
 */
export type RetryBudget = 'gate' | 'secondary';

export interface BudgetSpec {
  /** Attempts per call (the SDK's standard retry mode: jittered backoff, 1 s base when throttled). */
  maxAttempts: number;
  /** Whole-call deadline, retries and backoff included (ms): the call is aborted past it. */
  deadlineMs: number;
}

/**
 * Secondary: 3 attempts — backoff is ≤ 0.1 s + 0.2 s for a 5xx (50 ms base) and ≤ 1 s + 2 s when
 * throttled — and 20 s at most in all. Gate: 10 attempts (a throttled page keeps being retried for up
 * to ~2 minutes of backoff) within 5 minutes per call.
 */
export const BUDGETS: Readonly<Record<RetryBudget, BudgetSpec>> = Object.freeze({
  gate: { maxAttempts: DEFAULT_MAX_ATTEMPTS, deadlineMs: 300_000 },
  secondary: { maxAttempts: 3, deadlineMs: 20_000 },
});

/** Thrown (as the call's error) when a call runs past its budget's deadline. */
export class DeadlineExceeded extends Error {
  override name = 'DeadlineExceeded';
}

type AnyClient =
  | EC2Client
  | STSClient
  | CloudWatchClient
  | OrganizationsClient
  | AutoScalingClient
  | GuardDutyClient
  | IAMClient
  | SageMakerClient
  | ElasticBeanstalkClient
  | LightsailClient;

export class ClientFactory {
  /** Logical calls per operation (retries not counted): logged, reported, read by the benchmark. */
  readonly calls: Record<string, number> = {};
  private readonly cache = new Map<string, AnyClient>();
  /**
   * One keep-alive connection pool per region, shared by every client of that region: an organization
   * scan builds a client per (service, account, region), and they all talk to the same regional
   * endpoints, so sharing reuses connections (and TLS sessions) across accounts. Per region, not one
   * for all: AWS's endpoints are regional, so each region's calls have their own connections; under an
   * endpoint override (AWS_ENDPOINT_URL: a proxy, a test emulator) one pool would put every region's
   * partitions behind the same 64 sockets.
   */
  private readonly handlers = new Map<string, NodeHttpHandler>();

  private handler(region: string): NodeHttpHandler {
    let h = this.handlers.get(region);
    if (!h) {
      h = new NodeHttpHandler({
        httpAgent: new HttpAgent({ keepAlive: true, maxSockets: SOCKETS_PER_REGION }),
        httpsAgent: new HttpsAgent({ keepAlive: true, maxSockets: SOCKETS_PER_REGION }),
      });
      this.handlers.set(region, h);
    }
    return h;
  }

  private readonly budgets: Record<RetryBudget, BudgetSpec>;

  /**
   * `maxAttempts` (or AWS_MAX_ATTEMPTS) sets the gate budget's attempts; the secondary budget never
   * exceeds it (a write factory built with 1 never retries anything). `overrides` is for tests and
   * benchmarks.
   */
  constructor(
    maxAttempts = Number(process.env.AWS_MAX_ATTEMPTS) || DEFAULT_MAX_ATTEMPTS,
    overrides: Partial<Record<RetryBudget, Partial<BudgetSpec>>> = {},
  ) {
    this.budgets = {
      gate: { ...BUDGETS.gate, maxAttempts, ...overrides.gate },
      secondary: {
        ...BUDGETS.secondary,
        maxAttempts: Math.min(maxAttempts, BUDGETS.secondary.maxAttempts),
        ...overrides.secondary,
      },
    };
  }

  /** EC2: `gate` for regions and instances (and writes); `secondary` for posture reads. */
  ec2(session: AwsSession, region: string, budget: RetryBudget = 'gate'): EC2Client {
    return this.get(session, budget, `ec2/${region}`, (c) => new EC2Client(this.config(region, session, c)));
  }
  sts(session: AwsSession, region: string): STSClient {
    return this.get(session, 'gate', `sts/${region}`, (c) => new STSClient(this.config(region, session, c)));
  }
  /** CloudWatch (readiness) is secondary by default. */
  cloudwatch(session: AwsSession, region: string, budget: RetryBudget = 'secondary'): CloudWatchClient {
    return this.get(
      session,
      budget,
      `cw/${region}`,
      (c) => new CloudWatchClient(this.config(region, session, c)),
    );
  }
  organizations(session: AwsSession, region: string): OrganizationsClient {
    return this.get(
      session,
      'gate',
      `org/${region}`,
      (c) => new OrganizationsClient(this.config(region, session, c)),
    );
  }
  /** Auto Scaling (launch posture) is secondary by default. */
  autoscaling(session: AwsSession, region: string, budget: RetryBudget = 'secondary'): AutoScalingClient {
    return this.get(
      session,
      budget,
      `asg/${region}`,
      (c) => new AutoScalingClient(this.config(region, session, c)),
    );
  }

  /** Exposure context (GuardDuty, IAM, other IMDS services): secondary, never fatal. */
  guardduty(session: AwsSession, region: string): GuardDutyClient {
    return this.get(
      session,
      'secondary',
      `gd/${region}`,
      (c) => new GuardDutyClient(this.config(region, session, c)),
    );
  }
  /** IAM is global: one client per session (signed for `region`, the home region). */
  iam(session: AwsSession, region: string): IAMClient {
    return this.get(session, 'secondary', 'iam', (c) => new IAMClient(this.config(region, session, c)));
  }
  sagemaker(session: AwsSession, region: string): SageMakerClient {
    return this.get(
      session,
      'secondary',
      `sm/${region}`,
      (c) => new SageMakerClient(this.config(region, session, c)),
    );
  }
  beanstalk(session: AwsSession, region: string): ElasticBeanstalkClient {
    return this.get(
      session,
      'secondary',
      `eb/${region}`,
      (c) => new ElasticBeanstalkClient(this.config(region, session, c)),
    );
  }
  lightsail(session: AwsSession, region: string): LightsailClient {
    return this.get(
      session,
      'secondary',
      `ls/${region}`,
      (c) => new LightsailClient(this.config(region, session, c)),
    );
  }

  /** The budget a client of this factory uses (for logs and tests). */
  budget(budget: RetryBudget): Readonly<BudgetSpec> {
    return this.budgets[budget];
  }

  destroy(): void {
    this.cache.clear();
    for (const h of this.handlers.values()) h.destroy();
    this.handlers.clear();
  }

  private config(region: string, session: AwsSession, budget: BudgetSpec) {
    return {
      region,
      credentials: session.credentials,
      maxAttempts: budget.maxAttempts,
      retryMode: 'standard' as const,
      requestHandler: this.handler(region),
    };
  }

  private sessionIds = new WeakMap<AwsSession, number>();
  private nextSessionId = 0;

  private get<T extends AnyClient>(
    session: AwsSession,
    budget: RetryBudget,
    what: string,
    make: (spec: BudgetSpec) => T,
  ): T {
    let id = this.sessionIds.get(session);
    if (id === undefined) {
      id = this.nextSessionId++;
      this.sessionIds.set(session, id);
    }
    const spec = this.budgets[budget];
    if (!spec) throw new Error(`unknown retry budget ${String(budget)}`);
    const key = `${id}/${budget}/${what}`;
    let client = this.cache.get(key) as T | undefined;
    if (!client) {
      client = make(spec);
      withDeadline(client, spec.deadlineMs);
      // No SDK logger is configured, yet its logger middleware still runs the schema's sensitive-data
      // filter over every output (the no-op logger has an `info`): ~10 % of a 100k scan's CPU, for nothing.
      // biome-ignore lint/suspicious/noExplicitAny: the middleware stack is typed per client.
      (client.middlewareStack as any).remove('loggerMiddleware');
      // Count each logical call once, at the start of the middleware stack (before retries).
      // biome-ignore lint/suspicious/noExplicitAny: the middleware stack is typed per client.
      (client.middlewareStack as any).add(
        // biome-ignore lint/suspicious/noExplicitAny: generic middleware.
        (next: any, context: { commandName?: string }) => (args: unknown) => {
          const op = (context.commandName ?? 'Unknown').replace(/Command$/, '');
          this.calls[op] = (this.calls[op] ?? 0) + 1;
          return next(args);
        },
        { step: 'initialize', name: 'imdsGuardCallCounter' },
      );
      this.cache.set(key, client);
    }
    return client;
  }
}

/**
 * Every call through `client.send` gets the SDK's abort signal for the budget's deadline (combined with
 * the caller's own signal, if any): the abort interrupts a backoff wait or an in-flight request, and
 * the call fails with DeadlineExceeded instead of waiting on.
 */
function withDeadline(client: AnyClient, deadlineMs: number): void {
  // biome-ignore lint/suspicious/noExplicitAny: send is overloaded per client; the wrapper keeps its shape.
  const c = client as any;
  const send = c.send.bind(client);
  c.send = async (command: unknown, options?: { abortSignal?: AbortSignal }, ...rest: unknown[]) => {
    if (typeof options === 'function') return send(command, options, ...rest);
    const deadline = AbortSignal.timeout(deadlineMs);
    const abortSignal = options?.abortSignal ? AbortSignal.any([options.abortSignal, deadline]) : deadline;
    try {
      return await send(command, { ...options, abortSignal }, ...rest);
    } catch (e) {
      if (deadline.aborted && !options?.abortSignal?.aborted) {
        const op = (command as { constructor?: { name?: string } })?.constructor?.name?.replace(
          /Command$/,
          '',
        );
        throw new DeadlineExceeded(
          `${op ?? 'call'} gave up after its ${deadlineMs / 1000} s deadline (${awsErrorCode(e)}: ${e instanceof Error ? e.message : String(e)})`,
        );
      }
      throw e;
    }
  };
}

/**
 * The error code of an SDK error (`RequestLimitExceeded`, `AuthFailure`, …) or a network error; `HTTP
 * 500` (the status) for an answer that is not AWS's, which has no code.
 */
export function awsErrorCode(e: unknown): string {
  const answer = unreadableAnswer(e);
  if (answer) return `HTTP ${answer.status}`;
  if (e && typeof e === 'object') {
    const err = e as { name?: string; Code?: string; code?: string; $metadata?: { httpStatusCode?: number } };
    return err.Code ?? err.code ?? err.name ?? 'Error';
  }
  return 'Error';
}
