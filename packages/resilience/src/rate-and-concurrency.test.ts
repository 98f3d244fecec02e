import { describe, expect, it } from 'vitest';
import { manualClock } from '@sluice/testkit/manual-clock';
import { ConcurrencyLimit } from './concurrency-limit';
import { TokenBucket } from './token-bucket';

describe('TokenBucket', () => {
  it('lets a burst through, then paces calls at the sustained rate', async () => {
    const clock = manualClock();
    const bucket = new TokenBucket({ ratePerSecond: 10, burst: 3 }, clock);
    for (let i = 0; i < 3; i += 1) await bucket.take();
    expect(clock.sleeps).toEqual([]);
    await bucket.take();
    await bucket.take();
    expect(clock.sleeps).toEqual([100, 100]);
  });

  it('tryTake takes nothing when short and says how long until it could', () => {
    const clock = manualClock();
    const bucket = new TokenBucket({ ratePerSecond: 10, burst: 5 }, clock);
    expect(bucket.tryTake(5)).toBe(0);
    expect(bucket.tryTake(2)).toBe(200);
    clock.advance(100);
    expect(bucket.tryTake(2)).toBe(100); // the refused try took nothing: one token came back
    clock.advance(100);
    expect(bucket.tryTake(2)).toBe(0);
    expect(clock.sleeps).toEqual([]);
  });
});

describe('ConcurrencyLimit', () => {
  it('never runs more than its limit at once and serves waiters in order', async () => {
    const limit = new ConcurrencyLimit(2);
    let running = 0;
    let peak = 0;
    const order: number[] = [];
    const task = (id: number) => async () => {
      running += 1;
      peak = Math.max(peak, running);
      await new Promise((resolve) => setImmediate(resolve));
      order.push(id);
      running -= 1;
    };
    await Promise.all([1, 2, 3, 4, 5].map((id) => limit.run(task(id))));
    expect(peak).toBe(2);
    expect(order).toEqual([1, 2, 3, 4, 5]);
  });

  it('drops an aborted waiter without taking a slot', async () => {
    const limit = new ConcurrencyLimit(1);
    let release!: () => void;
    const first = limit.run(() => new Promise<void>((resolve) => (release = resolve)));
    const controller = new AbortController();
    const second = limit.run(() => Promise.resolve('never'), controller.signal);
    controller.abort(new Error('gone'));
    await expect(second).rejects.toThrow('gone');
    expect(limit.queued).toBe(0);
    release();
    await first;
    expect(limit.inFlight).toBe(0);
  });
});
