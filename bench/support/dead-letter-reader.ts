import { randomUUID } from 'node:crypto';
import type { Admin, Kafka } from 'kafkajs';

// Reads dead letters for the bad-input test and the fault drills (bench code may not import the
// testkit, which needs a running vitest).

/** A dead letter as stored: the original key and value bytes and the reason headers. */
export interface DeadLetterRecord {
  topic: string;
  key: Buffer | null;
  value: Buffer | null;
  code: string;
  reason: string;
}

/** Every record of every dead-letter topic under `prefix` (`<source>.<service>.dlq`), read committed. */
export async function deadLetterRecords(
  kafka: Kafka,
  admin: Admin,
  prefix: string,
  idleMs = 1_500,
): Promise<DeadLetterRecord[]> {
  const topics = (await admin.listTopics()).filter(
    (topic) => topic.startsWith(prefix) && topic.endsWith('.dlq'),
  );
  if (topics.length === 0) return [];
  const consumer = kafka.consumer({ groupId: `dlq-reader-${randomUUID()}`, readUncommitted: false });
  const letters: DeadLetterRecord[] = [];
  let lastAt = Date.now();
  await consumer.connect();
  try {
    await consumer.subscribe({ topics, fromBeginning: true });
    await consumer.run({
      eachMessage: ({ topic, message }) => {
        lastAt = Date.now();
        const header = (name: string) => message.headers?.[name]?.toString() ?? '';
        letters.push({
          topic,
          key: message.key,
          value: message.value,
          code: header('sluice.dlq.error.code'),
          reason: header('sluice.dlq.error.message'),
        });
        return Promise.resolve();
      },
    });
    await new Promise((resolve) => setTimeout(resolve, idleMs));
    while (Date.now() - lastAt < idleMs) await new Promise((resolve) => setTimeout(resolve, 250));
  } finally {
    await consumer.disconnect();
  }
  return letters;
}
