/**
 * The topics a shadow can be fed through, in pipeline order. `sluice replay` copies any one of them;
 * a shadow runs the services from that topic on (`sluice shadow up --services`): a prompt or model
 * change replays `documents.ingested.v1` through every stage, a rule change can replay
 * `documents.enriched.v1` through the validator alone, as production's upstream stages would
 * hand the validator the same records again.
 */
export const ENTRY_TOPICS = ['documents.ingested.v1', 'documents.extracted.v1', 'documents.embedded.v1', 'documents.enriched.v1'] as const;

export type EntryTopic = (typeof ENTRY_TOPICS)[number];

/** The pipeline services that consume each entry topic and everything after it (the auditor records any). */
export const SERVICES_FROM: Readonly<Record<EntryTopic, readonly string[]>> = {
  'documents.ingested.v1': ['extractor', 'embedder', 'enricher', 'validator', 'auditor'],
  'documents.extracted.v1': ['embedder', 'enricher', 'validator', 'auditor'],
  'documents.embedded.v1': ['enricher', 'validator', 'auditor'],
  'documents.enriched.v1': ['validator', 'auditor'],
};

/**
 * A lane's entry topic: the first of `ENTRY_TOPICS` holding records there (records counted per
 * topic). Later topics hold what the shadow's own services made of the entry's records.
 */
export function entryTopicOf(recordsPerTopic: ReadonlyMap<string, number>): EntryTopic | null {
  return ENTRY_TOPICS.find((topic) => (recordsPerTopic.get(topic) ?? 0) > 0) ?? null;
}
