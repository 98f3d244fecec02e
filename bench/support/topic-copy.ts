import type { Admin, IHeaders, Kafka } from 'kafkajs';
import { readToEnd } from '@sluice/stream';

export interface RawRecord {
  key: Buffer | null;
  value: Buffer | null;
  headers: IHeaders;
}

/** A finished run's topic has an end: a long wait is a slow machine, not a topic that never ends. */
const READ_TIMEOUT_MS = 900_000;

/**
 * Every committed record of `topic` up to its end offsets now (`readToEnd` of @sluice/stream:
 * read_committed, from the beginning). Values stay as bytes: a copy keeps the Confluent schema
 * ids, which the registry resolves whatever the subject. Gives up after 15 minutes (the audit
 * events of 5,000 documents are tens of thousands of records).
 */
export async function readTopic(kafka: Kafka, admin: Admin, topic: string, groupId: string): Promise<RawRecord[]> {
  return (await readToEnd(kafka, admin, topic, { groupId, timeoutMs: READ_TIMEOUT_MS })).map(({ key, value, headers }) => ({ key, value, headers }));
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
