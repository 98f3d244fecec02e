import type { Kafka } from 'kafkajs';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { produceRequests, TransactionalOutput } from './transactional-output';

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

/** A kafkajs stand-in that records what each transactional producer did, in order. */
function fakeKafka(options: { failConnect?: (transactionalId: string) => boolean; holdSend?: Promise<void> } = {}) {
  const log: string[] = [];
  const kafka = {
    producer: ({ transactionalId }: { transactionalId: string }) => ({
      connect: () => {
        log.push(`init ${transactionalId}`);
        return options.failConnect?.(transactionalId) ? Promise.reject(new Error('coordinator unavailable')) : Promise.resolve();
      },
      disconnect: () => {
        log.push(`disconnect ${transactionalId}`);
        return Promise.resolve();
      },
      transaction: () => {
        let active = true;
        log.push(`begin ${transactionalId}`);
        return Promise.resolve({
          isActive: () => active,
          sendBatch: async () => {
            log.push(`send ${transactionalId}`);
            await options.holdSend;
          },
          sendOffsets: () => Promise.resolve(),
          commit: () => {
            if (!active) return Promise.reject(new Error('transaction already ended'));
            active = false;
            log.push(`commit ${transactionalId}`);
            return Promise.resolve();
          },
          abort: () => {
            if (!active) return Promise.reject(new Error('transaction already ended'));
            active = false;
            log.push(`abort ${transactionalId}`);
            return Promise.resolve();
          },
        });
      },
    }),
  } as unknown as Kafka;
  const output = new TransactionalOutput({ kafka, groupId: 'g', transactionTimeoutMs: 60_000, maxRequestBytes: 1_000_000, logger: pino({ level: 'silent' }) });
  return { output, log };
}

const one = new Map([['out', [{ key: 'k', value: Buffer.from('v') }]]]);

describe('TransactionalOutput.assign', () => {
  it('fences newly assigned partitions at once; their first batch still learns it is the first after fencing', async () => {
    const { output, log } = fakeKafka();
    await output.assign(new Map([['in', [0, 1]]]));
    expect(log).toEqual(['init g.in.0', 'init g.in.1']);
    expect(await output.acquire('in', 0)).toEqual({ fresh: true }); // re-read the committed offset after fencing
    expect(await output.acquire('in', 0)).toEqual({ fresh: false });
    await output.assign(new Map([['in', [0, 1, 2]]]));
    expect(log).toEqual(['init g.in.0', 'init g.in.1', 'init g.in.2']); // kept partitions are not fenced again
    expect(await output.acquire('in', 1)).toEqual({ fresh: true });
  });

  it('aborts the open transaction of a revoked partition before releasing its producer', async () => {
    let release: () => void = () => {};
    const { output, log } = fakeKafka({ holdSend: new Promise((resolve) => (release = resolve)) });
    await output.acquire('in', 0);
    const committing = output.commit('in', 0, one, '10');
    await new Promise((resolve) => setImmediate(resolve));
    await output.assign(new Map([['in', [1]]]));
    release();
    await expect(committing).rejects.toThrow('transaction already ended');
    expect(log.filter((line) => line.endsWith('g.in.0'))).toEqual(['init g.in.0', 'begin g.in.0', 'send g.in.0', 'abort g.in.0', 'disconnect g.in.0']);
  });

  it('leaves a partition whose eager fencing failed to its first batch, which fences it', async () => {
    let failing = true;
    const { output, log } = fakeKafka({ failConnect: () => failing });
    await output.assign(new Map([['in', [0]]]));
    failing = false;
    expect(await output.acquire('in', 0)).toEqual({ fresh: true });
    expect(log).toEqual(['init g.in.0', 'init g.in.0']);
  });

  it('commits without aborting when nothing is revoked', async () => {
    const { output, log } = fakeKafka();
    await output.acquire('in', 0);
    await output.commit('in', 0, one, '10');
    await output.close();
    expect(log).toEqual(['init g.in.0', 'begin g.in.0', 'send g.in.0', 'commit g.in.0', 'disconnect g.in.0']);
  });
});
