import type { Kafka, ProducerConfig } from 'kafkajs';
import pg from 'pg';
import { describe, expect } from 'vitest';
import { deadLetterTopic, ensureTopics, physicalTopic, planTopics, type DocumentExtracted, type DocumentIngested } from '@sluice/contracts';
import { integrationStack, kafkaTest as test, uniqueName } from '@sluice/testkit';
import { applyOnce, deadLetterHeaders, defineService, ensureEffectLedger, type Handler } from '@sluice/stream';
import { EXTRACTED, INGESTED, extracted } from './fixtures/extract-service';
import { runInProcess } from './in-process';
import { committedTotal, document, produceDocuments, readCommitted, until } from './stream-helpers';

type Value = DocumentIngested | DocumentExtracted;

describe('a sink service (no outputs, effect in PostgreSQL)', () => {
  test('every record once in the DB across a restart mid-stream; a poison record lands in its input DLQ', async ({ kafka, admin, prefix, serde }) => {
    await ensureTopics(admin, planTopics(prefix, [INGESTED, EXTRACTED]));
    await serde.prepare([INGESTED, EXTRACTED]);
    const [ingested, extractedTopic] = [physicalTopic(INGESTED, prefix), physicalTopic(EXTRACTED, prefix)];
    await produceDocuments(kafka, serde, 0, 120);
    const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    await producer.connect();
    const good = await Promise.all(Array.from({ length: 40 }, async (_, i) => ({ key: `doc-${i}`, value: await serde.encode(EXTRACTED, extracted(document(i))), partition: 0 })));
    await producer.send({ topic: extractedTopic, messages: [...good.slice(0, 20), { key: 'garbage', value: Buffer.from('not avro'), partition: 0 }, ...good.slice(20)] });
    await producer.disconnect();

    const pool = new pg.Pool({ connectionString: integrationStack().databaseUrl, max: 4 });
    const table = uniqueName('sink').replace(/-/g, '_');
    const scope = uniqueName('sink-scope');
    await ensureEffectLedger(pool);
    await pool.query(`CREATE TABLE ${table} (event_id text NOT NULL)`);
    // The idempotent effect: one row per (topic, document), keyed like an auditor's event id.
    let skipped = 0;
    const effect: Handler<Value, never> = async (records) => {
      for (const r of records) {
        const id = `${r.topic}/${r.key}`;
        const outcome = await applyOnce(pool, scope, id, (client) => client.query(`INSERT INTO ${table} VALUES ($1)`, [id]));
        if (!outcome.applied) skipped++;
      }
      return [];
    };
    const sink = (handler: Handler<Value, never>) => defineService<Value, never>({ name: 'test-sink', input: [INGESTED, EXTRACTED], outputs: [], handler });
    const options = { batching: { minRecords: 5, maxRecords: 5 } };
    const producerConfigs: ProducerConfig[] = [];

    try {
      // First instance: the batch holding doc-60 applies its effects, then hangs until stop()
      // abandons it uncommitted, as a crash would: its records come again after the restart.
      let hung: () => void = () => {};
      const hanging = new Promise<void>((resolve) => (hung = resolve));
      const first = await runInProcess(
        sink(async (records, context) => {
          await effect(records, context);
          if (records.some((r) => r.topic === INGESTED && r.key === 'doc-60')) {
            hung();
            await new Promise((_, reject) => context.signal.addEventListener('abort', () => reject(new Error('stopping'))));
          }
          return [];
        }),
        recordingProducers(kafka, producerConfigs),
        serde,
        options,
      );
      await hanging;
      await first.stop();
      const committedBefore = (await committedTotal(admin, first.groupId, ingested)) + (await committedTotal(admin, first.groupId, extractedTopic));
      expect(committedBefore).toBeGreaterThan(0); // the consumer committed before the restart

      let seenBySecond = 0;
      const second = await runInProcess(
        sink(async (records, context) => {
          seenBySecond += records.length;
          return effect(records, context);
        }),
        recordingProducers(kafka, producerConfigs),
        serde,
        options,
      );
      try {
        await until(async () => (await committedTotal(admin, second.groupId, ingested)) === 120 && (await committedTotal(admin, second.groupId, extractedTopic)) === 41, 60_000, 'both inputs committed');
      } finally {
        await second.stop();
      }
      expect(skipped).toBeGreaterThan(0); // the abandoned batch came again; applyOnce skipped it
      expect(seenBySecond).toBeLessThan(160); // resumed from the committed offsets, not from the start

      const rows = (await pool.query<{ event_id: string; n: number }>(`SELECT event_id, count(*)::int AS n FROM ${table} GROUP BY event_id`)).rows;
      expect(rows.filter((row) => row.n > 1)).toEqual([]);
      expect(rows.map((row) => row.event_id).sort()).toEqual(
        [...Array.from({ length: 120 }, (_, i) => `${INGESTED}/doc-${i}`), ...Array.from({ length: 40 }, (_, i) => `${EXTRACTED}/doc-${i}`)].sort(),
      );
      // No transactions: the only producer is the plain idempotent one for dead letters.
      expect(producerConfigs.filter((config) => config.transactionalId !== undefined)).toEqual([]);
      expect(producerConfigs.length).toBeGreaterThan(0);
      expect(producerConfigs.every((config) => config.idempotent)).toBe(true);
    } finally {
      await pool.query(`DROP TABLE IF EXISTS ${table}`).catch(() => undefined);
      await pool.end();
    }

    const letters = await readCommitted(kafka, admin, deadLetterTopic(extractedTopic, 'test-sink'), uniqueName('dlq'));
    expect(letters.map((r) => [r.key, r.value?.toString(), r.headers[deadLetterHeaders.errorCode]?.toString(), r.headers[deadLetterHeaders.sourceOffset]?.toString()])).toEqual([
      ['garbage', 'not avro', 'DECODE_FAILED', '20'],
    ]);
    expect(await readCommitted(kafka, admin, deadLetterTopic(ingested, 'test-sink'), uniqueName('dlq'))).toEqual([]);
  });
});

/** The same client, recording the configuration of every producer the runtime creates. */
function recordingProducers(kafka: Kafka, configs: ProducerConfig[]): Kafka {
  const recording = Object.create(kafka) as Kafka;
  recording.producer = (config: ProducerConfig = {}) => {
    configs.push(config);
    return kafka.producer(config);
  };
  return recording;
}
