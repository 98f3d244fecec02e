import type { Admin, ITopicConfig } from 'kafkajs';
import { deadLetterTopic, physicalTopic, topicCatalogue, topicSpec, type TopicSpec } from './topic-catalogue';
import { SluiceError } from '@sluice/errors';

export interface TopicPlan {
  topic: string;
  numPartitions: number;
  configEntries: { name: string; value: string }[];
}

function configEntries(spec: Pick<TopicSpec, 'cleanupPolicy' | 'retentionMs'>): TopicPlan['configEntries'] {
  return [
    { name: 'cleanup.policy', value: spec.cleanupPolicy },
    { name: 'retention.ms', value: String(spec.retentionMs) },
  ];
}

/** The physical topics of the catalogue (or some of it): the topic and each consumer's dead-letter topic. */
export function planTopics(prefix = '', names: readonly string[] = topicCatalogue.map((t) => t.name)): TopicPlan[] {
  return names.flatMap((name) => {
    const spec = topicSpec(name);
    const topic = physicalTopic(spec.name, prefix);
    return [
      { topic, numPartitions: spec.partitions, configEntries: configEntries(spec) },
      ...spec.consumers.map((service) => ({
        topic: deadLetterTopic(topic, service),
        // Dead letters are few and read by people: one partition keeps them in order.
        numPartitions: 1,
        configEntries: configEntries({ cleanupPolicy: 'delete', retentionMs: 30 * 24 * 3600 * 1000 }),
      })),
    ];
  });
}

/**
 * Creates the topics that do not exist yet (existing ones are left as they are), then waits until
 * every planned topic's partitions are served by their leaders — also the ones that existed, since
 * another process may have created them a moment ago. Returns the names this call created.
 */
export async function ensureTopics(admin: Admin, plans: readonly TopicPlan[]): Promise<string[]> {
  const existing = new Set(await admin.listTopics());
  const missing: ITopicConfig[] = plans
    .filter((plan) => !existing.has(plan.topic))
    // Replication factor left out: the broker's default.replication.factor applies.
    .map((plan) => ({ topic: plan.topic, numPartitions: plan.numPartitions, configEntries: plan.configEntries }));
  if (missing.length > 0) {
    try {
      await admin.createTopics({ topics: missing, waitForLeaders: false });
    } catch (error) {
      // Another process created some of them between listTopics and createTopics: fine if all exist now.
      const now = new Set(await admin.listTopics());
      if (!missing.every((topic) => now.has(topic.topic))) throw error;
    }
  }
  await waitForLeaders(admin, plans.map((plan) => plan.topic));
  return missing.map((topic) => topic.topic);
}

/**
 * Polls until every partition of `topics` has a leader in the metadata and that leader answers a
 * ListOffsets request for it. A KRaft broker answers metadata from the controller's log before its
 * replica manager has taken the leadership: for a while (seconds on a loaded machine) the metadata
 * names a leader that refuses Produce and ListOffsets with NOT_LEADER_OR_FOLLOWER. kafkajs's own
 * `waitForLeaders` checks the metadata only and gives up on UNKNOWN_TOPIC_OR_PARTITION.
 * Throws SluiceError TIMEOUT after `timeoutMs` (milliseconds) with the last error.
 */
export async function waitForLeaders(admin: Admin, topics: readonly string[], timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const pending = new Set(topics);
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      const metadata = await admin.fetchTopicMetadata({ topics: [...pending] });
      const led = metadata.topics.filter((topic) => topic.partitions.length > 0 && topic.partitions.every((partition) => partition.leader >= 0));
      for (const topic of led) {
        await admin.fetchTopicOffsets(topic.name); // served by each partition's leader
        pending.delete(topic.name);
      }
      if (pending.size === 0) return;
    } catch (error) {
      lastError = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new SluiceError('TIMEOUT', `topics ${[...pending].join(', ')} are not served by their leaders after ${timeoutMs} ms: ${String(lastError)}`, { cause: lastError });
}
