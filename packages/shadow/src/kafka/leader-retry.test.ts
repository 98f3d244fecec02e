import { describe, expect, it } from 'vitest';
import { withLeaderRetry } from './leader-retry';

describe('withLeaderRetry', () => {
  it('tries a retriable failure again until it answers', async () => {
    let calls = 0;
    const answer = await withLeaderRetry(() => {
      calls += 1;
      if (calls < 3) return Promise.reject(Object.assign(new Error('This server is not the leader for that topic-partition'), { retriable: true }));
      return Promise.resolve('offsets');
    });
    expect([answer, calls]).toEqual(['offsets', 3]);
  });

  it('passes any other failure at once, and a retriable one after the last attempt', async () => {
    let calls = 0;
    await expect(withLeaderRetry(() => Promise.reject(Object.assign(new Error('unknown topic'), { retriable: false, calls: ++calls })))).rejects.toThrow('unknown topic');
    expect(calls).toBe(1);
    let tries = 0;
    await expect(withLeaderRetry(() => Promise.reject(Object.assign(new Error(`leader ${++tries}`), { retriable: true })), 2)).rejects.toThrow('leader 2');
  });
});
