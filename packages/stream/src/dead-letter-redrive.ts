import type { Admin, IHeaders, Kafka } from 'kafkajs';
import { SluiceError } from '@sluice/errors';
import { deadLetterHeaders } from './dead-letter';
import { headerMap } from './input-record';

/** Headers a redrive adds to the record it sends back to its source topic. */
export const redriveHeaders = {
  /** How many times this record has been redriven (1 on the first redrive). */
  count: 'sluice.redrive.count',
  /** The dead letter it came from: `<dlq topic>:<partition>:<offset>`. */
  from: 'sluice.redrive.from',
  time: 'sluice.redrive.time',
  /**
   * The original record's position, `<logical topic>/<partition>/<offset>`: services that key
   * their once-per-record state by position (`recordIdentity`) treat the redriven copy as the
   * same record, so it is not ignored as a duplicate of the record that failed.
   */
  origin: 'sluice.redrive.origin',
} as const;

/**
 * What makes a record the same record when it is delivered again: `topic/partition/offset`
 * (logical topic), or for a redriven copy the position of the record that was dead-lettered.
 */
export function recordIdentity(record: { topic: string; partition: number; offset: string; headers?: Readonly<Record<string, string>> }): string {
  return record.headers?.[redriveHeaders.origin] ?? `${record.topic}/${record.partition}/${record.offset}`;
}

/** A record redriven this many times and dead-lettered again is not sent back without `force`. */
export const defaultMaxRedrives = 3;

export interface DeadLetterRecord {
  dlqTopic: string;
  partition: number;
  offset: string;
  key: Buffer | null;
  value: Buffer | null;
  /** Every header as UTF-8, the runtime's `sluice.dlq.*` reasons included. */
  headers: Record<string, string>;
  raw: IHeaders;
  /** Reason headers, read out. */
  code: string | undefined;
  message: string | undefined;
  service: string | undefined;
  sourceTopic: string | undefined;
  sourceOffset: string | undefined;
  deadLetteredAt: string | undefined;
  /** Redrives before this dead letter (0 when the record was never redriven). */
  redrives: number;
}

/** The marker topic recording which dead letters were redriven (compacted, written in the redrive's transaction). */
export function redriveMarkerTopic(prefix: string): string {
  return `${prefix}sluice.dlq.redriven`;
}

const markerKey = (letter: Pick<DeadLetterRecord, 'dlqTopic' | 'partition' | 'offset'>) => `${letter.dlqTopic}:${letter.partition}:${letter.offset}`;

/** One record as `readToEnd` returns it: raw key and value bytes, headers, where it stood. */
export interface TopicRecord {
  partition: number;
  offset: string;
  key: Buffer | null;
  value: Buffer | null;
  headers: IHeaders;
}

/**
 * Every committed record of `topic` up to its end offsets at call time (read_committed), through
 * a consumer group of its own (a throwaway one unless `groupId` is given), so no service's offsets
 * move. It reads until each partition's position passes its end offset, so every record below it
 * is seen. With `readUncommitted`, records of aborted transactions too (the end offsets are then
 * the last stable offsets: call it once no transaction is open). Throws TIMEOUT when the end is
 * not reached within `timeoutMs` (default 60 s; a copy of a large topic on a busy machine wants more).
 */
export async function readToEnd(
  kafka: Kafka,
  admin: Admin,
  topic: string,
  options: { groupId?: string; readUncommitted?: boolean; timeoutMs?: number } = {},
): Promise<TopicRecord[]> {
  const timeoutMs = options.timeoutMs ?? 60_000;
  const offsets = await admin.fetchTopicOffsets(topic);
  const ends = new Map(offsets.map((p) => [p.partition, BigInt(p.high)]));
  const lows = new Map(offsets.map((p) => [p.partition, BigInt(p.low)]));
  const positions = new Map<number, bigint>();
  const done = () => [...ends].every(([partition, end]) => end <= (lows.get(partition) ?? 0n) || (positions.get(partition) ?? -1n) >= end);
  const records: TopicRecord[] = [];
  if (done()) return records;
  const groupId = options.groupId ?? `sluice-dlq-reader-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
  const consumer = kafka.consumer({ groupId, readUncommitted: options.readUncommitted ?? false });
  await consumer.connect();
  try {
    await consumer.subscribe({ topic, fromBeginning: true });
    let finish: () => void = () => {};
    const finished = new Promise<void>((resolve) => (finish = resolve));
    // END_BATCH_PROCESS fires for batches that read_committed filtering emptied too (kafkajs #1256).
    consumer.on(consumer.events.END_BATCH_PROCESS, (event) => {
      positions.set(event.payload.partition, BigInt(event.payload.lastOffset) + 1n);
      if (done()) finish();
    });
    await consumer.run({
      eachBatch: ({ batch }) => {
        for (const m of batch.messages) {
          if (BigInt(m.offset) < (ends.get(batch.partition) ?? 0n)) records.push({ partition: batch.partition, offset: m.offset, key: m.key, value: m.value, headers: m.headers ?? {} });
        }
        return Promise.resolve();
      },
    });
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new SluiceError('TIMEOUT', `reading ${topic} did not reach its end in ${timeoutMs} ms`)), timeoutMs)));
    await Promise.race([finished, timeout]).finally(() => clearTimeout(timer));
  } finally {
    await consumer.disconnect();
  }
  return records;
}

/** Dead letters of `dlqTopic`, optionally only those with the given keys (document ids) or dead-lettered at or after `since`. */
export async function readDeadLetters(kafka: Kafka, admin: Admin, dlqTopic: string, filter: { ids?: readonly string[]; since?: Date } = {}): Promise<DeadLetterRecord[]> {
  const topics = await admin.listTopics();
  if (!topics.includes(dlqTopic)) throw new SluiceError('CONFIG', `no topic ${dlqTopic}; dead-letter topics are <source topic>.<service>.dlq (sluice dlq list)`);
  const ids = filter.ids ? new Set(filter.ids) : undefined;
  return (await readToEnd(kafka, admin, dlqTopic))
    .map((record): DeadLetterRecord => {
      const headers = headerMap(record.headers);
      return {
        dlqTopic,
        partition: record.partition,
        offset: record.offset,
        key: record.key,
        value: record.value,
        headers,
        raw: record.headers,
        code: headers[deadLetterHeaders.errorCode],
        message: headers[deadLetterHeaders.errorMessage],
        service: headers[deadLetterHeaders.service],
        sourceTopic: headers[deadLetterHeaders.sourceTopic],
        sourceOffset: headers[deadLetterHeaders.sourceOffset],
        deadLetteredAt: headers[deadLetterHeaders.time],
        redrives: Number(headers[redriveHeaders.count] ?? 0) || 0,
      };
    })
    .filter((letter) => (ids ? ids.has(letter.key?.toString('utf8') ?? '') : true))
    .filter((letter) => (filter.since ? Date.parse(letter.deadLetteredAt ?? '') >= filter.since.getTime() : true));
}

export interface RedriveOutcome {
  redriven: DeadLetterRecord[];
  /** Already sent back by an earlier redrive (the marker topic says so): not sent again. */
  alreadyRedriven: DeadLetterRecord[];
  /** Redriven `maxRedrives` times and dead-lettered again: a loop, refused without `force`. */
  loopGuarded: DeadLetterRecord[];
  /** No source topic header: not a dead letter of the runtime. */
  unknownSource: DeadLetterRecord[];
}

/**
 * Sends dead letters back to their source topics: the original key, value bytes and headers
 * (without the `sluice.dlq.*` reasons), plus `sluice.redrive.count` (previous + 1), `.from` and
 * `.time`. One Kafka transaction writes the records and a marker per dead letter to
 * `sluice.dlq.redriven`, so running redrive twice sends each dead letter back once. A record that
 * keeps failing returns with its count, and after `maxRedrives` it is refused (loop guard).
 */
export async function redriveDeadLetters(
  kafka: Kafka,
  admin: Admin,
  letters: readonly DeadLetterRecord[],
  options: { prefix: string; maxRedrives?: number; force?: boolean; dryRun?: boolean; now?: () => Date },
): Promise<RedriveOutcome> {
  const outcome: RedriveOutcome = { redriven: [], alreadyRedriven: [], loopGuarded: [], unknownSource: [] };
  if (letters.length === 0) return outcome;
  const markerTopic = redriveMarkerTopic(options.prefix);
  if (!(await admin.listTopics()).includes(markerTopic)) {
    await admin.createTopics({
      waitForLeaders: true,
      topics: [{ topic: markerTopic, numPartitions: 1, configEntries: [{ name: 'cleanup.policy', value: 'compact' }] }],
    });
  }
  const done = new Set((await readToEnd(kafka, admin, markerTopic)).map((record) => record.key?.toString('utf8') ?? ''));
  const maxRedrives = options.maxRedrives ?? defaultMaxRedrives;
  const selected: DeadLetterRecord[] = [];
  for (const letter of letters) {
    if (done.has(markerKey(letter))) outcome.alreadyRedriven.push(letter);
    else if (!letter.sourceTopic) outcome.unknownSource.push(letter);
    else if (letter.redrives >= maxRedrives && !options.force) outcome.loopGuarded.push(letter);
    else selected.push(letter);
  }
  if (selected.length === 0 || options.dryRun) {
    outcome.redriven = selected;
    return outcome;
  }
  const now = (options.now ?? (() => new Date()))().toISOString();
  const producer = kafka.producer({ transactionalId: `${options.prefix}sluice-dlq-redrive`, maxInFlightRequests: 1, idempotent: true });
  await producer.connect();
  try {
    const transaction = await producer.transaction();
    try {
      for (const letter of selected) {
        const headers: IHeaders = {};
        for (const [name, value] of Object.entries(letter.raw)) if (!name.startsWith('sluice.dlq.') && value !== undefined) headers[name] = value;
        headers[redriveHeaders.count] = String(letter.redrives + 1);
        headers[redriveHeaders.from] = markerKey(letter);
        headers[redriveHeaders.time] = now;
        const logicalSource = letter.sourceTopic!.startsWith(options.prefix) ? letter.sourceTopic!.slice(options.prefix.length) : letter.sourceTopic!;
        // A record redriven before keeps the origin of its first failure.
        headers[redriveHeaders.origin] = letter.headers[redriveHeaders.origin] ?? `${logicalSource}/${letter.headers[deadLetterHeaders.sourcePartition] ?? '0'}/${letter.sourceOffset ?? '0'}`;
        await transaction.send({ topic: letter.sourceTopic!, messages: [{ key: letter.key, value: letter.value, headers }], acks: -1 });
      }
      await transaction.send({ topic: markerTopic, messages: selected.map((letter) => ({ key: markerKey(letter), value: now })), acks: -1 });
      await transaction.commit();
    } catch (error) {
      await transaction.abort().catch(() => undefined);
      throw error;
    }
  } finally {
    await producer.disconnect();
  }
  outcome.redriven = selected;
  return outcome;
}
