import type { Kafka } from 'kafkajs';
import type { AvroSerde, DocumentIngested } from '@sluice/contracts';

export function sampleDocument(i: number): DocumentIngested {
  return {
    id: `doc-${i}`,
    tenant: i % 2 ? 'acme' : 'globex',
    kind: ['invoice', 'email', 'ticket', 'other'][i % 4]!,
    source: { platform: 'smoke-test', uri: i % 3 ? `s3://bucket/doc-${i}.txt` : null },
    contentType: 'text/plain',
    text: `Invoice INV-${i} — total ${(i * 1.5).toFixed(2)} EUR — ünïcödé ✓`,
    receivedAt: 1_700_000_000_000 + i,
    attributes: i % 5 ? { batch: String(i % 7), lang: 'de' } : {},
    // Fields added by schema evolution, at their defaults: a decoded record carries them.
    parentId: null,
    content: null,
    contentRef: null,
    textRef: null,
  };
}

export interface Received<T> {
  key: string;
  value: T;
  partition: number;
  offset: string;
}

/**
 * Consumes `topic` from the beginning with a fresh group until `count` records arrived or
 * `timeoutMs` passed (then returns what it has, so the caller's assertion reports the shortfall).
 */
export async function collectValues<T>(
  kafka: Kafka,
  topic: string,
  serde: AvroSerde,
  logicalTopic: string,
  count: number,
  options: { groupId: string; readUncommitted?: boolean; timeoutMs?: number },
): Promise<Received<T>[]> {
  const consumer = kafka.consumer({ groupId: options.groupId, readUncommitted: options.readUncommitted ?? false });
  const received: Received<T>[] = [];
  await consumer.connect();
  try {
    await consumer.subscribe({ topic, fromBeginning: true });
    let resolveDone: () => void = () => {};
    const done = new Promise<void>((resolve) => (resolveDone = resolve));
    await consumer.run({
      eachMessage: async ({ message, partition }) => {
        const { value } = await serde.decode<T>(logicalTopic, message.value);
        received.push({ key: message.key?.toString('utf8') ?? '', value, partition, offset: message.offset });
        if (received.length >= count) resolveDone();
      },
    });
    if (count > 0) {
      await Promise.race([done, new Promise((resolve) => setTimeout(resolve, options.timeoutMs ?? 60_000))]);
    } else {
      await new Promise((resolve) => setTimeout(resolve, options.timeoutMs ?? 3_000));
    }
  } finally {
    await consumer.disconnect();
  }
  return received;
}
