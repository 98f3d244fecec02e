import { SluiceError, toSluiceError } from '@sluice/errors';
import { CircuitBreaker, type CircuitBreakerOptions, type CircuitState, type Clock } from '@sluice/models';

export interface RetryBudget {
  /** Attempts in total, the first included. */
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** A Retry-After longer than this is not waited out here: the error goes up, carrying it. */
  maxRetryAfterMs: number;
}

export interface GuardedCallOptions {
  /** Per attempt, connect to last body byte. */
  timeoutMs: number;
  retry: RetryBudget;
  breaker: CircuitBreakerOptions;
}

export interface GuardedCallDeps {
  clock: Clock;
  /** Uniform in [0, 1); injected so jitter is deterministic in tests. */
  random: () => number;
  onBreakerState?: (state: CircuitState) => void;
  onRetry?: (error: SluiceError, attempt: number, delayMs: number) => void;
}

/** Failures that say "the dependency is unwell" and so count against its breaker. */
function countsAgainstDependency(error: SluiceError): boolean {
  return error.retryable && error.code !== 'CIRCUIT_OPEN';
}

/**
 * Bounds every call to one dependency: retries (exponential backoff with full jitter, Retry-After
 * honoured up to a bound) around breaker → per-attempt timeout → request. The breaker is the models
 * package's (one breaker implementation in the tree); the loop mirrors its EndpointGuard, which
 * @sluice/models does not export.
 */
export class GuardedCall {
  readonly breaker: CircuitBreaker;

  constructor(
    readonly name: string,
    private readonly options: GuardedCallOptions,
    private readonly deps: GuardedCallDeps,
  ) {
    this.breaker = new CircuitBreaker(name, options.breaker, deps.clock, (state) =>
      deps.onBreakerState?.(state),
    );
  }

  async run<T>(request: (signal: AbortSignal) => Promise<T>, signal?: AbortSignal): Promise<T> {
    const { retry } = this.options;
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await this.attempt(request, signal);
      } catch (caught) {
        const error = toSluiceError(caught);
        const waitMs = error.retryAfterMs ?? this.backoffMs(attempt);
        const giveUp =
          !error.retryable ||
          error.code === 'CIRCUIT_OPEN' ||
          attempt >= retry.maxAttempts ||
          signal?.aborted === true ||
          (error.retryAfterMs !== undefined && error.retryAfterMs > retry.maxRetryAfterMs);
        if (giveUp) throw error;
        this.deps.onRetry?.(error, attempt, waitMs);
        await this.deps.clock.sleep(waitMs, signal);
      }
    }
  }

  /** Full jitter (AWS architecture blog, "Exponential Backoff and Jitter"): random(0, min(max, base·2^n)). */
  private backoffMs(attempt: number): number {
    const { baseDelayMs, maxDelayMs } = this.options.retry;
    return Math.floor(this.deps.random() * Math.min(maxDelayMs, baseDelayMs * 2 ** (attempt - 1)));
  }

  private async attempt<T>(request: (signal: AbortSignal) => Promise<T>, signal?: AbortSignal): Promise<T> {
    this.breaker.acquire();
    const timeout = AbortSignal.timeout(this.options.timeoutMs);
    const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
    try {
      const result = await request(combined);
      this.breaker.onSuccess();
      return result;
    } catch (caught) {
      // fetch rejects with its own AbortError/TimeoutError; say which deadline passed instead.
      const error =
        timeout.aborted && signal?.aborted !== true
          ? new SluiceError('TIMEOUT', `${this.name}: no answer within ${this.options.timeoutMs} ms`, {
              cause: caught,
              details: { dependency: this.name, timeoutMs: this.options.timeoutMs },
            })
          : toSluiceError(caught);
      if (signal?.aborted) this.breaker.onAbandoned();
      else if (countsAgainstDependency(error)) this.breaker.onFailure();
      else this.breaker.onSuccess();
      throw error;
    }
  }
}
