import type { Clock } from './clock';

export interface TokenBucketOptions {
  /** Sustained rate: tokens added per second. */
  ratePerSecond: number;
  /** Bucket size: how many calls may go out at once after a quiet period. */
  burst: number;
}

/** Client-side rate limit per endpoint, so we slow down before the server answers 429. */
export class TokenBucket {
  private tokens: number;
  private refilledAt: number;

  constructor(
    private readonly options: TokenBucketOptions,
    private readonly clock: Clock,
  ) {
    this.tokens = options.burst;
    this.refilledAt = clock.now();
  }

  /** Takes `cost` tokens, sleeping (on the injected clock) until they are available. */
  async take(cost = 1, signal?: AbortSignal): Promise<void> {
    const needed = Math.min(cost, this.options.burst);
    for (;;) {
      this.refill();
      if (this.tokens >= needed) {
        this.tokens -= needed;
        return;
      }
      const waitMs = Math.ceil(((needed - this.tokens) / this.options.ratePerSecond) * 1000);
      await this.clock.sleep(waitMs, signal);
    }
  }

  /**
   * Takes `cost` tokens now if the bucket holds them and answers 0; otherwise takes nothing and
   * answers the milliseconds until it will (a server's 429 + Retry-After instead of a client's wait).
   */
  tryTake(cost = 1): number {
    const needed = Math.min(cost, this.options.burst);
    this.refill();
    if (this.tokens >= needed) {
      this.tokens -= needed;
      return 0;
    }
    return Math.ceil(((needed - this.tokens) / this.options.ratePerSecond) * 1000);
  }

  private refill(): void {
    const now = this.clock.now();
    const elapsedMs = now - this.refilledAt;
    if (elapsedMs <= 0) return;
    this.tokens = Math.min(this.options.burst, this.tokens + (elapsedMs / 1000) * this.options.ratePerSecond);
    this.refilledAt = now;
  }
}
