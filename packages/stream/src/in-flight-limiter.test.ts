import { describe, expect, it } from 'vitest';
import { InFlightLimiter } from './in-flight-limiter';

describe('InFlightLimiter', () => {
  it('refuses beyond the record or byte bound and wakes waiters on release', () => {
    const limiter = new InFlightLimiter({ maxRecords: 10, maxBytes: 100 });
    expect(limiter.tryAcquire(6, 10)).toBe(true);
    expect(limiter.tryAcquire(6, 10)).toBe(false);
    expect(limiter.tryAcquire(2, 95)).toBe(false);
    let woken = 0;
    limiter.onRelease(() => woken++);
    limiter.release(6, 10);
    expect(woken).toBe(1);
    expect(limiter.inFlight).toEqual({ records: 0, bytes: 0 });
  });

  it('always admits one batch when idle, so an oversized batch still progresses', () => {
    const limiter = new InFlightLimiter({ maxRecords: 10, maxBytes: 100 });
    expect(limiter.tryAcquire(50, 5000)).toBe(true);
    expect(limiter.tryAcquire(1, 1)).toBe(false);
  });
});
