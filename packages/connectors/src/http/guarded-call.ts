import type { SluiceError } from '@sluice/errors';
import { EndpointGuard, type CircuitBreaker, type CircuitBreakerOptions, type CircuitState, type Clock, type RetryOptions } from '@sluice/resilience';

/** Attempts, backoff and the longest Retry-After waited out: @sluice/resilience's RetryOptions. */
export type RetryBudget = RetryOptions;

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

/**
 * Bounds every call to one dependency: retries (exponential backoff with full jitter, Retry-After
 * honoured up to a bound) around breaker → per-attempt timeout → request. It is the resilience
 * package's EndpointGuard without the rate and concurrency limits, which a connector's single
 * dependency has not needed: the callers' batches already bound how many calls go out.
 */
export class GuardedCall {
  private readonly guard: EndpointGuard;

  constructor(
    readonly name: string,
    options: GuardedCallOptions,
    deps: GuardedCallDeps,
  ) {
    this.guard = new EndpointGuard(
      name,
      { ...options, maxConcurrency: Number.POSITIVE_INFINITY, rateLimit: null },
      {
        clock: deps.clock,
        random: deps.random,
        onBreakerState: (_endpoint, state) => deps.onBreakerState?.(state),
        onRetry: (_endpoint, error, attempt, delayMs) => deps.onRetry?.(error, attempt, delayMs),
      },
    );
  }

  get breaker(): CircuitBreaker {
    return this.guard.breaker;
  }

  run<T>(request: (signal: AbortSignal) => Promise<T>, signal?: AbortSignal): Promise<T> {
    return this.guard.call(request, signal);
  }
}
