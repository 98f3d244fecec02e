import type { Message } from 'kafkajs';

/**
 * Where a micro-batch's outcome goes, per input topic-partition: its outputs and dead letters by
 * physical topic, and the next offset to read. Two kinds:
 * - `TransactionalOutput`: everything in one Kafka transaction (exactly once inside Kafka);
 * - `ConsumerCommitOutput`: sink services (no outputs) write dead letters with an idempotent
 *   producer, then commit the offset with the consumer (at least once; the handler's effect is idempotent).
 */
export interface PartitionOutput {
  /** Prepares the topic-partition's output; `fresh` when doing so just fenced an earlier owner. */
  acquire(topic: string, partition: number): Promise<{ fresh: boolean }>;
  commit(topic: string, partition: number, messages: ReadonlyMap<string, Message[]>, nextOffset: string): Promise<void>;
  /**
   * After each rebalance, with the assigned partitions by physical input topic: releases what
   * belongs to topic-partitions no longer assigned (ending their open transactions) and prepares
   * the newly assigned ones (`TransactionalOutput`: fences their previous owner at once).
   */
  assign(assigned: ReadonlyMap<string, readonly number[]>): Promise<void>;
  close(): Promise<void>;
}

export function topicPartitionKey(topic: string, partition: number): string {
  return `${topic}:${partition}`;
}
