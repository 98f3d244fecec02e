import type { DocumentEnriched } from '@sluice/contracts';
import { auditEvent } from '@sluice/audit-events';
import type { RuleBook } from '@sluice/rules';
import type { HandlerContext, InputRecord, OutputRecord } from '@sluice/stream';
import { recordKeyOf, type DecisionStore, type DocumentState } from './decision-store';
import { policyState } from './policy-decision';
import { validatorMetrics, type ValidatorMetrics } from './validator-metrics';

export const VALIDATOR = 'validator';
export const PROCESSED_TOPIC = 'documents.processed.v1';
export const REVIEW_REQUESTED_TOPIC = 'reviews.requested.v1';

export interface ValidatorDeps {
  store: DecisionStore;
  rules: Pick<RuleBook, 'evaluate'>;
  /** Where the counters go; default: the consuming service's registry. */
  metrics?: ValidatorMetrics;
  now?: () => number;
}

/** What the stored state makes this record emit: the state's outputs if the record owns them. */
function outputsOwnedBy(state: DocumentState, recordKey: string, record: InputRecord<unknown>): OutputRecord[] {
  const audit = (action: string, details: Record<string, string>) =>
    auditEvent({ service: VALIDATOR, action, documentId: state.documentId, tenant: state.tenant, source: record, details });
  if (state.status === 'DECIDED' && state.decidedByRecord === recordKey && state.finalRecord !== null) {
    const final = state.finalRecord;
    return [
      { topic: PROCESSED_TOPIC, key: state.documentId, value: final, source: record },
      audit('decided', { decision: final.decision, actor: 'POLICY', violations: final.violations.map((v) => v.rule).join(',') }),
    ];
  }
  if (state.status === 'PENDING_REVIEW' && state.firstRecord === recordKey && state.payload.reviewRequest !== null) {
    const request = state.payload.reviewRequest;
    return [
      { topic: REVIEW_REQUESTED_TOPIC, key: state.documentId, value: request, source: record },
      audit('review-requested', { reasons: request.reasons.map((reason) => reason.rule).join(','), proposedDecision: request.proposedDecision }),
    ];
  }
  return [];
}

/**
 * documents.enriched.v1 → one final record (documents.processed.v1) or one review request per
 * document id. The first enriched record of an id stores its outcome and owns it; the same record
 * delivered again (aborted transaction, crash) emits the stored outcome again, unchanged, so the
 * committed topic holds it once; any other record for that id emits nothing but an audit event.
 */
export function createValidateHandler(deps: ValidatorDeps) {
  const now = deps.now ?? Date.now;
  return async (records: readonly InputRecord<DocumentEnriched>[], context: HandlerContext): Promise<OutputRecord[]> => {
    const metrics = deps.metrics ?? validatorMetrics(context.metrics);
    const outputs: OutputRecord[] = [];
    // In order, one at a time: two records of one document in a batch must see each other's state.
    for (const record of records) {
      const recordKey = recordKeyOf(record);
      const proposed = policyState(record.value, recordKey, deps.rules, now());
      const { created, state } = await deps.store.create(proposed);
      const owned = outputsOwnedBy(state, recordKey, record);
      if (owned.length > 0) {
        if (created) metrics.outcomes.inc({ outcome: state.status === 'DECIDED' ? (state.decision ?? 'unknown') : 'REVIEW', actor: 'POLICY' });
        outputs.push(...owned);
        continue;
      }
      metrics.suppressed.inc({ reason: 'duplicate' });
      outputs.push(
        auditEvent({
          service: VALIDATOR,
          action: 'duplicate-suppressed',
          documentId: state.documentId,
          tenant: record.value.tenant,
          source: record,
          details: { status: state.status, firstRecord: state.firstRecord, decidedByRecord: state.decidedByRecord ?? 'none' },
        }),
      );
    }
    return outputs;
  };
}
