import { describe, expect, it } from 'vitest';
import { SluiceError } from '@sluice/errors';
import { executeBatch } from './batch-executor';

const retry = { maxAttempts: 3, baseDelayMs: 10, maxDelayMs: 100 };
const noWait = () => Promise.resolve();

describe('executeBatch', () => {
  it('bisects around a non-retryable record: neighbours succeed, only the poison fails', async () => {
    const calls: number[][] = [];
    const records = Array.from({ length: 16 }, (_, i) => i);
    const result = await executeBatch(records, {
      retry,
      wait: noWait,
      attempt: (subset) => {
        calls.push([...subset]);
        if (subset.includes(11)) return Promise.reject(new SluiceError('REJECTED', 'no 11'));
        return Promise.resolve(subset.map((n) => n * 10));
      },
    });
    expect(result.outputs.sort((a, b) => a - b)).toEqual(records.filter((n) => n !== 11).map((n) => n * 10));
    expect(result.failures).toEqual([{ record: 11, error: expect.objectContaining({ code: 'REJECTED' }) as unknown, attempts: 5 }]);
    // log2(16) levels: 1 + 2 per level, far fewer than one call per record.
    expect(calls.length).toBe(9);
  });

  it('retries a retryable failure with backoff, then succeeds once', async () => {
    const waits: number[] = [];
    let calls = 0;
    const result = await executeBatch([1, 2], {
      retry,
      wait: (ms) => {
        waits.push(ms);
        return Promise.resolve();
      },
      random: () => 1,
      attempt: (subset) => (++calls <= 2 ? Promise.reject(new SluiceError('UNAVAILABLE', 'down')) : Promise.resolve([...subset])),
    });
    expect(result).toEqual({ outputs: [1, 2], failures: [], calls: 3 });
    expect(waits).toEqual([10, 20]);
  });

  it('dead-letters a record whose retryable failure outlasts the retries, with the attempts it took', async () => {
    const result = await executeBatch(['x'], { retry, wait: noWait, attempt: () => Promise.reject(new Error('boom')) });
    expect(result.failures).toHaveLength(1);
    expect(result.failures[0]).toMatchObject({ record: 'x', attempts: 3, error: { code: 'INTERNAL' } });
  });

  it('abandons the batch when waiting is interrupted (shutdown)', async () => {
    await expect(
      executeBatch([1], { retry, wait: () => Promise.reject(new Error('stopping')), attempt: () => Promise.reject(new SluiceError('TIMEOUT', 'slow')) }),
    ).rejects.toThrow('stopping');
  });

  it('an outage outlasting the retries blames no record: no bisection, no failures, the batch is handed back', async () => {
    let calls = 0;
    const result = await executeBatch([1, 2, 3, 4], {
      retry,
      wait: noWait,
      attempt: () => {
        calls++;
        return Promise.reject(new SluiceError('RATE_LIMITED', '429', { retryAfterMs: 50 }));
      },
    });
    expect(result.outputs).toEqual([]);
    expect(result.failures).toEqual([]);
    expect(result.outage).toMatchObject({ code: 'RATE_LIMITED', retryAfterMs: 50 });
    expect(calls).toBe(retry.maxAttempts);
  });

  it('an outage that starts while bisecting around a poison record drops the partial outcome', async () => {
    let down = false;
    const result = await executeBatch([1, 2, 3, 4], {
      retry,
      wait: noWait,
      attempt: (subset) => {
        if (down) return Promise.reject(new SluiceError('CIRCUIT_OPEN', 'model breaker open'));
        if (subset.includes(1)) {
          down = subset.length === 1;
          return Promise.reject(new SluiceError('REJECTED', 'no 1'));
        }
        return Promise.resolve([...subset]);
      },
    });
    // 1 was bisected down and failed; then the model went down for 2: nothing of the run is kept.
    expect(result).toMatchObject({ outputs: [], failures: [], outage: { code: 'CIRCUIT_OPEN' } });
  });
});
