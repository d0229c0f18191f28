/**
 * One place that builds AWS SDK clients: the same retry strategy, credentials and call counting for
 * every service. Clients are cached per (account, region) so connections are reused.
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

  ec2(region: string, credentials?: Credentials, key = 'default'): EC2Client {
    return this.get(`ec2/${key}/${region}`, () => new EC2Client(this.config(region, credentials)));
  }
  sts(region: string, credentials?: Credentials, key = 'default'): STSClient {
    return this.get(`sts/${key}/${region}`, () => new STSClient(this.config(region, credentials)));
  }
  cloudwatch(region: string, credentials?: Credentials, key = 'default'): CloudWatchClient {
    return this.get(`cw/${key}/${region}`, () => new CloudWatchClient(this.config(region, credentials)));
  }
  organizations(region: string, credentials?: Credentials, key = 'default'): OrganizationsClient {
    return this.get(`org/${key}/${region}`, () => new OrganizationsClient(this.config(region, credentials)));
  }
  autoscaling(region: string, credentials?: Credentials, key = 'default'): AutoScalingClient {
    return this.get(`asg/${key}/${region}`, () => new AutoScalingClient(this.config(region, credentials)));
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

  private get<T extends AnyClient>(key: string, make: () => T): T {
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
