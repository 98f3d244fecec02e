import type { Admin } from 'kafkajs';
import { physicalTopic } from '@sluice/contracts';

export interface PartitionLag {
  partition: number;
  /** High watermark: the offset the next record will get. */
  logEndOffset: number;
  /** Next offset the group will read; the log start when the group has committed nothing. */
  committedOffset: number;
  lag: number;
}

/**
 * Lag of a consumer group on a topic, from the admin API alone: log-end offset (ListOffsets) minus
 * the group's committed offset (OffsetFetch), per partition. This is how every component reads the
 * lag of a pipeline stage (docs/runtime.md): it needs only the group id, is right even while the
 * stage is down (exactly when lag matters most) and adds no topic to keep.
 *
 * With transactional input the log end sits one past the last record (the commit marker); the
 * runtime commits past markers, so a caught-up stage reads 0.
 */
export async function readConsumerLag(admin: Admin, groupId: string, topic: string): Promise<PartitionLag[]> {
  const [ends, committed] = await Promise.all([
    admin.fetchTopicOffsets(topic),
    admin.fetchOffsets({ groupId, topics: [topic] }),
  ]);
  const committedByPartition = new Map(
    (committed[0]?.partitions ?? []).map((entry) => [entry.partition, Number(entry.offset)] as const),
  );
  return ends
    .map((end) => {
      const logEndOffset = Number(end.high);
      const stored = committedByPartition.get(end.partition) ?? -1;
      const committedOffset = stored >= 0 ? stored : Number(end.low);
      return { partition: end.partition, logEndOffset, committedOffset, lag: Math.max(0, logEndOffset - committedOffset) };
    })
    .sort((a, b) => a.partition - b.partition);
}

/** Consumer group of a service: the topic prefix keeps shadow pipelines apart from production. */
export function serviceGroupId(service: string, prefix = ''): string {
  return `${prefix}${service}`;
}

/**
 * Total lag of one pipeline stage, e.g. `stageLag(admin, 'extractor', 'documents.ingested.v1')`;
 * what the gateway reads for load shedding.
 */
export async function stageLag(admin: Admin, service: string, inputTopic: string, prefix = ''): Promise<number> {
  const partitions = await readConsumerLag(admin, serviceGroupId(service, prefix), physicalTopic(inputTopic, prefix));
  return partitions.reduce((sum, partition) => sum + partition.lag, 0);
}
