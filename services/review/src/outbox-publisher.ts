import type { Producer } from 'kafkajs';
import type pg from 'pg';
import type { Logger } from 'pino';
import { physicalTopic, type AvroSerde } from '@sluice/contracts';
import { inTransaction } from '@sluice/db';

export interface OutboxPublisherDeps {
  pool: pg.Pool;
  /** An idempotent producer (acks=all), connected. */
  producer: Producer;
  serde: AvroSerde;
  scope: string;
  logger: Logger;
  /** Poll interval when nothing woke the publisher, e.g. after a crash left rows unsent. */
  pollIntervalMs: number;
  batchSize?: number;
}

export interface OutboxPublisher {
  /** Sends what is pending soon (called after a transaction wrote outbox records). */
  wake(): void;
  /** Sends every pending record now; resolves with how many were sent. */
  flush(): Promise<number>;
  stop(): Promise<void>;
}

/**
 * Sends `review_outbox` rows to Kafka in id order and marks them sent (transactional outbox). The
 * rows are locked `FOR UPDATE SKIP LOCKED` while sent, so two instances never send the same row
 * concurrently; a crash between send and mark sends the row again (at least once: the validator
 * ignores a repeated completion, the auditor a repeated event id).
 */
export function startOutboxPublisher(deps: OutboxPublisherDeps): OutboxPublisher {
  const batchSize = deps.batchSize ?? 500;
  let running: Promise<number> | undefined;
  let again = false;
  let stopped = false;

  async function sendBatch(): Promise<number> {
    return inTransaction(deps.pool, async (client) => {
      const { rows } = await client.query<{ id: string; topic: string; key: string; value: unknown }>(
        'SELECT id, topic, key, value FROM review_outbox WHERE scope = $1 AND sent_at IS NULL ORDER BY id LIMIT $2 FOR UPDATE SKIP LOCKED',
        [deps.scope, batchSize],
      );
      if (rows.length > 0) {
        const byTopic = new Map<string, { key: string; value: Buffer }[]>();
        for (const row of rows) {
          const messages = byTopic.get(row.topic) ?? [];
          messages.push({ key: row.key, value: await deps.serde.encode(row.topic, row.value) });
          byTopic.set(row.topic, messages);
        }
        await deps.producer.sendBatch({ acks: -1, topicMessages: [...byTopic].map(([topic, messages]) => ({ topic: physicalTopic(topic, deps.serde.prefix), messages })) });
        await client.query('UPDATE review_outbox SET sent_at = now() WHERE id = ANY($1)', [rows.map((row) => row.id)]);
      }
      return rows.length;
    });
  }

  async function drain(): Promise<number> {
    let total = 0;
    for (;;) {
      again = false;
      const sent = await sendBatch();
      total += sent;
      if (sent < batchSize && !again) return total;
    }
  }

  function run(): Promise<number> {
    if (running) {
      again = true;
      return running;
    }
    running = drain()
      .catch((error: unknown) => {
        deps.logger.warn({ err: error }, 'outbox publish failed; retrying at the next poll');
        return 0;
      })
      .finally(() => {
        running = undefined;
      });
    return running;
  }

  const timer = setInterval(() => {
    if (!stopped) void run();
  }, deps.pollIntervalMs);
  timer.unref();

  return {
    wake: () => {
      if (!stopped) void run();
    },
    flush: async () => {
      await running;
      return run();
    },
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
