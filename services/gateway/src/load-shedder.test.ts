import { describe, expect, it } from 'vitest';
import { LoadShedder } from './load-shedder';

describe('LoadShedder', () => {
  it('accepts within the budget and sheds past it, with Retry-After from the drain rate', () => {
    const shedder = new LoadShedder({ budgetRecords: 100, retryAfterMaxS: 60, smoothing: 1 });
    shedder.observe({ lag: 100, consumed: 0, at: 0 });
    expect(shedder.decide()).toEqual({ shed: false });
    // 1,000 behind, committed offsets grew by 200 in 2 s: 100 records/s, 900 over budget → 9 s.
    shedder.observe({ lag: 1000, consumed: 200, at: 2000 });
    expect(shedder.decide()).toEqual({ shed: true, retryAfterS: 9, lag: 1000, drainRatePerS: 100 });
  });

  it('tells a stalled pipeline (no drain) the maximum, and never less than a second', () => {
    const shedder = new LoadShedder({ budgetRecords: 10, retryAfterMaxS: 30 });
    shedder.observe({ lag: 500, consumed: 40, at: 0 });
    shedder.observe({ lag: 900, consumed: 40, at: 1000 });
    expect(shedder.decide()).toMatchObject({ shed: true, retryAfterS: 30 });
    const fast = new LoadShedder({ budgetRecords: 10, retryAfterMaxS: 30, smoothing: 1 });
    fast.observe({ lag: 11, consumed: 0, at: 0 });
    fast.observe({ lag: 11, consumed: 10_000, at: 1000 });
    expect(fast.decide()).toMatchObject({ shed: true, retryAfterS: 1 });
  });

  it('recovers by itself once a sample is back within the budget', () => {
    const shedder = new LoadShedder({ budgetRecords: 50, retryAfterMaxS: 30 });
    shedder.observe({ lag: 80, consumed: 0, at: 0 });
    expect(shedder.decide().shed).toBe(true);
    shedder.observe({ lag: 20, consumed: 60, at: 1000 });
    expect(shedder.decide()).toEqual({ shed: false });
  });

  it('smooths the drain rate over samples', () => {
    const shedder = new LoadShedder({ budgetRecords: 0, retryAfterMaxS: 600, smoothing: 0.5 });
    shedder.observe({ lag: 1, consumed: 0, at: 0 });
    shedder.observe({ lag: 1, consumed: 100, at: 1000 }); // first reading taken as is: 100/s
    shedder.observe({ lag: 1, consumed: 100, at: 2000 }); // 0/s → 50/s
    expect(shedder.drainRatePerS).toBe(50);
  });
});
