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

  it('bounds the messages of one request (kafkajs groups them in quadratic time)', () => {
    const messages = new Map([['a', Array.from({ length: 1200 }, (_, i) => ({ key: `k${i}`, value: Buffer.alloc(1) }))]]);
    const requests = produceRequests(messages, 1_000_000, 500);
    expect(requests.map((r) => r[0]!.messages.length)).toEqual([500, 500, 200]);
    expect(requests.flatMap((r) => r[0]!.messages.map((m) => String(m.key)))).toEqual(messages.get('a')!.map((m) => m.key));
  });

  it('sends nothing for no messages', () => {
    expect(produceRequests(new Map(), 100)).toEqual([]);
  });
});
