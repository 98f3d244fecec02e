import type { Kafka, Message } from 'kafkajs';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { ConsumerCommitOutput } from './consumer-commit-output';

function fakeKafka(calls: string[]) {
  const producer = {
    connect: () => Promise.resolve(calls.push('connect')),
    sendBatch: ({ topicMessages }: { topicMessages: { topic: string; messages: Message[] }[] }) =>
      Promise.resolve(calls.push(`send ${topicMessages.map((t) => `${t.topic}:${t.messages.length}`).join(',')}`)),
    disconnect: () => Promise.resolve(calls.push('disconnect')),
  };
  return { producer: (config: { idempotent?: boolean; transactionalId?: string }) => {
    calls.push(`producer idempotent=${config.idempotent} transactional=${config.transactionalId !== undefined}`);
    return producer;
  } } as unknown as Kafka;
}

describe('ConsumerCommitOutput (sink services)', () => {
  it('writes dead letters through an idempotent, non-transactional producer before committing the offset', async () => {
    const calls: string[] = [];
    const output = new ConsumerCommitOutput({
      kafka: fakeKafka(calls),
      commitOffsets: (offsets) => Promise.resolve(void calls.push(`commit ${JSON.stringify(offsets)}`)),
      maxRequestBytes: 1024,
      logger: pino({ level: 'silent' }),
    });
    expect(await output.acquire()).toEqual({ fresh: false });
    await output.commit('in.a', 2, new Map([['in.a.svc.dlq', [{ key: 'k', value: Buffer.from('x') }]]]), '42');
    await output.commit('in.b', 0, new Map(), '7');
    await output.close();
    expect(calls).toEqual([
      'producer idempotent=true transactional=false',
      'connect',
      'send in.a.svc.dlq:1',
      'commit [{"topic":"in.a","partition":2,"offset":"42"}]',
      'commit [{"topic":"in.b","partition":0,"offset":"7"}]',
      'disconnect',
    ]);
  });

  it('does not commit when the dead letter could not be written', async () => {
    const committed: unknown[] = [];
    const kafka = { producer: () => ({ connect: () => Promise.resolve(), sendBatch: () => Promise.reject(new Error('broker down')), disconnect: () => Promise.resolve() }) } as unknown as Kafka;
    const output = new ConsumerCommitOutput({ kafka, commitOffsets: (o) => Promise.resolve(void committed.push(o)), maxRequestBytes: 1024, logger: pino({ level: 'silent' }) });
    await expect(output.commit('in.a', 0, new Map([['in.a.svc.dlq', [{ key: 'k', value: null }]]]), '1')).rejects.toThrow('broker down');
    expect(committed).toEqual([]);
  });
});
