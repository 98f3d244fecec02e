import type { KafkaMessage } from 'kafkajs';
import type { PartitionOutput } from './partition-output';

export interface FencingDeps {
  output: Pick<PartitionOutput, 'acquire'>;
  /** The group's committed offset of a topic-partition (admin API); undefined when none is committed. */
  committedOffset: (topic: string, partition: number) => Promise<number | undefined>;
}

export interface FencedFetch {
  /** The fetched records still to process. */
  messages: KafkaMessage[];
  /**
   * Set when records below it were dropped: the group's committed offset read after fencing. The
   * caller resolves `committed - 1` so kafkajs's fetch position moves past them too.
   */
  committed?: number;
}

/**
 * Makes sure this instance owns the topic-partition's output before processing `messages`
 * (`output.acquire`, which fences any earlier owner: see `transactional-output.ts`). The first time
 * it does so, the previous owner may have committed between our offset fetch (at join) and our
 * fencing; after fencing the committed offset is final, and fetched records below it are already
 * done, so they are dropped here rather than processed twice.
 */
export async function fencePartition(topic: string, partition: number, messages: KafkaMessage[], deps: FencingDeps): Promise<FencedFetch> {
  const { fresh } = await deps.output.acquire(topic, partition);
  if (!fresh) return { messages };
  const committed = await deps.committedOffset(topic, partition);
  if (committed === undefined || !messages.some((message) => Number(message.offset) < committed)) return { messages };
  return { messages: messages.filter((message) => Number(message.offset) >= committed), committed };
}
