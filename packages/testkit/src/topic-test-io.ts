import type { Kafka } from 'kafkajs';
import pino from 'pino';
import type { AvroSerde } from '@sluice/contracts';
import { runService, type RunningService, type ServiceDefinition } from '@sluice/stream';

/**
 * Integration-test plumbing: publish values to a logical topic, run a service in-process with
 * quiet logs, and read a topic read_committed until it holds what the test waits for.
 */
export async function publish<T>(kafka: Kafka, serde: AvroSerde, topic: string, records: readonly { key: string; value: T }[]): Promise<void> {
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  await producer.connect();
  try {
    const messages = await Promise.all(records.map(async ({ key, value }) => ({ key, value: await serde.encode(topic, value) })));
    await producer.send({ topic: `${serde.prefix}${topic}`, messages, acks: -1 });
  } finally {
    await producer.disconnect();
  }
}

export function runQuietly<I, O>(service: ServiceDefinition<I, O>, kafka: Kafka, serde: AvroSerde): Promise<RunningService> {
  return runService(service, {
    kafka,
    serde,
    logger: pino({ level: process.env.SERVICE_TEST_VERBOSE ? 'info' : 'silent' }),
    options: { sessionTimeoutMs: 8000, lagSampleIntervalMs: 500, retry: { baseDelayMs: 20, maxDelayMs: 200 } },
  });
}

export interface ReadValue<T> {
  key: string;
  value: T;
}

/**
 * Reads `topic` (logical name) from the start with read_committed until `enough(records)` holds.
 * Outputs and audit events of one batch commit in one transaction, so waiting for the audit
 * event of every input and then reading the other topic sees everything the service produced.
 */
export async function readUntil<T>(
  kafka: Kafka,
  serde: AvroSerde,
  topic: string,
  groupId: string,
  enough: (records: readonly ReadValue<T>[]) => boolean,
  timeoutMs = 60_000,
): Promise<ReadValue<T>[]> {
  const records: ReadValue<T>[] = [];
  const consumer = kafka.consumer({ groupId, readUncommitted: false, maxWaitTimeInMs: 200 });
  await consumer.connect();
  try {
    await consumer.subscribe({ topic: `${serde.prefix}${topic}`, fromBeginning: true });
    let finish: () => void = () => undefined;
    const finished = new Promise<void>((resolve) => (finish = resolve));
    await consumer.run({
      eachMessage: async ({ message }) => {
        const { value } = await serde.decode<T>(topic, message.value);
        records.push({ key: message.key?.toString() ?? '', value });
        if (enough(records)) finish();
      },
    });
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${topic}: ${records.length} records after ${timeoutMs} ms, not enough`)), timeoutMs);
    });
    await Promise.race([finished, timeout]).finally(() => clearTimeout(timer));
  } finally {
    await consumer.disconnect();
  }
  return records;
}
