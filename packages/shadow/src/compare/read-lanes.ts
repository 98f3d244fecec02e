import type { Admin, Kafka } from 'kafkajs';
import { physicalTopic, type AuditEvent, type AvroSerde, type DocumentProcessed, type ReviewRequested } from '@sluice/contracts';
import { withLeaderRetry } from '../kafka/leader-retry';
import { readRanges, type ReadRange } from '../kafka/range-reader';
import { ENTRY_TOPICS, entryTopicOf, type EntryTopic } from '../lanes/entry-topics';
import type { DocumentOutcome, FieldValue, LaneOutcomes } from './lane-outcomes';

export const INGESTED = 'documents.ingested.v1';
export const PROCESSED = 'documents.processed.v1';
export const REVIEWS = 'reviews.requested.v1';
export const AUDIT = 'audit.events.v1';

/** A lane to read: its label, topic prefix, and (for production) the time its records of interest start. */
export interface LaneSpec {
  label: string;
  prefix: string;
  /** Read only records from this timestamp on (ms); production's results of replayed documents come after their ingest. */
  sinceMs?: number;
}

/** Ranges from `sinceMs` (or the start) to the current end of each partition; missing topics give none. */
async function rangesToEnd(admin: Admin, topic: string, sinceMs: number | undefined, existing: ReadonlySet<string>): Promise<ReadRange[]> {
  if (!existing.has(topic)) return [];
  const offsets = await withLeaderRetry(() => admin.fetchTopicOffsets(topic));
  const starts =
    sinceMs === undefined
      ? new Map(offsets.map((entry) => [entry.partition, BigInt(entry.low)] as const))
      : new Map((await withLeaderRetry(() => admin.fetchTopicOffsetsByTimestamp(topic, sinceMs))).map((entry) => [entry.partition, BigInt(entry.offset)] as const));
  return offsets.map((entry) => ({ topic, partition: entry.partition, start: starts.get(entry.partition) ?? BigInt(entry.low), end: BigInt(entry.high) }));
}

export interface LaneScope {
  /** The topic the documents were replayed into (see entry-topics.ts), null when the lane has none. */
  entryTopic: EntryTopic | null;
  /** Document ids (keys) of the lane's entry topic: the documents replayed into it. */
  ids: Set<string>;
  /** Earliest record timestamp there (replay keeps production's timestamps), null when empty. */
  minTimestamp: number | null;
}

/**
 * The documents replayed into each lane, read with one consumer: the keys of the lane's entry topic
 * (`documents.ingested.v1` when replayed there, `documents.enriched.v1` for a validator-only
 * shadow of a rule change, ...; entry-topics.ts).
 */
export async function readScopes(kafka: Kafka, admin: Admin, groupId: string, prefixes: readonly string[]): Promise<Map<string, LaneScope>> {
  const existing = new Set(await admin.listTopics());
  const entries = new Map<string, { prefix: string; topic: EntryTopic }>();
  const recordsPerTopic = new Map<string, Map<string, number>>(prefixes.map((prefix) => [prefix, new Map<string, number>()]));
  for (const prefix of prefixes) {
    for (const topic of ENTRY_TOPICS) {
      const physical = physicalTopic(topic, prefix);
      if (!existing.has(physical)) continue;
      entries.set(physical, { prefix, topic });
      const size = (await withLeaderRetry(() => admin.fetchTopicOffsets(physical))).reduce((sum, entry) => sum + Number(entry.high) - Number(entry.low), 0);
      recordsPerTopic.get(prefix)!.set(topic, size);
    }
  }
  const scopes = new Map<string, LaneScope>(
    prefixes.map((prefix) => [prefix, { entryTopic: entryTopicOf(recordsPerTopic.get(prefix)!), ids: new Set<string>(), minTimestamp: null }]),
  );
  const read = [...entries].filter(([, entry]) => scopes.get(entry.prefix)!.entryTopic === entry.topic).map(([physical]) => physical);
  const ranges = (await Promise.all(read.map((topic) => rangesToEnd(admin, topic, undefined, existing)))).flat();
  await readRanges(kafka, {
    groupId,
    ranges,
    onRecords: (records) => {
      for (const record of records) {
        const scope = scopes.get(entries.get(record.topic)!.prefix)!;
        if (record.key) scope.ids.add(record.key.toString('utf8'));
        scope.minTimestamp = scope.minTimestamp === null ? record.timestamp : Math.min(scope.minTimestamp, record.timestamp);
      }
      return Promise.resolve();
    },
  });
  return scopes;
}

interface LaneState {
  reviews: Map<string, ReviewRequested>;
  policy: Map<string, DocumentProcessed>;
  human: Map<string, DocumentProcessed>;
  usage: Map<string, { costUsd: number; latencyMs: number }>;
}

const fieldMap = (fields: readonly { name: string; value: string; confidence: number }[]): Map<string, FieldValue> =>
  new Map(fields.map((field) => [field.name, { value: field.value, confidence: field.confidence }] as const));

/**
 * Reads the results of several lanes with one consumer: final records, review requests and audit
 * events (cost, model time) of the documents in `scope`. A document with a review request has
 * outcome REVIEW whatever a person decided later (kept as `humanDecision`): a shadow asks nobody,
 * so the policy's outcome is what compares.
 */
export async function readLaneOutcomes(kafka: Kafka, admin: Admin, serde: AvroSerde, groupId: string, lanes: readonly LaneSpec[], scope: ReadonlySet<string>): Promise<LaneOutcomes[]> {
  const existing = new Set(await admin.listTopics());
  const byTopic = new Map<string, { state: LaneState; logical: string }>();
  const states = lanes.map(() => ({ reviews: new Map(), policy: new Map(), human: new Map(), usage: new Map() }));
  const ranges: ReadRange[] = [];
  for (const [index, lane] of lanes.entries()) {
    for (const logical of [PROCESSED, REVIEWS, AUDIT]) {
      const topic = physicalTopic(logical, lane.prefix);
      byTopic.set(topic, { state: states[index]!, logical });
      ranges.push(...(await rangesToEnd(admin, topic, lane.sinceMs, existing)));
    }
  }
  await readRanges(kafka, {
    groupId,
    ranges,
    onRecords: async (records) => {
      for (const record of records) {
        const documentId = record.key?.toString('utf8');
        if (documentId === undefined || !scope.has(documentId)) continue;
        const { state, logical } = byTopic.get(record.topic)!;
        if (logical === REVIEWS) {
          const { value } = await serde.decode<ReviewRequested>(REVIEWS, record.value);
          if (!state.reviews.has(documentId)) state.reviews.set(documentId, value);
        } else if (logical === PROCESSED) {
          const { value } = await serde.decode<DocumentProcessed>(PROCESSED, record.value);
          const target = value.decidedBy.actor === 'HUMAN' ? state.human : state.policy;
          if (!target.has(documentId)) target.set(documentId, value);
        } else {
          const { value } = await serde.decode<AuditEvent>(AUDIT, record.value);
          const usage = state.usage.get(documentId) ?? { costUsd: 0, latencyMs: 0 };
          usage.costUsd += value.costUsd;
          usage.latencyMs += value.latencyMs;
          state.usage.set(documentId, usage);
        }
      }
    },
  });
  return lanes.map((lane, index) => ({ label: lane.label, prefix: lane.prefix, documents: outcomesOf(states[index]!) }));
}

function outcomesOf(state: LaneState): Map<string, DocumentOutcome> {
  const documents = new Map<string, DocumentOutcome>();
  const ids = new Set([...state.reviews.keys(), ...state.policy.keys(), ...state.human.keys()]);
  for (const documentId of ids) {
    const review = state.reviews.get(documentId);
    const policy = state.policy.get(documentId);
    const human = state.human.get(documentId);
    const usage = state.usage.get(documentId) ?? { costUsd: 0, latencyMs: 0 };
    const source = review ?? policy ?? human!;
    documents.set(documentId, {
      documentId,
      tenant: source.tenant,
      kind: source.kind,
      // A person's decision exists only after a review request (perhaps outside the range read).
      outcome: review || !policy ? 'REVIEW' : policy.decision,
      humanDecision: human?.decision ?? null,
      fields: fieldMap(source.fields),
      costUsd: usage.costUsd,
      latencyMs: usage.latencyMs,
    });
  }
  return documents;
}
