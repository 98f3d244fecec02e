import type { Kafka, Message, Producer, TopicPartitionOffsetAndMetadata } from 'kafkajs';
import type { Logger } from 'pino';
import type { PartitionOutput } from './partition-output';
import { produceRequests } from './transactional-output';

export interface ConsumerCommitOutputDeps {
  kafka: Kafka;
  /** The consumer's `commitOffsets` (OffsetCommit with the group generation: a stale member is refused). */
  commitOffsets: (offsets: TopicPartitionOffsetAndMetadata[]) => Promise<void>;
  /** Key + value bytes per produce request (see TransactionalOutputDeps.maxRequestBytes). */
  maxRequestBytes: number;
  logger: Logger;
}

/**
 * Output of a sink service (no output topics; its effect is outside Kafka, e.g. PostgreSQL).
 * No transaction can cover that effect, so none is opened: after the handler succeeded, dead
 * letters go out through one idempotent producer (acks=all), and only then is the offset committed
 * with the consumer. A crash between the two re-delivers the batch: the handler's effect must be
 * idempotent (`applyOnce`, or an upsert keyed by event id), and a dead letter may be written twice
 * (at least once, never lost). Without a transactional id there is nothing to fence: a zombie's
 * OffsetCommit fails on the group generation (ILLEGAL_GENERATION), its effects are idempotent.
 * Once the consumer is disconnecting, kafkajs skips the commit silently (`commitOffsets` in
 * https://github.com/tulios/kafkajs/blob/v2.2.4/src/consumer/runner.js), so `runService`'s shutdown
 * lets the batches in flight finish before it disconnects: a graceful stop writes each dead letter once.
 */
export class ConsumerCommitOutput implements PartitionOutput {
  private producer: Promise<Producer> | undefined;

  constructor(private readonly deps: ConsumerCommitOutputDeps) {}

  acquire(): Promise<{ fresh: boolean }> {
    return Promise.resolve({ fresh: false });
  }

  async commit(topic: string, partition: number, messages: ReadonlyMap<string, Message[]>, nextOffset: string): Promise<void> {
    if (messages.size > 0) {
      const producer = await this.connect();
      for (const topicMessages of produceRequests(messages, this.deps.maxRequestBytes)) {
        await producer.sendBatch({ topicMessages, acks: -1 });
      }
    }
    await this.deps.commitOffsets([{ topic, partition, offset: nextOffset }]);
  }

  assign(): Promise<void> {
    return Promise.resolve();
  }

  async close(): Promise<void> {
    const producer = await this.producer?.catch(() => undefined);
    this.producer = undefined;
    await producer?.disconnect().catch(() => undefined);
  }

  private connect(): Promise<Producer> {
    if (!this.producer) {
      const producer = this.deps.kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
      const connecting = producer.connect().then(() => producer);
      this.producer = connecting;
      connecting.catch((error: unknown) => {
        this.deps.logger.warn({ err: error }, 'dead-letter producer failed to connect');
        if (this.producer === connecting) this.producer = undefined;
      });
    }
    return this.producer;
  }
}
