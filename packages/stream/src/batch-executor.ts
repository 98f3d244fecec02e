import { isDependencyFailure, toSluiceError, type SluiceError } from '@sluice/errors';
import { backoffDelayMs, type RetryOptions } from './retry-policy';

export interface RecordFailure<R> {
  record: R;
  error: SluiceError;
  attempts: number;
}

export interface Execution<R, O> {
  outputs: O[];
  failures: RecordFailure<R>[];
  /** Handler calls made, retries and bisection included. */
  calls: number;
  /**
   * Set when a dependency failure (`isDependencyFailure`: timeout, 5xx, 429, open breaker,
   * unreachable database) outlasted the retries: the records are not at fault, so none is failed
   * and `outputs`/`failures` are empty; the caller pauses and processes the batch again later.
   */
  outage?: SluiceError;
}

export interface ExecutorDeps<R, O> {
  /** One try of the handler (and output encoding) on `records`. */
  attempt: (records: readonly R[], attempt: number) => Promise<readonly O[]>;
  retry: RetryOptions;
  /** Waits between tries; rejects when the service stops, which abandons the batch. */
  wait: (ms: number) => Promise<void>;
  onRetry?: (error: SluiceError, attempt: number, delayMs: number, size: number) => void;
  /** Which exhausted failures are outages (pause) rather than the records' fault (dead letter). Default `isDependencyFailure`. */
  isOutage?: (error: SluiceError) => boolean;
  random?: () => number;
}

/**
 * Runs a batch to an outcome: every record either contributes outputs or becomes a failure bound
 * for the dead-letter topic. Retryable errors are retried with backoff up to `maxAttempts`; a batch
 * that still fails (at once for non-retryable errors) is bisected, so one poison record never takes
 * its neighbours to the dead-letter topic: O(log n) extra calls per poison record. A dependency
 * failure that outlasts the retries (at any level of the bisection) ends the run as an `outage`
 * instead: no record is blamed for a model or database that is down.
 */
export async function executeBatch<R, O>(records: readonly R[], deps: ExecutorDeps<R, O>): Promise<Execution<R, O>> {
  const execution: Execution<R, O> = { outputs: [], failures: [], calls: 0 };
  await run(records, deps, execution, deps.retry.maxAttempts, 0);
  if (execution.outage) return { outputs: [], failures: [], calls: execution.calls, outage: execution.outage };
  return execution;
}

// Halves of a bisected batch get one try each: the whole batch already spent its retries, and a
// dependency outage must not cost (2n - 1) x maxAttempts calls with backoff before it dead-letters.
async function run<R, O>(records: readonly R[], deps: ExecutorDeps<R, O>, into: Execution<R, O>, maxAttempts: number, spent: number): Promise<void> {
  if (records.length === 0) return;
  for (let attempt = 1; ; attempt++) {
    into.calls++;
    let error: SluiceError;
    try {
      into.outputs.push(...(await deps.attempt(records, spent + attempt)));
      return;
    } catch (caught) {
      error = toSluiceError(caught);
    }
    if (error.retryable && attempt < maxAttempts) {
      const delay = backoffDelayMs(attempt, deps.retry, error.retryAfterMs, deps.random);
      deps.onRetry?.(error, attempt, delay, records.length);
      await deps.wait(delay);
      continue;
    }
    if ((deps.isOutage ?? isDependencyFailure)(error)) {
      into.outage = error;
      return;
    }
    if (records.length > 1) {
      const middle = Math.ceil(records.length / 2);
      await run(records.slice(0, middle), deps, into, 1, spent + attempt);
      if (into.outage) return;
      await run(records.slice(middle), deps, into, 1, spent + attempt);
      return;
    }
    into.failures.push({ record: records[0]!, error, attempts: spent + attempt });
    return;
  }
}
