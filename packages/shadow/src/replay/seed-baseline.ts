import type { Admin, Kafka } from 'kafkajs';
import { baselinePrefix, shadowPrefix } from '@sluice/config';
import { ensureTopics, physicalTopic, planTopics } from '@sluice/contracts';
import { readRanges, type ReadRange } from '../kafka/range-reader';
import { copyRecords, type CopyCounts } from './copy-records';
import { watermarks } from './replay-topic';

const INGESTED = 'documents.ingested.v1';

async function wholeTopic(admin: Admin, topic: string): Promise<ReadRange[]> {
  return (await watermarks(admin, topic)).map((mark) => ({ topic, partition: mark.partition, start: mark.low, end: mark.high }));
}

/**
 * Brings a shadow's baseline lane level with its candidate lane before the baseline starts
 * (`sluice shadow up --baseline`): copies each candidate ingest record whose document id the
 * baseline lane does not have yet (once per id: the extractor processes an id once anyway). Replays
 * made while the baseline exists write to both lanes; this covers those made before it existed.
 */
export async function seedBaseline(kafka: Kafka, admin: Admin, name: string, groupId: string): Promise<CopyCounts> {
  const source = physicalTopic(INGESTED, shadowPrefix(name));
  const target = physicalTopic(INGESTED, baselinePrefix(name));
  await ensureTopics(admin, [...planTopics(shadowPrefix(name), [INGESTED]), ...planTopics(baselinePrefix(name), [INGESTED])]);
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
