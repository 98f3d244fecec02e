import { describe, expect, it } from 'vitest';
import { SluiceError } from '@sluice/errors';
import { manualClock } from '@sluice/testkit/manual-clock';
import { parseRetryAfter } from './retry-after';
import { backoffDelayMs, withRetries } from './retry-policy';

const options = { maxAttempts: 4, baseDelayMs: 100, maxDelayMs: 1_000, maxRetryAfterMs: 5_000 };

function failing(errors: SluiceError[]) {
  let calls = 0;
  return {
    get calls() {
      return calls;
    },
    run: () => {
      const error = errors[calls];
      calls += 1;
      return error ? Promise.reject(error) : Promise.resolve('ok');
    },
  };
}

describe('withRetries', () => {
  it('retries retryable failures with full-jitter exponential backoff, bounded by maxDelayMs', async () => {
    const clock = manualClock();
    const target = failing([new SluiceError('UNAVAILABLE', 'a'), new SluiceError('TIMEOUT', 'b'), new SluiceError('UNAVAILABLE', 'c')]);
    await expect(withRetries(target.run, options, { clock, random: () => 0.5 })).resolves.toBe('ok');
    expect(target.calls).toBe(4);
    expect(clock.sleeps).toEqual([50, 100, 200]);
    expect(backoffDelayMs(10, options, () => 0.999)).toBeLessThan(1_000);
  });

  it('waits what Retry-After asked instead of the computed delay', async () => {
    const clock = manualClock();
    const target = failing([new SluiceError('RATE_LIMITED', '429', { retryAfterMs: 2_000 })]);
    await withRetries(target.run, options, { clock, random: () => 0.5 });
    expect(clock.sleeps).toEqual([2_000]);
  });

  it('gives up at once on non-retryable errors, open circuits and too-long Retry-After', async () => {
    for (const error of [
      new SluiceError('INVALID_INPUT', '400'),
      new SluiceError('CIRCUIT_OPEN', 'open'),
      new SluiceError('RATE_LIMITED', '429', { retryAfterMs: 60_000 }),
    ]) {
      const target = failing([error]);
      await expect(withRetries(target.run, options, { clock: manualClock(), random: () => 0 })).rejects.toBe(error);
      expect(target.calls).toBe(1);
    }
  });

  it('stops after maxAttempts and throws the last error', async () => {
    const errors = Array.from({ length: 10 }, (_, i) => new SluiceError('UNAVAILABLE', `e${i}`));
    const target = failing(errors);
    await expect(withRetries(target.run, options, { clock: manualClock(), random: () => 0 })).rejects.toBe(errors[3]);
    expect(target.calls).toBe(4);
  });
});

describe('parseRetryAfter', () => {
  it('reads delta-seconds and HTTP dates', () => {
    const now = Date.parse('2025-01-01T00:00:00Z');
    expect(parseRetryAfter('2', now)).toBe(2_000);
    expect(parseRetryAfter('Wed, 01 Jan 2025 00:00:05 GMT', now)).toBe(5_000);
    expect(parseRetryAfter('Tue, 31 Dec 2024 23:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });
});
