import { TokenBucket, type Clock } from '@sluice/resilience';

/**
 * Per-tenant rate limit on documents (a batch of n costs n): one token bucket per tenant, made on
 * the tenant's first request. Answers 0 when the documents may pass, otherwise the milliseconds
 * until they could (the 429's Retry-After).
 */
export class TenantRateLimit {
  private readonly buckets = new Map<string, TokenBucket>();

  constructor(
    private readonly options: { ratePerSecond: number; burst: number },
    private readonly clock: Clock,
  ) {}

  tryTake(tenant: string, documents: number): number {
    let bucket = this.buckets.get(tenant);
    if (!bucket) {
      bucket = new TokenBucket(this.options, this.clock);
      this.buckets.set(tenant, bucket);
    }
    return bucket.tryTake(documents);
  }
}
