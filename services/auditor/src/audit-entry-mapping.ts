import { createHash } from 'node:crypto';
import type { AuditEntry } from '@sluice/audit';
import type {
  AuditEvent,
  DocumentEmbedded,
  DocumentEnriched,
  DocumentExtracted,
  DocumentIngested,
  DocumentProcessed,
  ReviewCompleted,
  ReviewRequested,
} from '@sluice/contracts';
import { topicCatalogue } from '@sluice/contracts';
import type { InputRecord } from '@sluice/stream';
import { SluiceError } from '@sluice/errors';

/** The topics the auditor reads: those the catalogue lists it as a consumer of (every one). */
export const auditedTopics: readonly string[] = topicCatalogue
  .filter((topic) => (topic.consumers as readonly string[]).includes('auditor'))
  .map((topic) => topic.name);

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * What the audit log keeps of a pipeline record: identifiers, sizes, hashes and decisions, never
 * document text or field values (they can hold personal data; the topics keep them for their
 * retention, the audit log keeps them for years).
 */
function summary(topic: string, value: unknown): { documentId: string; tenant: string; entry: Record<string, unknown> } {
  switch (topic) {
    case 'documents.ingested.v1': {
      const v = value as DocumentIngested;
      return {
        documentId: v.id,
        tenant: v.tenant,
        entry: {
          kind: v.kind,
          platform: v.source.platform,
          contentType: v.contentType,
          textLength: v.text.length,
          textSha256: sha256(v.text),
          receivedAt: v.receivedAt,
          // Issue 9: the family and the original, by size and content address only.
          ...(v.parentId ? { parentId: v.parentId } : {}),
          ...(v.content ? { contentBytes: v.content.byteLength, contentSha256: createHash('sha256').update(v.content).digest('hex') } : {}),
          ...(v.contentRef ? { contentRef: v.contentRef } : {}),
          ...(v.textRef ? { textRef: v.textRef } : {}),
        },
      };
    }
    case 'documents.extracted.v1': {
      const v = value as DocumentExtracted;
      return {
        documentId: v.documentId,
        tenant: v.tenant,
        entry: { kind: v.kind, language: v.language, fieldNames: v.fields.map((f) => f.name), model: v.model, degraded: v.degraded, ...(v.parentId ? { parentId: v.parentId } : {}) },
      };
    }
    case 'documents.embedded.v1': {
      const v = value as DocumentEmbedded;
      return {
        documentId: v.documentId,
        tenant: v.tenant,
        entry: { embeddings: v.embeddings.map((e) => ({ target: e.target, model: e.model, contentHash: e.contentHash, dimensions: e.vector.length })) },
      };
    }
    case 'documents.enriched.v1': {
      const v = value as DocumentEnriched;
      return {
        documentId: v.documentId,
        tenant: v.tenant,
        entry: { matches: v.matches, duplicateOf: v.duplicateOf, duplicateScore: v.duplicateScore, facts: Object.keys(v.facts) },
      };
    }
    case 'documents.processed.v1': {
      const v = value as DocumentProcessed;
      return {
        documentId: v.documentId,
        tenant: v.tenant,
        entry: { decision: v.decision, decidedBy: v.decidedBy, violations: v.violations, fieldNames: v.fields.map((f) => f.name) },
      };
    }
    case 'reviews.requested.v1': {
      const v = value as ReviewRequested;
      return { documentId: v.documentId, tenant: v.tenant, entry: { proposedDecision: v.proposedDecision, reasons: v.reasons } };
    }
    case 'reviews.completed.v1': {
      const v = value as ReviewCompleted;
      return {
        documentId: v.documentId,
        tenant: v.tenant,
        entry: { decision: v.decision, reviewer: v.reviewer, rationale: v.rationale, corrected: v.corrections.map((c) => c.name) },
      };
    }
    default:
      throw new SluiceError('INVALID_INPUT', `the auditor does not read ${topic}`);
  }
}

/**
 * One audit entry per input record. Audit events keep their own (deterministic) id; a pipeline
 * record's id is its position, so replaying a topic appends nothing new.
 */
export function toAuditEntry(record: InputRecord<unknown>, physicalTopic: string): AuditEntry {
  if (record.topic === 'audit.events.v1') {
    const event = record.value as AuditEvent;
    return {
      eventId: event.eventId,
      tenant: event.tenant,
      documentId: event.documentId,
      service: event.service,
      action: event.action,
      occurredAt: event.occurredAt,
      entry: {
        model: event.model,
        latencyMs: event.latencyMs,
        inputTokens: event.inputTokens,
        outputTokens: event.outputTokens,
        costUsd: event.costUsd,
        redactions: event.redactions,
        reviewer: event.reviewer,
        rationale: event.rationale,
        details: event.details,
        traceparent: event.traceparent,
        // Only when there was an external call: entries of local-only actions stay as they were.
        ...(event.egress.length > 0 ? { egress: event.egress } : {}),
      },
    };
  }
  const { documentId, tenant, entry } = summary(record.topic, record.value);
  return {
    eventId: `${physicalTopic}/${record.partition}/${record.offset}`,
    tenant,
    documentId,
    service: 'kafka',
    action: `recorded ${record.topic}`,
    occurredAt: record.timestamp,
    entry: { ...entry, topic: physicalTopic, partition: record.partition, offset: record.offset, schemaId: record.schemaId },
  };
}
