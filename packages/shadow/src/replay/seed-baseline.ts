import type { Admin, Kafka } from 'kafkajs';
import { baselinePrefix, shadowPrefix } from '@sluice/config';
import { ensureTopics, physicalTopic, planTopics } from '@sluice/contracts';
import { readRanges, type ReadRange } from '../kafka/range-reader';
import { copyRecords, type CopyCounts } from './copy-records';
import { watermarks } from './replay-topic';
import { ENTRY_TOPICS, entryTopicOf } from '../lanes/entry-topics';

async function wholeTopic(admin: Admin, topic: string): Promise<ReadRange[]> {
  return (await watermarks(admin, topic)).map((mark) => ({ topic, partition: mark.partition, start: mark.low, end: mark.high }));
}

/**
 * Brings a shadow's baseline lane level with its candidate lane before the baseline starts
 * (`sluice shadow up --baseline`): copies each record of the candidate's entry topic (the one
 * replayed into, entry-topics.ts; later topics hold the candidate's own results) whose document id
 * the baseline lane's topic does not have yet, once per id (a stage processes an id once anyway).
 * Replays made while the baseline exists write to both lanes; this covers those made before it.
 */
export async function seedBaseline(kafka: Kafka, admin: Admin, name: string, groupId: string): Promise<CopyCounts> {
  const existing = new Set(await admin.listTopics());
  const sizes = new Map<string, number>();
  for (const topic of ENTRY_TOPICS) {
    const physical = physicalTopic(topic, shadowPrefix(name));
    if (existing.has(physical)) sizes.set(topic, (await watermarks(admin, physical)).reduce((sum, mark) => sum + Number(mark.high - mark.low), 0));
  }
  const topic = entryTopicOf(sizes) ?? ENTRY_TOPICS[0];
  const source = physicalTopic(topic, shadowPrefix(name));
  const target = physicalTopic(topic, baselinePrefix(name));
  await ensureTopics(admin, [...planTopics(shadowPrefix(name), [topic]), ...planTopics(baselinePrefix(name), [topic])]);
  const present = new Set<string>();
  await readRanges(kafka, {
    groupId: `${groupId}-keys`,
    ranges: await wholeTopic(admin, target),
    onRecords: (records) => {
      for (const record of records) if (record.key) present.add(record.key.toString('utf8'));
      return Promise.resolve();
    },
  });
  return copyRecords(kafka, {
    ranges: await wholeTopic(admin, source),
    targets: [target],
    groupId,
    keep: (record) => {
      const id = record.key?.toString('utf8');
      if (id === undefined || present.has(id)) return false;
      present.add(id);
      return true;
    },
  });
}
