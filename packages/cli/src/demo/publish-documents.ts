import { randomBytes } from 'node:crypto';
import type { Kafka } from 'kafkajs';
import { ensureTopics, physicalTopic, planTopics, type AvroSerde, type DocumentIngested } from '@sluice/contracts';
import { INGESTED_AT_HEADER, TRACEPARENT_HEADER } from '@sluice/stream';

export const INGEST_TOPIC = 'documents.ingested.v1';
const CHUNK = 500;

/**
 * Publishes documents to the ingest topic keyed by id, with an idempotent producer (acks=all),
 * after making sure the topic exists and its schema is registered. Each record starts a trace and
 * carries its ingest time, which the runtime carries to the final result.
 */
export async function publishDocuments(
  kafka: Kafka,
  serde: AvroSerde,
  documents: readonly DocumentIngested[],
  onProgress: (published: number) => void = () => {},
): Promise<{ topic: string; published: number }> {
  const admin = kafka.admin();
  await admin.connect();
  await ensureTopics(admin, planTopics(serde.prefix, [INGEST_TOPIC])).finally(() => admin.disconnect());
  await serde.prepare([INGEST_TOPIC]);
  const topic = physicalTopic(INGEST_TOPIC, serde.prefix);
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  await producer.connect();
  try {
    for (let i = 0; i < documents.length; i += CHUNK) {
      const chunk = documents.slice(i, i + CHUNK);
      const messages = await Promise.all(
        chunk.map(async (document) => ({
          key: document.id,
          value: await serde.encode(INGEST_TOPIC, document),
          headers: {
            [INGESTED_AT_HEADER]: String(Date.now()),
            [TRACEPARENT_HEADER]: `00-${randomBytes(16).toString('hex')}-${randomBytes(8).toString('hex')}-01`,
          },
        })),
      );
      await producer.send({ topic, acks: -1, messages });
      onProgress(i + chunk.length);
    }
  } finally {
    await producer.disconnect();
  }
  return { topic, published: documents.length };
}
