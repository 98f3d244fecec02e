import type { ReviewCompleted } from '@sluice/contracts';
import { SluiceError } from '@sluice/errors';
import { auditEvent } from '@sluice/audit-events';
import type { HandlerContext, InputRecord, OutputRecord } from '@sluice/stream';
import { recordKeyOf, type DecisionStore } from './decision-store';
import { humanDecision } from './policy-decision';
import { PROCESSED_TOPIC, VALIDATOR } from './validate-enriched';
import { validatorMetrics, type ValidatorMetrics } from './validator-metrics';

export const REVIEW_COMPLETED_TOPIC = 'reviews.completed.v1';

export interface ReviewDeps {
  store: DecisionStore;
  metrics?: ValidatorMetrics;
  now?: () => number;
}

/**
 * reviews.completed.v1 → the final record with `decidedBy: HUMAN`, once per document. The first
 * completion of a pending document decides it and owns the final record (emitted again if that same
 * record is delivered again); later completions emit only a `review-ignored` audit event. A
 * completion for a document the validator never saw, or of another tenant, cannot be applied and is
 * dead-lettered with the reason.
 */
export function createReviewHandler(deps: ReviewDeps) {
  const now = deps.now ?? Date.now;
  return async (records: readonly InputRecord<ReviewCompleted>[], context: HandlerContext): Promise<OutputRecord[]> => {
    const metrics = deps.metrics ?? validatorMetrics(context.metrics);
    const outputs: OutputRecord[] = [];
    for (const record of records) {
      const review = record.value;
      const recordKey = recordKeyOf(record);
      let state = await deps.store.get(review.documentId);
      if (state === undefined) {
        throw new SluiceError('INVALID_INPUT', `review completion for unknown document ${review.documentId}: the validator never requested a review of it`);
      }
      if (state.tenant !== review.tenant) {
        throw new SluiceError('INVALID_INPUT', `review completion for document ${review.documentId} names tenant ${review.tenant}; the document belongs to another tenant`);
      }
      let created = false;
      if (state.status === 'PENDING_REVIEW') {
        const final = humanDecision(state, review, now());
        created = await deps.store.decide(review.documentId, recordKey, final);
        // Lost a race with another completion: read who won.
        state = created ? { ...state, status: 'DECIDED', decision: final.decision, decidedByRecord: recordKey, finalRecord: final } : await deps.store.get(review.documentId);
      }
      const audit = (action: string, details: Record<string, string>) =>
        auditEvent({ service: VALIDATOR, action, documentId: review.documentId, tenant: review.tenant, source: record, reviewer: review.reviewer, rationale: review.rationale, details });
      if (state?.decidedByRecord === recordKey && state.finalRecord !== null) {
        if (created) metrics.outcomes.inc({ outcome: state.finalRecord.decision, actor: 'HUMAN' });
        outputs.push({ topic: PROCESSED_TOPIC, key: review.documentId, value: state.finalRecord, source: record });
        outputs.push(audit('review-applied', { decision: state.finalRecord.decision, corrections: review.corrections.map((c) => c.name).join(',') }));
        continue;
      }
      metrics.suppressed.inc({ reason: 'review-ignored' });
      outputs.push(audit('review-ignored', { decision: review.decision, decidedBy: state?.finalRecord?.decidedBy.actor ?? 'unknown', decidedByRecord: state?.decidedByRecord ?? 'none' }));
    }
    return outputs;
  };
}
