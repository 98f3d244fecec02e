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

/** Creates the topics that do not exist yet; existing ones are left as they are. Returns the created names. */
export async function ensureTopics(admin: Admin, plans: readonly TopicPlan[]): Promise<string[]> {
  const existing = new Set(await admin.listTopics());
  const missing: ITopicConfig[] = plans
    .filter((plan) => !existing.has(plan.topic))
    // Replication factor left out: the broker's default.replication.factor applies.
    .map((plan) => ({ topic: plan.topic, numPartitions: plan.numPartitions, configEntries: plan.configEntries }));
  if (missing.length === 0) return [];
  try {
    await admin.createTopics({ topics: missing, waitForLeaders: false });
  } catch (error) {
    // Another process created some of them between listTopics and createTopics: fine if all exist now.
    const now = new Set(await admin.listTopics());
    if (!missing.every((topic) => now.has(topic.topic))) throw error;
  }
  await waitForLeaders(admin, missing.map((topic) => topic.topic));
  return missing.map((topic) => topic.topic);
}

/**
 * Polls metadata until every partition of `topics` has a leader. kafkajs's own `waitForLeaders`
 * gives up on UNKNOWN_TOPIC_OR_PARTITION, which a KRaft broker answers for a moment after creation.
 */
export async function waitForLeaders(admin: Admin, topics: readonly string[], timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      const metadata = await admin.fetchTopicMetadata({ topics: [...topics] });
      const ready = metadata.topics.every(
        (topic) => topic.partitions.length > 0 && topic.partitions.every((partition) => partition.leader >= 0),
      );
      if (ready && metadata.topics.length === topics.length) return;
    } catch (error) {
      lastError = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new SluiceError('TIMEOUT', `topics ${topics.join(', ')} have no leaders after ${timeoutMs} ms: ${String(lastError)}`, { cause: lastError });
}
