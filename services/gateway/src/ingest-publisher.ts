import { randomBytes } from 'node:crypto';
import type { Producer } from 'kafkajs';
import { physicalTopic, type AvroSerde, type DocumentIngested } from '@sluice/contracts';
import { SluiceError } from '@sluice/errors';
import { INGESTED_AT_HEADER, TRACEPARENT_HEADER } from '@sluice/stream';

export const INGEST_TOPIC = 'documents.ingested.v1';

// kafkajs groups one send's messages in quadratic time (see packages/stream, transactional output).
const MAX_MESSAGES_PER_SEND = 500;
const TRACEPARENT = /^00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$/;

interface Pending {
  messages: { key: string; value: Buffer; headers: Record<string, string> }[];
  resolve: () => void;
  reject: (error: unknown) => void;
}

/**
 * Writes documents to documents.ingested.v1, keyed by id, Avro in Confluent wire format, and
 * resolves only once the broker acknowledged them (acks=all) through an idempotent producer.
 * Requests that arrive while a send is in flight are sent together in the next one (group commit):
 * one send at a time keeps the idempotent producer's sequence simple, and batching keeps it fast.
 * Each record starts a trace (or continues the caller's `traceparent`) and carries its ingest time.
 */
export class IngestPublisher {
  private readonly queue: Pending[] = [];
  private sending = false;
  readonly topic: string;

  constructor(
    private readonly producer: Producer,
    private readonly serde: AvroSerde,
  ) {
    this.topic = physicalTopic(INGEST_TOPIC, serde.prefix);
  }

  async publish(documents: readonly DocumentIngested[], traceparent?: string): Promise<void> {
    const now = String(Date.now());
    const messages = await Promise.all(
      documents.map(async (document) => ({
        key: document.id,
        value: await this.serde.encode(INGEST_TOPIC, document),
        headers: {
          [INGESTED_AT_HEADER]: now,
          [TRACEPARENT_HEADER]:
            traceparent && TRACEPARENT.test(traceparent)
              ? `${traceparent.slice(0, 36)}${randomBytes(8).toString('hex')}${traceparent.slice(52)}`
              : `00-${randomBytes(16).toString('hex')}-${randomBytes(8).toString('hex')}-01`,
        },
      })),
    );
    await new Promise<void>((resolve, reject) => {
      this.queue.push({ messages, resolve, reject });
      void this.drain();
    });
  }

  private async drain(): Promise<void> {
    if (this.sending) return;
    this.sending = true;
    try {
      while (this.queue.length > 0) {
        const batch: Pending[] = [];
        let count = 0;
        while (this.queue.length > 0 && (batch.length === 0 || count + (this.queue[0]?.messages.length ?? 0) <= MAX_MESSAGES_PER_SEND)) {
          const next = this.queue.shift() as Pending;
          batch.push(next);
          count += next.messages.length;
        }
        try {
          await this.producer.send({ topic: this.topic, acks: -1, messages: batch.flatMap((pending) => pending.messages) });
          batch.forEach((pending) => pending.resolve());
        } catch (error) {
          const failure = new SluiceError('UNAVAILABLE', `the broker did not acknowledge ${count} records on ${this.topic}`, { cause: error });
          batch.forEach((pending) => pending.reject(failure));
        }
      }
    } finally {
      this.sending = false;
    }
  }
}
