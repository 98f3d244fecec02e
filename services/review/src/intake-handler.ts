import type { DocumentExtracted, ReviewRequested } from '@sluice/contracts';
import { auditEvent } from '@sluice/audit-events';
import type { HandlerContext, InputRecord, OutputRecord } from '@sluice/stream';
import type { QueueStore } from './queue-store';
import { REVIEW_SERVICE } from './review-audit-events';
import { contextOf } from './review-context';
import type { ReviewMetrics } from './review-metrics';
import type { ReviewPolicyBook } from './review-policy';

export const REVIEW_REQUESTED_TOPIC = 'reviews.requested.v1';
export const EXTRACTED_TOPIC = 'documents.extracted.v1';

export interface IntakeDeps {
  store: Pick<QueueStore, 'enqueueMany' | 'storeContexts'>;
  policies: ReviewPolicyBook;
  metrics?: () => ReviewMetrics;
}

/**
 * The consumer side of the review service. documents.extracted.v1 → the text and extraction a
 * reviewer sees (first extraction of a document wins); reviews.requested.v1 → one queue entry per
 * document, due after the tenant's SLA, and a `queued` audit event. Both writes are idempotent
 * (`ON CONFLICT DO NOTHING`), so a re-delivered batch changes nothing and emits the same event id.
 */
export function createIntakeHandler(deps: IntakeDeps) {
  return async (records: readonly InputRecord<DocumentExtracted | ReviewRequested>[], context: HandlerContext): Promise<OutputRecord[]> => {
    if (context.topic === EXTRACTED_TOPIC) {
      await deps.store.storeContexts(records.map((record) => contextOf(record.value as DocumentExtracted)));
      return [];
    }
    const requests = records.map((record) => {
      const request = record.value as ReviewRequested;
      const dueAt = request.requestedAt + deps.policies.forTenant(request.tenant).slaMinutes * 60_000;
      return { request, recordKey: `${record.topic}/${record.partition}/${record.offset}`, dueAt };
    });
    const results = await deps.store.enqueueMany(requests);
    const outputs: OutputRecord[] = [];
    for (const [i, record] of records.entries()) {
      const { request, dueAt } = requests[i]!;
      const { created, own } = results[i]!;
      if (created) deps.metrics?.().queued.inc({ tenant: request.tenant });
      // Emitted for the record that created the entry, and again (same id) when that record is re-delivered.
      outputs.push(
        auditEvent({
          service: REVIEW_SERVICE,
          action: own ? 'queued' : 'duplicate-request-ignored',
          documentId: request.documentId,
          tenant: request.tenant,
          source: record,
          details: { dueAt: new Date(dueAt).toISOString(), reasons: request.reasons.map((r) => r.rule).join(',') },
        }),
      );
    }
    return outputs;
  };
}
