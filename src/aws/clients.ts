/**
 * One place that builds AWS SDK clients: the same retry strategy, credentials and call counting for
 * every service. Clients are cached per (session, service, region) so connections are reused.
 */

import { Agent as HttpAgent } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';
import { AutoScalingClient } from '@aws-sdk/client-auto-scaling';
import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { EC2Client } from '@aws-sdk/client-ec2';
import { OrganizationsClient } from '@aws-sdk/client-organizations';
import { STSClient } from '@aws-sdk/client-sts';
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@aws-sdk/types';
import { NodeHttpHandler } from '@smithy/node-http-handler';

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

/** The SDK default credential chain, before sign-in tells us the account. */
export const DEFAULT_CHAIN: AwsSession = Object.freeze({ accountId: '' });
/** No credentials at all: for AssumeRoleWithWebIdentity, which is not signed. */
export const UNSIGNED: AwsSession = Object.freeze({
  accountId: '',
  credentials: { accessKeyId: '', secretAccessKey: '' },
});

/** Attempts per call, throttling included (standard mode: jittered exponential backoff, retry quota). */
export const DEFAULT_MAX_ATTEMPTS = 10;

type AnyClient = EC2Client | STSClient | CloudWatchClient | OrganizationsClient | AutoScalingClient;

export class ClientFactory {
  /** Logical calls per operation (retries not counted): logged, reported, read by the benchmark. */
  readonly calls: Record<string, number> = {};
  private readonly cache = new Map<string, AnyClient>();
  /**
   * One keep-alive connection pool for every client: an organization scan builds a client per
   * (service, account, region), and they all talk to the same few regional endpoints, so sharing the
   * pool reuses connections (and TLS sessions) across accounts instead of opening one per client.
   */
  private readonly handler = new NodeHttpHandler({
    httpAgent: new HttpAgent({ keepAlive: true, maxSockets: 64 }),
    httpsAgent: new HttpsAgent({ keepAlive: true, maxSockets: 64 }),
  });

  constructor(private readonly maxAttempts = Number(process.env.AWS_MAX_ATTEMPTS) || DEFAULT_MAX_ATTEMPTS) {}

  ec2(session: AwsSession, region: string): EC2Client {
    return this.get(session, `ec2/${region}`, () => new EC2Client(this.config(region, session.credentials)));
  }
  sts(session: AwsSession, region: string): STSClient {
    return this.get(session, `sts/${region}`, () => new STSClient(this.config(region, session.credentials)));
  }
  cloudwatch(session: AwsSession, region: string): CloudWatchClient {
    return this.get(
      session,
      `cw/${region}`,
      () => new CloudWatchClient(this.config(region, session.credentials)),
    );
  }
  organizations(session: AwsSession, region: string): OrganizationsClient {
    return this.get(
      session,
      `org/${region}`,
      () => new OrganizationsClient(this.config(region, session.credentials)),
    );
  }
  autoscaling(session: AwsSession, region: string): AutoScalingClient {
    return this.get(
      session,
      `asg/${region}`,
      () => new AutoScalingClient(this.config(region, session.credentials)),
    );
  }

  destroy(): void {
    this.cache.clear();
    this.handler.destroy();
  }

  private config(region: string, credentials?: Credentials) {
    return {
      region,
      credentials,
      maxAttempts: this.maxAttempts,
      retryMode: 'standard' as const,
      requestHandler: this.handler,
    };
  }

  private sessionIds = new WeakMap<AwsSession, number>();
  private nextSessionId = 0;

  private get<T extends AnyClient>(session: AwsSession, what: string, make: () => T): T {
    let id = this.sessionIds.get(session);
    if (id === undefined) {
      id = this.nextSessionId++;
      this.sessionIds.set(session, id);
    }
    const key = `${id}/${what}`;
    let client = this.cache.get(key) as T | undefined;
    if (!client) {
      client = make();
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

/** The error code of an SDK error (`RequestLimitExceeded`, `AuthFailure`, …) or a network error. */
export function awsErrorCode(e: unknown): string {
  if (e && typeof e === 'object') {
    const err = e as { name?: string; Code?: string; code?: string; $metadata?: { httpStatusCode?: number } };
    return err.Code ?? err.code ?? err.name ?? 'Error';
  }
  return 'Error';
}
