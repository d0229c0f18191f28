// AWS EC2 API throttling: token buckets per account per region.

export interface BucketSpec {
  burst: number;
  refillPerSecond: number;
}

export interface ThrottleOptions {
  enabled?: boolean;
  /** Describe* and other non-mutating EC2 calls. AWS: 100 burst, 20/s. */
  nonMutating?: BucketSpec;
  /** Other mutating EC2 calls (CreateLaunchTemplateVersion, ModifyLaunchTemplate). AWS: 50 burst, 5/s. */
  mutating?: BucketSpec;
  /** AWS: 100 burst, 5/s. */
  modifyInstanceMetadataOptions?: BucketSpec;
  /** AWS: 2 burst, 2/s. */
  modifyInstanceMetadataDefaults?: BucketSpec;
}

export const AWS_BUCKETS: Required<Omit<ThrottleOptions, 'enabled'>> = {
  nonMutating: { burst: 100, refillPerSecond: 20 },
  mutating: { burst: 50, refillPerSecond: 5 },
  modifyInstanceMetadataOptions: { burst: 100, refillPerSecond: 5 },
  modifyInstanceMetadataDefaults: { burst: 2, refillPerSecond: 2 },
};

export type BucketClass = keyof typeof AWS_BUCKETS;

export class TokenBucket {
  tokens: number;
  private last: number;
  constructor(
    readonly spec: BucketSpec,
    now: number,
  ) {
    this.tokens = spec.burst;
    this.last = now;
  }
  refill(now: number): void {
    if (now > this.last) {
      this.tokens = Math.min(
        this.spec.burst,
        this.tokens + ((now - this.last) / 1000) * this.spec.refillPerSecond,
      );
      this.last = now;
    }
  }
  take(now: number): boolean {
    this.refill(now);
    if (this.tokens >= 1) {
      this.tokens -= 1;
      return true;
    }
    return false;
  }
}

export function bucketClass(operation: string, mutating: boolean): BucketClass {
  if (operation === 'ModifyInstanceMetadataOptions') return 'modifyInstanceMetadataOptions';
  if (operation === 'ModifyInstanceMetadataDefaults') return 'modifyInstanceMetadataDefaults';
  return mutating ? 'mutating' : 'nonMutating';
}

export class Throttler {
  enabled = false;
  specs: Required<Omit<ThrottleOptions, 'enabled'>> = { ...AWS_BUCKETS };
  private buckets = new Map<string, TokenBucket>();
  /** Clock in ms (monotonic); replaceable for tests. */
  clock: () => number = () => performance.now();

  constructor(opts?: boolean | ThrottleOptions) {
    if (opts !== undefined) this.configure(opts);
  }

  /** Enable/disable and/or override bucket sizes. Resets all buckets. */
  configure(opts: boolean | ThrottleOptions): void {
    if (typeof opts === 'boolean') {
      this.enabled = opts;
    } else {
      if (opts.enabled !== undefined) this.enabled = opts.enabled;
      else this.enabled = true;
      for (const k of Object.keys(AWS_BUCKETS) as BucketClass[]) {
        const o = opts[k];
        if (o) this.specs[k] = { ...this.specs[k], ...o };
      }
    }
    this.buckets.clear();
  }

  /** Restore AWS bucket sizes (keeps enabled flag). */
  resetSpecs(): void {
    this.specs = { ...AWS_BUCKETS };
    this.buckets.clear();
  }

  reset(): void {
    this.buckets.clear();
  }

  /** Take one token; false = throttled. Always true when disabled. */
  take(account: string, region: string, cls: BucketClass): boolean {
    if (!this.enabled) return true;
    const key = `${account}/${region}/${cls}`;
    const now = this.clock();
    let b = this.buckets.get(key);
    if (!b) {
      b = new TokenBucket(this.specs[cls], now);
      this.buckets.set(key, b);
    }
    return b.take(now);
  }

  snapshot(): { enabled: boolean; specs: Throttler['specs']; levels: Record<string, number> } {
    const now = this.clock();
    const levels: Record<string, number> = {};
    for (const [k, b] of this.buckets) {
      b.refill(now);
      levels[k] = Math.floor(b.tokens * 100) / 100;
    }
    return { enabled: this.enabled, specs: this.specs, levels };
  }
}
