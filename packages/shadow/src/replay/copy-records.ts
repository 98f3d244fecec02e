import type { Kafka, Message } from 'kafkajs';
import { systemClock, TokenBucket, type Clock } from '@sluice/resilience';
import { readRanges, type RawRecord, type ReadRange } from '../kafka/range-reader';

/** What a copy did, for the summary line and the shadow registry. */
export interface CopyCounts {
  /** Records read inside the offset ranges. */
  scanned: number;
  /** Records written (to each target topic). */
  copied: number;
  /** Left out: timestamp outside the time range. */
  outsideTime: number;
  /** Left out by `keep` (another tenant's; a document the target already has). */
  filteredOut: number;
  /** Copied records per source partition. */
  byPartition: Record<number, number>;
  /** Timestamps of the first and last copied record (ms), null when none. */
  firstTimestamp: number | null;
  lastTimestamp: number | null;
}

export interface CopyOptions {
  /** Source ranges (physical topic names). */
  ranges: readonly ReadRange[];
  /** Physical target topics; each record goes to every one, into the partition it came from. */
  targets: readonly string[];
  /** Consumer group of the read (under the writer's prefix). */
  groupId: string;
  /** Keep only `fromMs <= timestamp < toMs`. */
  timeFilter?: { fromMs: number; toMs: number };
  /** Keep only records for which this answers true (one tenant's, ...); may decode the value. Called in order. */
  keep?: (record: RawRecord) => Promise<boolean> | boolean;
  /** Records per second across targets' sends (a record counts once); unset: as fast as it goes. */
  ratePerSecond?: number;
  onProgress?: (counts: Readonly<CopyCounts>) => void;
  clock?: Clock;
}

/**
 * Bytes of records per send. A fetched batch (up to the fetch's per-partition maximum, 1 MiB by
 * default) written back as one record batch, with per-record overhead, can pass the broker's
 * message.max.bytes (1 MiB by default) and be refused with MESSAGE_TOO_LARGE; half of it cannot.
 */
export const MAX_SEND_BYTES = 512 * 1024;

const sizeOf = (record: RawRecord) =>
  (record.key?.length ?? 0) + (record.value?.length ?? 0) + Object.entries(record.headers).reduce((sum, [name, value]) => sum + name.length + String(value ?? '').length, 0) + 64;

/** `records` in order, cut into sends of at most `count` records and `MAX_SEND_BYTES` (a larger record goes alone). */
export function sendParts(records: readonly RawRecord[], count: number, maxBytes = MAX_SEND_BYTES): RawRecord[][] {
  const parts: RawRecord[][] = [];
  let part: RawRecord[] = [];
  let bytes = 0;
  for (const record of records) {
    const size = sizeOf(record);
    if (part.length > 0 && (part.length >= count || bytes + size > maxBytes)) {
      parts.push(part);
      part = [];
      bytes = 0;
    }
    part.push(record);
    bytes += size;
  }
  if (part.length > 0) parts.push(part);
  return parts;
}

/**
 * Copies records byte for byte: key, value, headers and timestamp kept, same partition number, in
 * offset order per partition, with an idempotent producer (acks=all). Run it with a Kafka client
 * held to the target's prefix (`prefixGuardedKafka`): the copy can then only write into the shadow.
 * A copy interrupted and run again writes the records again; the extractor ignores a document id it
 * has already claimed, so a shadow processes each document once.
 */
export async function copyRecords(kafka: Kafka, options: CopyOptions): Promise<CopyCounts> {
  const counts: CopyCounts = { scanned: 0, copied: 0, outsideTime: 0, filteredOut: 0, byPartition: {}, firstTimestamp: null, lastTimestamp: null };
  const clock = options.clock ?? systemClock;
  const rate = options.ratePerSecond;
  // A tenth of a second's worth per send: smooth, and sends stay batches at high rates.
  const chunk = rate === undefined ? Number.POSITIVE_INFINITY : Math.max(1, Math.ceil(rate / 10));
  const bucket = rate === undefined ? null : new TokenBucket({ ratePerSecond: rate, burst: chunk }, clock);
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  await producer.connect();
  try {
    await readRanges(kafka, {
      groupId: options.groupId,
      ranges: options.ranges,
      onRecords: async (records) => {
        counts.scanned += records.length;
        const selected: RawRecord[] = [];
        for (const record of records) {
          if (options.timeFilter && (record.timestamp < options.timeFilter.fromMs || record.timestamp >= options.timeFilter.toMs)) {
            counts.outsideTime += 1;
            continue;
          }
          if (options.keep && !(await options.keep(record))) {
            counts.filteredOut += 1;
            continue;
          }
          selected.push(record);
        }
        for (const part of sendParts(selected, chunk)) {
          await bucket?.take(part.length);
          const messages: Message[] = part.map((record) => ({
            key: record.key,
            value: record.value,
            headers: record.headers,
            timestamp: String(record.timestamp),
            partition: record.partition,
          }));
          await producer.sendBatch({ acks: -1, topicMessages: options.targets.map((topic) => ({ topic, messages })) });
          for (const record of part) {
            counts.copied += 1;
            counts.byPartition[record.partition] = (counts.byPartition[record.partition] ?? 0) + 1;
            counts.firstTimestamp = counts.firstTimestamp === null ? record.timestamp : Math.min(counts.firstTimestamp, record.timestamp);
            counts.lastTimestamp = counts.lastTimestamp === null ? record.timestamp : Math.max(counts.lastTimestamp, record.timestamp);
          }
          options.onProgress?.(counts);
        }
        if (selected.length === 0) options.onProgress?.(counts);
      },
    });
    return counts;
  } finally {
    await producer.disconnect();
  }
}
