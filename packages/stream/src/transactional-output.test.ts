import { describe, expect, it } from 'vitest';
import { produceRequests } from './transactional-output';

describe('produceRequests', () => {
  it('keeps every request under the byte bound, in order, across topics', () => {
    const messages = new Map([
      ['a', [1, 2, 3].map((i) => ({ key: `k${i}`, value: Buffer.alloc(40) }))],
      ['b', [4].map((i) => ({ key: `k${i}`, value: Buffer.alloc(40) }))],
    ]);
    const requests = produceRequests(messages, 100);
    expect(requests.map((r) => r.map((t) => `${t.topic}:${t.messages.map((m) => String(m.key)).join(',')}`))).toEqual([
      ['a:k1,k2'],
      ['a:k3', 'b:k4'],
    ]);
  });

  it('sends nothing for no messages', () => {
    expect(produceRequests(new Map(), 100)).toEqual([]);
  });
});
