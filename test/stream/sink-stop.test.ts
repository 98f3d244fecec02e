import { describe, expect } from 'vitest';
import { deadLetterTopic, ensureTopics, physicalTopic, planTopics, type DocumentIngested } from '@sluice/contracts';
import { kafkaTest as test, uniqueName } from '@sluice/testkit';
import { deadLetterHeaders, defineService } from '@sluice/stream';
import { INGESTED } from './fixtures/extract-service';
import { runInProcess } from './in-process';
import { committedTotal, document, readCommitted } from './stream-helpers';

describe('a sink service stopped while a batch is in its handler', () => {
  test('the batch finishes and commits before the consumer leaves: its dead letter is written once and nothing comes again', async ({ kafka, admin, prefix, serde }) => {
    await ensureTopics(admin, planTopics(prefix, [INGESTED]));
    await serde.prepare([INGESTED]);
    const topic = physicalTopic(INGESTED, prefix);
    const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    await producer.connect();
    const good = await Promise.all(Array.from({ length: 4 }, async (_, i) => ({ key: `doc-${i}`, value: await serde.encode(INGESTED, document(i)), partition: 0 })));
    // One fetch, one micro-batch: the poison record's dead letter and the good records' offsets go out together.
    await producer.send({ topic, messages: [...good.slice(0, 2), { key: 'garbage', value: Buffer.from('not avro'), partition: 0 }, ...good.slice(2)] });
    await producer.disconnect();

    // The handler takes its time and does not listen to the stop signal (a model call in flight).
    const handled: string[] = [];
    let entered: () => void = () => {};
    const inHandler = new Promise<void>((resolve) => (entered = resolve));
    let release: () => void = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    const sink = (name: string) =>
      defineService<DocumentIngested, never>({
        name,
        input: INGESTED,
        outputs: [],
        handler: async (records) => {
          entered();
          await released;
          handled.push(...records.map((record) => String(record.key)));
          return [];
        },
      });
    const service = await runInProcess(sink('test-sink-stop'), kafka, serde, { batching: { minRecords: 5, maxRecords: 5 } });
    await inHandler;
    const stopping = service.stop();
    release();
    await stopping;

    expect(handled.sort()).toEqual(['doc-0', 'doc-1', 'doc-2', 'doc-3']);
    expect(await committedTotal(admin, service.groupId, topic)).toBe(5);
    const letters = await readCommitted(kafka, admin, deadLetterTopic(topic, 'test-sink-stop'), uniqueName('dlq'));
    expect(letters.map((r) => [r.key, r.headers[deadLetterHeaders.errorCode]?.toString(), r.headers[deadLetterHeaders.sourceOffset]?.toString()])).toEqual([['garbage', 'DECODE_FAILED', '2']]);
  });
});
