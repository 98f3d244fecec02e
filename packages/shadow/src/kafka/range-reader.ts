import type { IHeaders, Kafka } from 'kafkajs';
import { SluiceError } from '@sluice/errors';
import { withLeaderRetry } from './leader-retry';

/** Offsets of one topic-partition to read: `start` included, `end` excluded. */
export interface ReadRange {
  topic: string;
  partition: number;
  start: bigint;
  end: bigint;
}

/** One record as read: raw key, value and headers, so it can be copied byte for byte. */
export interface RawRecord {
  topic: string;
  partition: number;
  offset: bigint;
  /** Kafka record timestamp, ms since epoch. */
  timestamp: number;
  key: Buffer | null;
  value: Buffer | null;
  headers: IHeaders;
}

export interface ReadRangesOptions {
  /**
   * Consumer group of the read. It commits nothing (positions come from the ranges), so it is gone
   * once the read ends; name it under the prefix of whoever reads (a shadow's `shadow.<name>.`).
   */
  groupId: string;
  ranges: readonly ReadRange[];
  /** Called per fetched batch with the records inside the ranges, in offset order; awaited (backpressure). */
  onRecords: (records: RawRecord[]) => Promise<void>;
  /** Fails with TIMEOUT when no range advanced for this long (default 60 s). */
  stallTimeoutMs?: number;
}

const key = (topic: string, partition: number) => `${topic}:${partition}`;

/**
 * Reads exactly the given offset ranges with one consumer (read_committed: aborted records and
 * transaction markers are skipped), then leaves. A range is done when the consumer's position
 * reaches its end; positions count transaction markers too (kafkajs END_BATCH_PROCESS reports the
 * last offset of every fetched batch, markers included, see runner.js), so a range ending on a
 * marker completes. kafkajs has no partition assignment without a group, hence the throwaway group.
 */
export async function readRanges(kafka: Kafka, options: ReadRangesOptions): Promise<{ records: number }> {
  const pending = new Map<string, ReadRange>();
  for (const range of options.ranges) if (range.end > range.start) pending.set(key(range.topic, range.partition), range);
  const wanted = new Map(pending);
  if (pending.size === 0) return { records: 0 };
  const topics = [...new Set([...pending.values()].map((range) => range.topic))];
  const partitions = await Promise.all(topics.map(async (topic) => ({ topic, partitions: await partitionsOf(kafka, topic) })));
  /** Next offset to accept per partition: a batch fetched again (before a seek took effect) is not delivered twice. */
  const next = new Map([...pending].map(([id, range]) => [id, range.start] as const));

  const consumer = kafka.consumer({ groupId: options.groupId, readUncommitted: false, allowAutoTopicCreation: false });
  let records = 0;
  let progressAt = Date.now();
  let failure: Error | undefined;
  let finish: () => void = () => {};
  const finished = new Promise<void>((resolve) => (finish = resolve));
  const stopPartition = (topic: string, partition: number) => {
    pending.delete(key(topic, partition));
    consumer.pause([{ topic, partitions: [partition] }]);
    if (pending.size === 0) finish();
  };

  consumer.on(consumer.events.END_BATCH_PROCESS, ({ payload }) => {
    const range = pending.get(key(payload.topic, payload.partition));
    if (!range) return;
    progressAt = Date.now();
    if (BigInt(payload.lastOffset) + 1n >= range.end) stopPartition(payload.topic, payload.partition);
  });

  await consumer.connect();
  try {
    await consumer.subscribe({ topics, fromBeginning: true });
    await consumer.run({
      autoCommit: false,
      eachBatch: async ({ batch }) => {
        const id = key(batch.topic, batch.partition);
        const range = wanted.get(id);
        if (!range || !pending.has(id) || failure !== undefined) return;
        const inside: RawRecord[] = [];
        for (const message of batch.messages) {
          const offset = BigInt(message.offset);
          if (offset < next.get(id)! || offset >= range.end) continue;
          next.set(id, offset + 1n);
          inside.push({
            topic: batch.topic,
            partition: batch.partition,
            offset,
            timestamp: Number(message.timestamp),
            key: message.key,
            value: message.value,
            headers: message.headers ?? {},
          });
        }
        if (inside.length === 0) return;
        try {
          await options.onRecords(inside);
          records += inside.length;
        } catch (error) {
          // Stop reading; the caller gets the error once the consumer has left.
          failure ??= error instanceof Error ? error : new SluiceError('INTERNAL', String(error));
          finish();
        }
      },
    });
    // Positions: each range's start (the group has no committed offsets); partitions of the topics
    // that have no range are paused so nothing is fetched for them.
    for (const range of pending.values()) consumer.seek({ topic: range.topic, partition: range.partition, offset: String(range.start) });
    for (const { topic, partitions: all } of partitions) {
      const idle = all.filter((partition) => !wanted.has(key(topic, partition)));
      if (idle.length > 0) consumer.pause([{ topic, partitions: idle }]);
    }

    const stallMs = options.stallTimeoutMs ?? 60_000;
    const watchdog = setInterval(() => {
      if (Date.now() - progressAt > stallMs) {
        failure ??= new SluiceError('TIMEOUT', `reading ${[...pending.keys()].join(', ')}: no progress for ${stallMs} ms`);
        finish();
      }
    }, 1_000);
    await finished.finally(() => clearInterval(watchdog));
    if (failure !== undefined) throw failure;
    return { records };
  } finally {
    await consumer.disconnect();
  }
}

async function partitionsOf(kafka: Kafka, topic: string): Promise<number[]> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    return (await withLeaderRetry(() => admin.fetchTopicOffsets(topic))).map((entry) => entry.partition);
  } finally {
    await admin.disconnect();
  }
}
