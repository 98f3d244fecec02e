export { AvroSerde } from './avro-serde';
export type { Decoded } from './avro-serde';
export { registerTopicSchemas, SUBJECT_COMPATIBILITY } from './schema-registration';
export { ensureTopics, planTopics, waitForLeaders } from './topic-admin';
export type { TopicPlan } from './topic-admin';
export {
  topicCatalogue,
  topicSpec,
  topicSchema,
  physicalTopic,
  valueSubject,
  deadLetterTopic,
} from './topic-catalogue';
export type { TopicSpec, TopicName } from './topic-catalogue';
export { schemasDir, schemaFileNames, readSchema } from './schema-files';
export { backwardTransitiveProblems, committedVersions } from './schema-compatibility';
export type { AuditEvent } from './generated/sluice-audit-v1.generated';
export type { WithDefaultedFields } from './defaulted-fields';
export type { DocumentEmbedded, DocumentEnriched, DocumentExtracted, DocumentIngested, DocumentProcessed, BlobReference } from './parsed-document-types';
export type { ReviewCompleted, ReviewRequested } from './generated/sluice-reviews-v1.generated';
export { wellFormedText, receivedAtInput } from './ingest-input-schema';
export { isWellFormedText, malformedTextProblem, receivedAtProblem, EARLIEST_RECEIVED_AT_MS, RECEIVED_AT_FUTURE_SKEW_MS } from './ingest-checks';
