import { randomBytes } from 'node:crypto';
import type { Kafka } from 'kafkajs';
import { physicalTopic, type AvroSerde } from '@sluice/contracts';

export interface ReplayOptions {
  /** Keep reading new records after catching up (a service); otherwise stop at the end. */
  follow?: boolean;
  /** Called once when every partition has been read up to where it ended when the replay started. */
  onCaughtUp?: () => void;
  signal?: AbortSignal;
}

export interface Replay {
  /** Resolves when the replay stopped: caught up (not following) or aborted. */
  done: Promise<{ records: number; undecodable: number }>;
  stop(): Promise<void>;
}

/**
 * Reads logical `topics` from their beginning, read_committed, and hands every decoded value and
 * its record timestamp to `onRecord`. Nothing is committed: each replay is a fresh consumer group,
 * so drift is recomputed from what the topics retain (the sketches keep memory constant). "Caught
 * up" is judged per partition from the last offset of each batch, which kafkajs also reports for batches
 * that hold only transaction markers, so a transactional topic's trailing marker does not hang it.
 */
export function replayTopics(
  kafka: Kafka,
  serde: AvroSerde,
  topics: readonly string[],
  onRecord: (topic: string, value: unknown, timestamp: number) => void,
  options: ReplayOptions = {},
): Replay {
  const consumer = kafka.consumer({ groupId: `${serde.prefix}drift-replay-${randomBytes(6).toString('hex')}`, readUncommitted: false, maxWaitTimeInMs: 250 });
  const admin = kafka.admin();
  let records = 0;
  let undecodable = 0;
  let finish: () => void = () => undefined;
  const finished = new Promise<void>((resolve) => (finish = resolve));
  const byPhysical = new Map(topics.map((topic) => [physicalTopic(topic, serde.prefix), topic] as const));

  const done = (async () => {
    await admin.connect();
    const existing = new Set(await admin.listTopics());
    const present = [...byPhysical.keys()].filter((topic) => existing.has(topic));
    // Partitions that hold records now, and the offset each has to be read to.
    const pending = new Map<string, number>();
    for (const topic of present) {
      for (const offsets of await admin.fetchTopicOffsets(topic)) {
        if (Number(offsets.high) > Number(offsets.low)) pending.set(`${topic}:${offsets.partition}`, Number(offsets.high));
      }
    }
    await admin.disconnect();
    let caughtUp = false;
    const checkCaughtUp = () => {
      if (caughtUp || pending.size > 0) return;
      caughtUp = true;
      options.onCaughtUp?.();
      if (!options.follow) finish();
    };
    checkCaughtUp();
    if (present.length === 0 || (caughtUp && !options.follow)) return { records, undecodable };

    await consumer.connect();
    consumer.on(consumer.events.END_BATCH_PROCESS, ({ payload }) => {
      const key = `${payload.topic}:${payload.partition}`;
      const target = pending.get(key);
      if (target !== undefined && Number(payload.lastOffset) + 1 >= target) {
        pending.delete(key);
        checkCaughtUp();
      }
    });
    await consumer.subscribe({ topics: present, fromBeginning: true });
    await consumer.run({
      autoCommit: false,
      eachBatch: async ({ batch }) => {
        const logical = byPhysical.get(batch.topic) as string;
        for (const message of batch.messages) {
          try {
            const { value } = await serde.decode(logical, message.value);
            records += 1;
            onRecord(logical, value, Number(message.timestamp));
          } catch {
            undecodable += 1;
          }
        }
      },
    });
    options.signal?.addEventListener('abort', finish, { once: true });
    await finished;
    await consumer.disconnect();
    return { records, undecodable };
  })();

  return {
    done,
    stop: async () => {
      finish();
      await done.catch(() => undefined);
    },
  };
}
