import type { Kafka } from 'kafkajs';
import { physicalTopic, type AvroSerde, type DocumentProcessed, type ReviewRequested } from '@sluice/contracts';
import { INGESTED_AT_HEADER } from '@sluice/stream';
import type { OutcomeTally } from './outcome-tally';

const PROCESSED = 'documents.processed.v1';
const REVIEWS = 'reviews.requested.v1';

/**
 * Reads the result topics from the beginning (read_committed, a throwaway group) into `tally`:
 * a final record is its decision, a review request is "review". Latency is from the ingest header
 * the runtime carries to the result record's broker timestamp.
 */
export async function watchResults(kafka: Kafka, serde: AvroSerde, tally: OutcomeTally): Promise<() => Promise<void>> {
  await serde.prepare([PROCESSED, REVIEWS]);
  const consumer = kafka.consumer({ groupId: `sluice-demo-${process.pid}-${Date.now()}` });
  await consumer.connect();
  // The caller created the catalogue's topics (sluice demo does, before starting services).
  await consumer.subscribe({ topics: [PROCESSED, REVIEWS].map((topic) => physicalTopic(topic, serde.prefix)), fromBeginning: true });
  await consumer.run({
    eachMessage: async ({ topic, message }) => {
      const ingestedAt = Number(message.headers?.[INGESTED_AT_HEADER]?.toString() ?? Number.NaN);
      const at = Number(message.timestamp);
      const logical = topic.slice(serde.prefix.length);
      if (logical === PROCESSED) {
        const { value } = await serde.decode<DocumentProcessed>(PROCESSED, message.value);
        tally.record(value.documentId, value.decision, Number.isFinite(ingestedAt) ? ingestedAt : null, at);
      } else {
        const { value } = await serde.decode<ReviewRequested>(REVIEWS, message.value);
        tally.record(value.documentId, 'REVIEW', Number.isFinite(ingestedAt) ? ingestedAt : null, at);
      }
    },
  });
  return () => consumer.disconnect();
}
