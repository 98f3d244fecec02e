import { describe, expect } from 'vitest';
import type { DocumentIngested } from '@sluice/contracts';
import { ensureTopics, physicalTopic, planTopics } from '@sluice/contracts';
import { kafkaTest as test, uniqueName } from '@sluice/testkit';
import { collectValues, sampleDocument } from './smoke-helpers';

const INGESTED = 'documents.ingested.v1';
const PROCESSED_LIKE = 'documents.ingested.v1'; // the output topic reuses the ingest schema under another prefix

describe('Kafka transactions with sendOffsets (consume-transform-produce)', () => {
  test('read_committed sees committed output only, never aborted output; offsets commit with it', async ({
    kafka,
    admin,
    prefix,
    serde,
  }) => {
    const outPrefix = `${prefix}out.`;
    await ensureTopics(admin, [...planTopics(prefix, [INGESTED]), ...planTopics(outPrefix, [PROCESSED_LIKE])]);
    await serde.prepare([INGESTED]);
    const input = physicalTopic(INGESTED, prefix);
    const output = physicalTopic(PROCESSED_LIKE, outPrefix);
    const groupId = uniqueName('eos');

    const producer = kafka.producer({ transactionalId: uniqueName('txn'), maxInFlightRequests: 1, idempotent: true });
    await producer.connect();
    const encode = async (ids: number[]) =>
      Promise.all(ids.map(async (i) => ({ key: `doc-${i}`, value: await serde.encode(INGESTED, sampleDocument(i)), partition: 0 })));

    // Aborted transaction: 5 records and an offset commit that must not take effect.
    const aborted = await producer.transaction();
    await aborted.send({ topic: output, messages: await encode([0, 1, 2, 3, 4]) });
    await aborted.sendOffsets({ consumerGroupId: groupId, topics: [{ topic: input, partitions: [{ partition: 0, offset: '5' }] }] });
    await aborted.abort();

    // Open transaction: written to the log but not yet committed.
    const committed = await producer.transaction();
    await committed.send({ topic: output, messages: await encode([10, 11, 12]) });
    await committed.sendOffsets({ consumerGroupId: groupId, topics: [{ topic: input, partitions: [{ partition: 0, offset: '3' }] }] });

    const uncommittedView = await collectValues<DocumentIngested>(kafka, output, serde, INGESTED, 8, {
      groupId: uniqueName('ru'),
      readUncommitted: true,
    });
    expect(uncommittedView.map((r) => r.key).sort()).toEqual(
      ['doc-0', 'doc-1', 'doc-2', 'doc-3', 'doc-4', 'doc-10', 'doc-11', 'doc-12'].sort(),
    );
    const beforeCommit = await collectValues<DocumentIngested>(kafka, output, serde, INGESTED, 0, {
      groupId: uniqueName('rc'),
      timeoutMs: 3_000,
    });
    expect(beforeCommit).toEqual([]);
    const offsetsBefore = await admin.fetchOffsets({ groupId, topics: [input] });
    expect(offsetsBefore[0]?.partitions.find((p) => p.partition === 0)?.offset).toBe('-1');

    await committed.commit();
    await producer.disconnect();

    const afterCommit = await collectValues<DocumentIngested>(kafka, output, serde, INGESTED, 3, { groupId: uniqueName('rc') });
    expect(afterCommit.map((r) => r.key).sort()).toEqual(['doc-10', 'doc-11', 'doc-12']);
    expect(afterCommit.map((r) => r.value)).toEqual([10, 11, 12].map(sampleDocument));
    const offsetsAfter = await admin.fetchOffsets({ groupId, topics: [input] });
    expect(offsetsAfter[0]?.partitions.find((p) => p.partition === 0)?.offset).toBe('3');
  });
});
