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
 * read_committed, from the beginning), interleaved across partitions one record at a time, each
 * partition's order kept — as a keyed producer spreads them. Written back partition after partition
 * instead, the first fetch of a consumer holds one partition's backlog alone and kafkajs processes
 * it before fetching the others: the extractor alone ran at 28 documents/s on such a copy and at
 * 39 on the same records interleaved (docs/benchmarks.md). Values stay as bytes: a copy keeps the
 * Confluent schema ids, which the registry resolves whatever the subject. Gives up after 15
 * minutes (the audit events of 5,000 documents are tens of thousands of records).
 */
export async function readTopic(kafka: Kafka, admin: Admin, topic: string, groupId: string): Promise<RawRecord[]> {
  const byPartition = new Map<number, RawRecord[]>();
  for (const { partition, key, value, headers } of await readToEnd(kafka, admin, topic, { groupId, timeoutMs: READ_TIMEOUT_MS })) {
    const records = byPartition.get(partition) ?? [];
    records.push({ key, value, headers });
    byPartition.set(partition, records);
  }
  const partitions = [...byPartition.values()];
  const longest = Math.max(0, ...partitions.map((records) => records.length));
  return Array.from({ length: longest }, (_, i) => partitions.flatMap((records) => (i < records.length ? [records[i]!] : []))).flat();
}

/** Bytes of record values per produce request: under the broker's 1 MiB message.max.bytes for a batch. */
const REQUEST_BYTES = 512 * 1024;

/**
 * Writes records to `topic` as they are (keys keep their partition), at most 1,000 records and
 * about 512 KiB of values per request (1,000 audit events made a batch the broker refused,
 * MESSAGE_TOO_LARGE).
 */
export async function writeTopic(kafka: Kafka, topic: string, records: readonly RawRecord[]): Promise<void> {
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  await producer.connect();
  try {
    let chunk: RawRecord[] = [];
    let bytes = 0;
    const flush = async () => {
      if (chunk.length > 0) await producer.send({ topic, acks: -1, messages: chunk.map((record) => ({ ...record })) });
      chunk = [];
      bytes = 0;
    };
    for (const record of records) {
      const size = (record.value?.length ?? 0) + (record.key?.length ?? 0);
      if (chunk.length >= 1000 || (chunk.length > 0 && bytes + size > REQUEST_BYTES)) await flush();
      chunk.push(record);
      bytes += size;
    }
    await flush();
  } finally {
    await producer.disconnect();
  }
}
