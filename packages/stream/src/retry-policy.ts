/** Exponential backoff with full jitter (AWS architecture blog, "Exponential Backoff And Jitter"). */
export interface RetryOptions {
  /** Tries per batch (first try included) before a retryable failure counts as final. */
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export const defaultRetryOptions = { maxAttempts: 4, baseDelayMs: 200, maxDelayMs: 10_000 } satisfies RetryOptions;

/**
 * Delay before try `attempt + 1`: uniform in [cap/2, cap] with cap = base * 2^(attempt-1), bounded
 * by `maxDelayMs`, and never shorter than what the dependency asked for (Retry-After).
 */
export function backoffDelayMs(attempt: number, options: RetryOptions, retryAfterMs = 0, random: () => number = Math.random): number {
  const cap = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** Math.max(0, attempt - 1));
  const jittered = cap / 2 + random() * (cap / 2);
  return Math.max(Math.round(jittered), Math.min(retryAfterMs, options.maxDelayMs));
}
