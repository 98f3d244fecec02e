import type { Consumer } from 'kafkajs';
import type { Logger } from 'pino';
import type { StreamMetrics } from './metrics';

export interface GroupMembership {
  joined: boolean;
  /** Assigned partitions by physical input topic, as of the last join. */
  assigned: ReadonlyMap<string, readonly number[]>;
}

/**
 * Assigned partitions per input topic and whether the member is in a stable group, from the
 * consumer's instrumentation events (GROUP_JOIN carries the whole `memberAssignment`, by topic).
 * `onAssigned` gets the assigned partitions by topic after every join.
 */
export function trackMembership(consumer: Consumer, topics: readonly string[], metrics: StreamMetrics, logger: Logger, onAssigned: (assigned: ReadonlyMap<string, readonly number[]>) => void): GroupMembership {
  const state: GroupMembership = { joined: false, assigned: new Map() };
  consumer.on(consumer.events.GROUP_JOIN, (event) => {
    state.joined = true;
    const assigned = new Map(topics.map((topic) => [topic, [...(event.payload.memberAssignment[topic] ?? [])]] as const));
    state.assigned = assigned;
    metrics.rebalances.inc();
    logger.info({ assignment: Object.fromEntries(assigned), generationId: event.payload.groupId }, 'joined the consumer group');
    onAssigned(assigned);
  });
  consumer.on(consumer.events.REBALANCING, () => {
    state.joined = false;
  });
  consumer.on(consumer.events.CRASH, (event) => {
    state.joined = false;
    logger.error({ err: event.payload.error, restart: event.payload.restart }, 'consumer crashed');
  });
  consumer.on(consumer.events.STOP, () => {
    state.joined = false;
  });
  return state;
}
