import type { Admin } from 'kafkajs';
import { physicalTopic, topicCatalogue } from '@sluice/contracts';
import { readConsumerLag, serviceGroupId } from '@sluice/stream';
import type { LagSample } from './load-shedder';

/** Input topics of a stage, from the topic catalogue (a stage may read several, e.g. the validator). */
export function stageInputs(stage: string): string[] {
  return topicCatalogue.filter((topic) => (topic.consumers as readonly string[]).includes(stage)).map((topic) => topic.name);
}

/**
 * The pipeline's consumer lag for load shedding: readConsumerLag (packages/stream) of every watched
 * stage's consumer group on each of its input topics, summed, with the committed offsets summed
 * beside it (their growth is the drain rate). Topics that do not exist yet count as empty.
 */
export async function readPipelineLag(admin: Admin, stages: readonly string[], prefix: string, now = Date.now): Promise<LagSample> {
  const existing = new Set(await admin.listTopics());
  let lag = 0;
  let consumed = 0;
  for (const stage of stages) {
    for (const topic of stageInputs(stage)) {
      const physical = physicalTopic(topic, prefix);
      if (!existing.has(physical)) continue;
      for (const partition of await readConsumerLag(admin, serviceGroupId(stage, prefix), physical)) {
        lag += partition.lag;
        consumed += partition.committedOffset;
      }
    }
  }
  return { lag, consumed, at: now() };
}
