/**
 * Pacing AWS writes: a client-side token bucket per (account, region, bucket) matching EC2's
 * documented write buckets, and one paced send with our own throttle and transient retries (the
 * write client makes one attempt per send, so a retried call can never yield a second change record).
 */
import { awsErrorCode } from '../aws/clients.js';
import { errorMessage } from '../log.js';

export interface BucketSpec {
  burst: number;
  refillPerSecond: number;
}

/** EC2's documented bucket for ModifyInstanceMetadataOptions, per account per region. */
export const MODIFY_METADATA_BUCKET: BucketSpec = { burst: 100, refillPerSecond: 5 };

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * A client-side token bucket: `take()` resolves when a token is available, first come first served.
 * It starts full (as AWS's does) at the first take; `drain()` empties it when AWS says we were too
 * optimistic (someone else shares the bucket), so we fall back to the refill rate.
 */
export class TokenBucketLimiter {
  private tokens: number;
  private last = -1;
  private chain: Promise<void> = Promise.resolve();
  waits = 0;

  constructor(
    readonly spec: BucketSpec,
    private readonly clock: () => number = () => performance.now(),
    private readonly wait: (ms: number) => Promise<void> = sleep,
  ) {
    this.tokens = spec.burst;
  }

  private refill(): void {
    const now = this.clock();
    if (this.last < 0) this.last = now;
    this.tokens = Math.min(
      this.spec.burst,
      this.tokens + ((now - this.last) / 1000) * this.spec.refillPerSecond,
    );
    this.last = now;
  }

  take(): Promise<void> {
    const next = this.chain.then(async () => {
      this.refill();
      while (this.tokens < 1) {
        this.waits++;
        await this.wait(Math.ceil(((1 - this.tokens) / this.spec.refillPerSecond) * 1000));
        this.refill();
      }
      this.tokens -= 1;
    });
    this.chain = next;
    return next;
  }

  drain(): void {
    this.refill();
    this.tokens = Math.min(this.tokens, 0);
  }

  /** Lower bound on the time N calls take from a full bucket, in ms. */
  static boundMs(n: number, spec: BucketSpec): number {
    return (Math.max(0, n - spec.burst) / spec.refillPerSecond) * 1000;
  }
}

export const THROTTLE_CODES = new Set(['RequestLimitExceeded', 'Throttling', 'ThrottlingException']);
/** Failures where the call may or may not have reached EC2: retried, and settled by a re-read. */
const TRANSIENT_CODES = new Set([
  'InternalError',
  'InternalFailure',
  'ServiceUnavailable',
  'Unavailable',
  'TimeoutError',
  'RequestTimeout',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'ECONNREFUSED',
  'EAI_AGAIN',
]);

/**
 * May the call have failed on the way (and be worth retrying)? AWS 5xx, the SDK's network and timeout
 * errors. A programming error (TypeError, RangeError, …) is never transient: retrying it would only
 * repeat it, and it must surface as itself.
 */
export function isTransient(e: unknown): boolean {
  if (!e || typeof e !== 'object') return false;
  if (isProgrammingError(e)) return false;
  const code = awsErrorCode(e);
  const status = (e as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
  return TRANSIENT_CODES.has(code) || (status !== undefined && status >= 500);
}

export function isProgrammingError(e: unknown): boolean {
  return (
    e instanceof TypeError ||
    e instanceof RangeError ||
    e instanceof ReferenceError ||
    e instanceof SyntaxError ||
    e instanceof EvalError
  );
}

/** AWS answered and refused (HTTP 4xx): the request was not carried out. */
export function isRefusal(e: unknown): boolean {
  const status = (e as { $metadata?: { httpStatusCode?: number } } | undefined)?.$metadata?.httpStatusCode;
  return status !== undefined && status >= 400 && status < 500;
}

export interface PacingOptions {
  maxThrottleRetries?: number;
  maxTransientRetries?: number;
  /** Base for transient-error backoff, ms. */
  backoffMs?: number;
}

export type SendResult<T> =
  | { ok: true; value: T }
  | { ok: false; code: string; message: string; ambiguous: boolean };

/** One write with our own throttle/transient retries (the write client makes one attempt per send). */
export async function sendPaced<T>(
  send: () => Promise<T>,
  bucket: TokenBucketLimiter,
  opts: PacingOptions,
  out?: { modifyCalls: number; throttled: number },
): Promise<SendResult<T>> {
  let throttles = 0;
  let transients = 0;
  let ambiguous = false;
  for (;;) {
    await bucket.take();
    if (out) out.modifyCalls++;
    try {
      return { ok: true, value: await send() };
    } catch (e) {
      const code = awsErrorCode(e);
      if (THROTTLE_CODES.has(code)) {
        if (out) out.throttled++;
        bucket.drain();
        if (++throttles <= (opts.maxThrottleRetries ?? 8)) continue;
        return {
          ok: false,
          code,
          message: `still throttled after ${throttles} attempts: ${errorMessage(e)}`,
          ambiguous,
        };
      }
      if (isTransient(e)) {
        ambiguous = true;
        if (++transients <= (opts.maxTransientRetries ?? 3)) {
          await sleep((opts.backoffMs ?? 200) * 2 ** (transients - 1) * (0.5 + Math.random()));
          continue;
        }
      }
      // Only an answer from AWS (a 4xx) says for sure that nothing changed; anything else — a
      // programming error thrown around the send included — leaves the outcome to a re-read.
      return { ok: false, code, message: errorMessage(e), ambiguous: ambiguous || !isRefusal(e) };
    }
  }
}
