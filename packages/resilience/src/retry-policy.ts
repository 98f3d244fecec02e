import { SluiceError, toSluiceError } from '@sluice/errors';
import type { Clock } from './clock';

export interface RetryOptions {
  /** Attempts in total, the first included. */
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** A server asking for a longer wait than this is not waited for: the error goes up at once. */
  maxRetryAfterMs: number;
}

export const defaultRetryOptions = {
  maxAttempts: 4,
  baseDelayMs: 200,
  maxDelayMs: 10_000,
  maxRetryAfterMs: 30_000,
} satisfies RetryOptions;

export interface RetryDeps {
  clock: Clock;
  /** Uniform in [0, 1); injected so jitter is deterministic in tests. */
  random: () => number;
  onRetry?: (error: SluiceError, attempt: number, delayMs: number) => void;
}

/**
 * Exponential backoff with full jitter (AWS architecture blog, "Exponential Backoff and Jitter"):
 * delay = random(0, min(max, base · 2^attempt)). A server's Retry-After replaces the computed delay.
 */
export function backoffDelayMs(attempt: number, options: RetryOptions, random: () => number): number {
  const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** attempt);
  return Math.floor(random() * ceiling);
}

/**
 * Runs `attempt` until it succeeds, fails non-retryably, or attempts run out. CIRCUIT_OPEN is not
 * retried here: the breaker said no, and the router should try the next provider instead of waiting.
 */
export async function withRetries<T>(
  attempt: (attemptNumber: number) => Promise<T>,
  options: RetryOptions,
  deps: RetryDeps,
  signal?: AbortSignal,
): Promise<T> {
  for (let attemptNumber = 0; ; attemptNumber += 1) {
    try {
      return await attempt(attemptNumber);
    } catch (caught) {
      const error = toSluiceError(caught);
      const last = attemptNumber + 1 >= options.maxAttempts;
      if (!error.retryable || error.code === 'CIRCUIT_OPEN' || last || signal?.aborted) throw error;
      if (error.retryAfterMs !== undefined && error.retryAfterMs > options.maxRetryAfterMs) throw error;
      const delayMs = error.retryAfterMs ?? backoffDelayMs(attemptNumber, options, deps.random);
      deps.onRetry?.(error, attemptNumber + 1, delayMs);
      await deps.clock.sleep(delayMs, signal);
    }
  }
}
