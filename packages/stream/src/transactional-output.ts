import type { Kafka, Message, Producer, Transaction } from 'kafkajs';
import type { Logger } from 'pino';
import { topicPartitionKey, type PartitionOutput } from './partition-output';
import { SluiceError } from '@sluice/errors';
import { chunkByCountAndSize } from '@sluice/resilience';

/**
 * Exactly-once output: outputs, dead letters and the consumed offset of one input topic-partition are
 * committed in one Kafka transaction (consume-transform-produce, KIP-98).
 *
 * Fencing: kafkajs 2.2 sends TxnOffsetCommit v0-v1, without the consumer group generation of
 * KIP-447, so the broker cannot fence a zombie by group membership. The runtime therefore uses the
 * pre-KIP-447 scheme Kafka Streams used for years (`exactly_once` / eos-alpha): one transactional
 * producer per input topic-partition, with a transactional id derived from group, topic and partition,
 * identical on every instance. Whoever is assigned a partition initialises that id (InitProducerId),
 * which bumps the producer epoch, aborts the previous owner's open transaction and fences its
 * producer: a zombie's later commit fails with INVALID_PRODUCER_EPOCH / PRODUCER_FENCED.
 * See docs/runtime.md and
 * https://github.com/apache/kafka/blob/3.9/streams/src/main/java/org/apache/kafka/streams/processor/internals/StreamsProducer.java
 */
export interface TransactionalOutputDeps {
  kafka: Kafka;
  groupId: string;
  transactionTimeoutMs: number;
  /**
   * Key + value bytes per produce request. kafkajs puts each partition's records of a request in
   * one record batch, which the broker rejects above message.max.bytes (1 MiB by default), so a
   * big batch's outputs are sent in several requests inside the one transaction.
   */
  maxRequestBytes: number;
  logger: Logger;
}

export interface PartitionProducer {
  /** True when this call initialised the producer, i.e. just fenced any earlier owner of the partition. */
  fresh: boolean;
}

/** Producers keyed by `topicPartitionKey` of the physical input topic and partition. */
export class TransactionalOutput implements PartitionOutput {
  private readonly producers = new Map<string, Promise<Producer>>();
  /** Producers initialised by `assign` whose fencing no batch has been told of yet (`fresh`). */
  private readonly unannounced = new Set<string>();
  /** The open transaction of a topic-partition, while `commit` runs. */
  private readonly open = new Map<string, Transaction>();

  constructor(private readonly deps: TransactionalOutputDeps) {}

  transactionalId(topic: string, partition: number): string {
    return `${this.deps.groupId}.${topic}.${partition}`;
  }

  /**
   * Connects (and so fences) the topic-partition's producer if it is not connected yet. `fresh`
   * is true on the first call after the producer was initialised, here or by `assign`.
   */
  async acquire(topic: string, partition: number): Promise<PartitionProducer> {
    const key = topicPartitionKey(topic, partition);
    const existing = this.producers.get(key);
    if (existing) {
      await existing;
      return { fresh: this.unannounced.delete(key) };
    }
    await this.connect(key, topic, partition);
    return { fresh: true };
  }

  /**
   * After a rebalance: releases the producers of topic-partitions no longer assigned (aborting an
   * open transaction first, so no read_committed reader waits on it), and initialises the producers
   * of newly assigned ones at once (eager fencing). InitProducerId bumps the epoch and aborts the
   * previous owner's open transaction, so downstream readers' last stable offset moves on as soon as
   * the partition is ours, not when its first batch happens to be processed (which waits behind
   * other partitions' batches, pauses and backpressure). A failed eager fence is logged; the
   * partition's first batch fences again.
   */
  async assign(assigned: ReadonlyMap<string, readonly number[]>): Promise<void> {
    const keys = new Map<string, { topic: string; partition: number }>();
    for (const [topic, partitions] of assigned) for (const partition of partitions) keys.set(topicPartitionKey(topic, partition), { topic, partition });
    await Promise.all([...this.producers.keys()].filter((key) => !keys.has(key)).map((key) => this.discard(key)));
    await Promise.all(
      [...keys]
        .filter(([key]) => !this.producers.has(key))
        .map(async ([key, { topic, partition }]) => {
          this.unannounced.add(key);
          await this.connect(key, topic, partition).catch((error: unknown) => {
            this.unannounced.delete(key);
            this.deps.logger.warn({ err: error, topic, partition }, 'eager fencing of an assigned partition failed; its first batch fences it');
          });
        }),
    );
  }

  /**
   * One transaction: `messages` by physical topic, then the consumed offset (`nextOffset`, the
   * next record to read). On any failure the transaction is aborted and the producer discarded;
   * the next batch initialises a new one, re-fencing and re-reading the committed offset.
   */
  async commit(topic: string, partition: number, messages: ReadonlyMap<string, Message[]>, nextOffset: string): Promise<void> {
    const key = topicPartitionKey(topic, partition);
    const connecting = this.producers.get(key);
    if (!connecting) throw new SluiceError('INTERNAL', `no producer for ${key}; acquire() first`);
    const producer = await connecting;
    const transaction = await producer.transaction();
    this.open.set(key, transaction);
    try {
      for (const topicMessages of produceRequests(messages, this.deps.maxRequestBytes)) {
        await transaction.sendBatch({ topicMessages, acks: -1 });
      }
      await transaction.sendOffsets({
        consumerGroupId: this.deps.groupId,
        topics: [{ topic, partitions: [{ partition, offset: nextOffset }] }],
      });
      await transaction.commit();
    } catch (error) {
      await transaction.abort().catch(() => undefined);
      await this.discard(key);
      throw error;
    } finally {
      if (this.open.get(key) === transaction) this.open.delete(key);
    }
  }

  private connect(key: string, topic: string, partition: number): Promise<Producer> {
    const producer = this.deps.kafka.producer({
      transactionalId: this.transactionalId(topic, partition),
      idempotent: true,
      maxInFlightRequests: 1,
      transactionTimeout: this.deps.transactionTimeoutMs,
      // After EndTxn the coordinator still writes the commit markers; the next transaction's
      // AddPartitionsToTxn gets CONCURRENT_TRANSACTIONS until it is done, usually a few ms.
      // kafkajs's default first retry waits 300 ms (retry/defaults.js); the Java client retries
      // this case after 20 ms (TransactionManager, KAFKA-5477).
      retry: { initialRetryTime: 20, maxRetryTime: 2000, retries: 12 },
    });
    const connecting = producer.connect().then(() => {
      this.deps.logger.debug({ topic, partition, transactionalId: this.transactionalId(topic, partition) }, 'transactional producer initialised');
      return producer;
    });
    this.producers.set(key, connecting);
    connecting.catch(() => {
      if (this.producers.get(key) === connecting) this.producers.delete(key);
    });
    return connecting;
  }

  /** Aborts the topic-partition's open transaction, if any, then disconnects its producer. */
  private async discard(key: string): Promise<void> {
    const connecting = this.producers.get(key);
    this.producers.delete(key);
    this.unannounced.delete(key);
    const transaction = this.open.get(key);
    this.open.delete(key);
    if (transaction?.isActive()) await transaction.abort().catch(() => undefined);
    const producer = await connecting?.catch(() => undefined);
    await producer?.disconnect().catch(() => undefined);
  }

  /** Aborts open transactions and disconnects every producer (shutdown). */
  async close(): Promise<void> {
    await Promise.all([...this.producers.keys()].map((key) => this.discard(key)));
  }
}

/**
 * Splits `messages` (by topic, in order) into produce requests of at most `maxBytes` key + value
 * bytes and `maxMessages` messages each (`chunkByCountAndSize`); a request lists its messages by
 * topic. A message larger than `maxBytes` goes in a request of its own.
 */
export function produceRequests(
  messages: ReadonlyMap<string, Message[]>,
  maxBytes: number,
  maxMessages = MAX_MESSAGES_PER_REQUEST,
): { topic: string; messages: Message[] }[][] {
  const flat = [...messages].flatMap(([topic, list]) => list.map((message) => ({ topic, message })));
  const chunks = chunkByCountAndSize(flat, ({ message }) => sizeOf(message.key) + sizeOf(message.value), { maxCount: maxMessages, maxSize: maxBytes });
  return chunks.map((chunk) => {
    const request: { topic: string; messages: Message[] }[] = [];
    for (const { topic, message } of chunk) {
      const last = request[request.length - 1];
      if (last?.topic === topic) last.messages.push(message);
      else request.push({ topic, messages: [message] });
    }
    return request;
  });
}

/**
 * kafkajs groups a send's messages by partition with `[...current, message]` for every message
 * (src/producer/groupMessagesPerPartition.js), quadratic in the messages of one call: at 3,300 records
 * per transaction that copying was the largest item of the runtime's CPU profile. A few more produce
 * requests per transaction cost far less.
 */
export const MAX_MESSAGES_PER_REQUEST = 500;

function sizeOf(part: Message['key'] | Message['value']): number {
  if (part === null || part === undefined) return 0;
  return typeof part === 'string' ? Buffer.byteLength(part) : part.length;
}
