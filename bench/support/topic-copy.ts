import type { IHeaders, Kafka } from 'kafkajs';

export interface RawRecord {
  key: Buffer | null;
  value: Buffer | null;
  headers: IHeaders;
}

/**
 * Every committed record of `topic` (read_committed, from the beginning), read until nothing new
 * arrived for `idleMs`. Values stay as bytes: a copy keeps the Confluent schema ids, which the
 * registry resolves whatever the subject.
 */
export async function readTopic(kafka: Kafka, topic: string, groupId: string, idleMs = 3_000): Promise<RawRecord[]> {
  const consumer = kafka.consumer({ groupId, maxWaitTimeInMs: 100 });
  const records: RawRecord[] = [];
  let lastAt = Date.now();
  await consumer.connect();
  try {
    await consumer.subscribe({ topic, fromBeginning: true });
    await consumer.run({
      eachBatch: ({ batch }) => {
        lastAt = Date.now();
        for (const message of batch.messages) records.push({ key: message.key, value: message.value, headers: message.headers ?? {} });
        return Promise.resolve();
      },
    });
    await new Promise((resolve) => setTimeout(resolve, idleMs));
    while (Date.now() - lastAt < idleMs) await new Promise((resolve) => setTimeout(resolve, 250));
  } finally {
    await consumer.disconnect();
  }
  return records;
}

/** Writes records to `topic` as they are (keys keep their partition), 1,000 per request. */
export async function writeTopic(kafka: Kafka, topic: string, records: readonly RawRecord[]): Promise<void> {
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  await producer.connect();
  try {
    for (let i = 0; i < records.length; i += 1000) {
      await producer.send({ topic, acks: -1, messages: records.slice(i, i + 1000).map((record) => ({ ...record })) });
    }
  } finally {
    await producer.disconnect();
  }
}
