import { toSluiceError, type SluiceError } from '@sluice/errors';
import { CircuitBreaker, type CircuitBreakerOptions, type CircuitState } from './circuit-breaker';
import type { Clock } from './clock';
import { ConcurrencyLimit } from './concurrency-limit';
import { withRetries, type RetryOptions } from './retry-policy';
import { TokenBucket, type TokenBucketOptions } from './token-bucket';
import { withTimeout } from './call-timeout';

export interface EndpointGuardOptions {
  timeoutMs: number;
  maxConcurrency: number;
  rateLimit: TokenBucketOptions | null;
  retry: RetryOptions;
  breaker: CircuitBreakerOptions;
}

export interface EndpointGuardDeps {
  clock: Clock;
  random: () => number;
  onBreakerState?: (endpoint: string, state: CircuitState) => void;
  onRetry?: (endpoint: string, error: SluiceError, attempt: number, delayMs: number) => void;
}

/** Which failures say "this endpoint is unwell" (and so count against its breaker). */
function countsAgainstEndpoint(error: SluiceError): boolean {
  return error.retryable && error.code !== 'CIRCUIT_OPEN';
}

/**
 * Everything that bounds calls to one endpoint, in the order a call meets it: retries around
 * (breaker → rate limit → concurrency slot → timeout → the request). One guard per endpoint, shared
 * by every task and model that uses it.
 */
export class EndpointGuard {
  readonly breaker: CircuitBreaker;
  private readonly limit: ConcurrencyLimit;
  private readonly bucket: TokenBucket | null;

  constructor(
    readonly name: string,
    private readonly options: EndpointGuardOptions,
    private readonly deps: EndpointGuardDeps,
  ) {
    this.breaker = new CircuitBreaker(name, options.breaker, deps.clock, (state) => deps.onBreakerState?.(name, state));
    this.limit = new ConcurrencyLimit(options.maxConcurrency);
    this.bucket = options.rateLimit ? new TokenBucket(options.rateLimit, deps.clock) : null;
  }

  call<T>(request: (signal: AbortSignal) => Promise<T>, signal?: AbortSignal): Promise<T> {
    return withRetries(
      () => this.attempt(request, signal),
      this.options.retry,
      {
        clock: this.deps.clock,
        random: this.deps.random,
        onRetry: (error, attempt, delayMs) => this.deps.onRetry?.(this.name, error, attempt, delayMs),
      },
      signal,
    );
  }

  private async attempt<T>(request: (signal: AbortSignal) => Promise<T>, signal?: AbortSignal): Promise<T> {
    this.breaker.acquire();
    try {
      await this.bucket?.take(1, signal);
      const result = await this.limit.run(() => withTimeout(request, this.options.timeoutMs, signal, this.name), signal);
      this.breaker.onSuccess();
      return result;
    } catch (caught) {
      const error = toSluiceError(caught);
      if (signal?.aborted) this.breaker.onAbandoned();
      else if (countsAgainstEndpoint(error)) this.breaker.onFailure();
      else this.breaker.onSuccess();
      throw error;
    }
  }
}
