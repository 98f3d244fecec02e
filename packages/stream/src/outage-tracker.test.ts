import { describe, expect, it } from 'vitest';
import { SluiceError } from '@sluice/errors';
import { OutageTracker } from './outage-tracker';

describe('OutageTracker', () => {
  it('doubles the pause per outage pause up to the cap, honours Retry-After, and reports the outage once on recovery', () => {
    let clock = 1000;
    const tracker = new OutageTracker({ minMs: 100, maxMs: 1000 }, () => clock, () => 1);
    const down = new SluiceError('UNAVAILABLE', 'pg down');
    expect([1, 2, 3, 4, 5].map(() => tracker.pause('in', 0, down).pauseMs)).toEqual([100, 200, 400, 800, 1000]);
    expect(tracker.pause('in', 1, new SluiceError('RATE_LIMITED', '429', { retryAfterMs: 700 })).pauseMs).toBe(700);
    expect(tracker.active().map(({ topic, partition }) => `${topic}/${partition}`)).toEqual(['in/0', 'in/1']);
    clock = 6000;
    expect(tracker.recovered('in', 0)).toMatchObject({ code: 'UNAVAILABLE', pauses: 5, durationMs: 5000 });
    expect(tracker.recovered('in', 0)).toBeUndefined();
    expect(tracker.pause('in', 0, down).pauseMs).toBe(100);
  });
});
