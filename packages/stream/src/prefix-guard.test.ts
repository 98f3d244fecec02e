import { Kafka, logLevel, type Producer, type Transaction } from 'kafkajs';
import { describe, expect, it, vi } from 'vitest';
import { isSluiceError, type SluiceError } from '@sluice/errors';
import { guardProducer, prefixGuardedKafka } from './prefix-guard';

// Nothing listens there: a call the guard lets through fails on the network, one it refuses never gets that far.
const kafka = new Kafka({ clientId: 'guard-test', brokers: ['127.0.0.1:1'], logLevel: logLevel.NOTHING, retry: { retries: 0 } });

/** A transaction and producer that record what reached them. */
function recordingProducer() {
  const reached: string[] = [];
  const sendBatch = (batch: { topicMessages?: { topic: string }[] }) => (reached.push(`batch ${batch.topicMessages?.map((t) => t.topic).join(',')}`), Promise.resolve([]));
  const transaction = {
    send: (record: { topic: string }) => (reached.push(`send ${record.topic}`), Promise.resolve([])),
    sendBatch,
    sendOffsets: (offsets: { consumerGroupId: string }) => (reached.push(`offsets ${offsets.consumerGroupId}`), Promise.resolve()),
    commit: () => Promise.resolve(),
    abort: () => Promise.resolve(),
    isActive: () => true,
  } as unknown as Transaction;
  const producer = {
    send: (record: { topic: string }) => (reached.push(`send ${record.topic}`), Promise.resolve([])),
    sendBatch,
    transaction: () => Promise.resolve(transaction),
  } as unknown as Producer;
  return { producer, reached };
}

describe('prefix guard', () => {
  it('refuses to produce to a topic outside the prefix, naming topic and prefix, before any network call', async () => {
    const violations: SluiceError[] = [];
    const guarded = prefixGuardedKafka(kafka, 'shadow.cand.', { onViolation: (error) => violations.push(error) });
    const producer = guarded.producer();
    const refused = await producer.send({ topic: 'documents.processed.v1', messages: [{ key: 'd1', value: 'x' }] }).catch((error: unknown) => error);
    expect(isSluiceError(refused)).toBe(true);
    expect(refused).toMatchObject({ code: 'CONFIG', retryable: false, details: { topic: 'documents.processed.v1', prefix: 'shadow.cand.' } });
    expect((refused as Error).message).toMatch(/refused to produce to topic "documents.processed.v1".*prefix "shadow.cand."/);
    expect(violations).toHaveLength(1);

    // Inside the prefix the guard lets the call through: it then fails as an unconnected producer does.
    const passed = await producer.send({ topic: 'shadow.cand.documents.processed.v1', messages: [{ key: 'd1', value: 'x' }] }).catch((error: unknown) => error);
    expect(isSluiceError(passed)).toBe(false);
    expect(violations).toHaveLength(1);
  });

  it('checks every topic of a batch, and transactional sends and offsets, letting nothing through', async () => {
    const { producer, reached } = recordingProducer();
    const onViolation = vi.fn();
    const guarded = guardProducer(producer, 'shadow.cand.', { onViolation });
    await expect(
      guarded.sendBatch({ topicMessages: [{ topic: 'shadow.cand.a', messages: [] }, { topic: 'audit.events.v1', messages: [] }] }),
    ).rejects.toThrow(/"audit.events.v1"/);
    const transaction = await guarded.transaction();
    await expect(transaction.send({ topic: 'documents.extracted.v1', messages: [] })).rejects.toThrow(/refused to produce/);
    await expect(transaction.sendOffsets({ consumerGroupId: 'extractor', topics: [] })).rejects.toThrow(/refused to use consumer group "extractor"/);
    expect(reached).toEqual([]);
    expect(onViolation).toHaveBeenCalledTimes(3);

    await transaction.sendBatch({ topicMessages: [{ topic: 'shadow.cand.documents.extracted.v1', messages: [] }] });
    await transaction.sendOffsets({ consumerGroupId: 'shadow.cand.extractor', topics: [] });
    await guarded.send({ topic: 'shadow.cand.x', messages: [] });
    expect(reached).toEqual(['batch shadow.cand.documents.extracted.v1', 'offsets shadow.cand.extractor', 'send shadow.cand.x']);
  });

  it('refuses a consumer group outside the prefix', () => {
    const guarded = prefixGuardedKafka(kafka, 'shadow.cand.');
    expect(() => guarded.consumer({ groupId: 'validator' })).toThrow(/consumer group "validator"/);
    expect(guarded.consumer({ groupId: 'shadow.cand.validator' })).toBeDefined();
  });

  it('leaves an unprefixed process (production) as it is', () => {
    expect(prefixGuardedKafka(kafka, '')).toBe(kafka);
    const { producer } = recordingProducer();
    expect(guardProducer(producer, '')).toBe(producer);
  });
});
