import type { Admin, Kafka } from 'kafkajs';
import { physicalTopic, topicCatalogue, type AvroSerde } from '@sluice/contracts';
import { stageLag } from '@sluice/stream';

export interface TopicRecord<T> {
  key: string;
  value: T;
  headers: Record<string, string>;
}

/** Every committed record of a topic, read until nothing new arrived for `idleMs`. */
export async function readAll<T>(kafka: Kafka, serde: AvroSerde, logical: string, groupId: string, idleMs = 3_000): Promise<TopicRecord<T>[]> {
  const consumer = kafka.consumer({ groupId });
  const records: TopicRecord<T>[] = [];
  let lastAt = Date.now();
  await consumer.connect();
  try {
    await consumer.subscribe({ topic: physicalTopic(logical, serde.prefix), fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ message }) => {
        lastAt = Date.now();
        const headers = Object.fromEntries(Object.entries(message.headers ?? {}).map(([k, v]) => [k, String(v ?? '')]));
        records.push({ key: message.key?.toString('utf8') ?? '', value: (await serde.decode<T>(logical, message.value)).value, headers });
      },
    });
    // The group must join and fetch before "idle" means anything.
    await new Promise((resolve) => setTimeout(resolve, idleMs));
    while (Date.now() - lastAt < idleMs) await new Promise((resolve) => setTimeout(resolve, 250));
  } finally {
    await consumer.disconnect();
  }
  return records;
}

/** Total lag of every pipeline stage (service, input) of the catalogue under `prefix`. */
export async function pipelineLag(admin: Admin, prefix: string, services: readonly string[]): Promise<number> {
  let total = 0;
  for (const topic of topicCatalogue) {
    for (const service of topic.consumers) {
      if (!services.includes(service)) continue;
      total += await stageLag(admin, service, topic.name, prefix).catch(() => 0);
    }
  }
  return total;
}

export async function until(what: string, check: () => Promise<boolean> | boolean, timeoutMs: number, intervalMs = 1_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
}
