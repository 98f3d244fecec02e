import type { Schema } from 'avsc';
import { readSchema } from './schema-files';
import { SluiceError } from '@sluice/errors';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface TopicSpec {
  /** Logical name; the physical name is `SLUICE_TOPIC_PREFIX + name`. */
  name: string;
  /** File under schemas/ with the value's Avro schema (subject `<physical name>-value`). */
  schemaFile: string;
  /** Keys are the document id as a UTF-8 string on every topic. */
  key: 'document-id';
  partitions: number;
  cleanupPolicy: 'delete' | 'compact';
  retentionMs: number;
  /** Services that consume this topic; each gets the dead-letter topic `<topic>.<service>.dlq`. */
  consumers: readonly string[];
}

/** Every topic of the pipeline (design note, "Flow"). Dead-letter topics are derived. */
export const topicCatalogue = [
  {
    name: 'documents.ingested.v1',
    schemaFile: 'documents.ingested.v1.avsc',
    key: 'document-id',
    partitions: 6,
    cleanupPolicy: 'delete',
    retentionMs: 14 * DAY_MS,
    consumers: ['extractor', 'auditor'],
  },
  {
    name: 'documents.extracted.v1',
    schemaFile: 'documents.extracted.v1.avsc',
    key: 'document-id',
    partitions: 6,
    cleanupPolicy: 'delete',
    retentionMs: 7 * DAY_MS,
    consumers: ['embedder', 'review', 'auditor'],
  },
  {
    name: 'documents.embedded.v1',
    schemaFile: 'documents.embedded.v1.avsc',
    key: 'document-id',
    partitions: 6,
    cleanupPolicy: 'delete',
    retentionMs: 7 * DAY_MS,
    consumers: ['enricher', 'auditor'],
  },
  {
    name: 'documents.enriched.v1',
    schemaFile: 'documents.enriched.v1.avsc',
    key: 'document-id',
    partitions: 6,
    cleanupPolicy: 'delete',
    retentionMs: 7 * DAY_MS,
    consumers: ['validator', 'auditor'],
  },
  {
    name: 'documents.processed.v1',
    schemaFile: 'documents.processed.v1.avsc',
    key: 'document-id',
    partitions: 6,
    cleanupPolicy: 'delete',
    retentionMs: 30 * DAY_MS,
    consumers: ['auditor'],
  },
  {
    name: 'reviews.requested.v1',
    schemaFile: 'reviews.requested.v1.avsc',
    key: 'document-id',
    partitions: 3,
    cleanupPolicy: 'delete',
    retentionMs: 30 * DAY_MS,
    consumers: ['review', 'auditor'],
  },
  {
    name: 'reviews.completed.v1',
    schemaFile: 'reviews.completed.v1.avsc',
    key: 'document-id',
    partitions: 3,
    cleanupPolicy: 'delete',
    retentionMs: 30 * DAY_MS,
    consumers: ['validator', 'auditor'],
  },
  {
    name: 'audit.events.v1',
    schemaFile: 'audit.events.v1.avsc',
    key: 'document-id',
    partitions: 3,
    cleanupPolicy: 'delete',
    retentionMs: 90 * DAY_MS,
    consumers: ['auditor'],
  },
] as const satisfies readonly TopicSpec[];

export type TopicName = (typeof topicCatalogue)[number]['name'];

export function topicSpec(name: string): TopicSpec {
  const spec = topicCatalogue.find((topic) => topic.name === name);
  if (!spec) throw new SluiceError('CONFIG', `unknown topic ${name}; the catalogue has ${topicCatalogue.map((t) => t.name).join(', ')}`);
  return spec;
}

export function topicSchema(name: string): Schema {
  return readSchema(topicSpec(name).schemaFile);
}

export function physicalTopic(name: string, prefix = ''): string {
  return `${prefix}${name}`;
}

/** TopicNameStrategy: the value subject of a topic. */
export function valueSubject(physicalTopicName: string): string {
  return `${physicalTopicName}-value`;
}

export function deadLetterTopic(sourceTopic: string, service: string): string {
  return `${sourceTopic}.${service}.dlq`;
}
