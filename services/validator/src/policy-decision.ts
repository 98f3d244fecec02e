import type { DocumentEnriched, DocumentProcessed, ReviewCompleted, ReviewRequested } from '@sluice/contracts';
import { normaliseKind } from '@sluice/models';
import { applyReviewCorrections, type RuleBook } from '@sluice/rules';
import type { DecisionPayload, DocumentState } from './decision-store';

/**
 * What the rules make of an enriched document, as the state to store: DECIDED (ACCEPTED/REJECTED)
 * with its final record, or PENDING_REVIEW with its review request. Pure: the caller stores it and
 * emits what the stored state says.
 */
export function policyState(enriched: DocumentEnriched, recordKey: string, book: Pick<RuleBook, 'evaluate'>, now: number): DocumentState {
  const kind = normaliseKind(enriched.kind);
  const fields = enriched.fields.map(({ name, value, confidence, span }) => ({ name, value, confidence, span }));
  const matches = enriched.matches.map(({ entityType, refId, name, score }) => ({ entityType, refId, name, score }));
  const outcome = book.evaluate({
    kind,
    tenant: enriched.tenant,
    fields,
    matches,
    duplicateOf: enriched.duplicateOf,
    duplicateScore: enriched.duplicateScore,
    facts: enriched.facts,
  });
  const violations = outcome.violations.map(({ rule, severity, message }) => ({ rule, severity, message }));
  const base = { documentId: enriched.documentId, tenant: enriched.tenant, kind, firstRecord: recordKey };
  if (outcome.decision === 'REVIEW') {
    const reviewRequest: ReviewRequested = {
      documentId: enriched.documentId,
      tenant: enriched.tenant,
      kind,
      // REVIEW means no finding rejects: without a person the policy would accept.
      proposedDecision: 'ACCEPTED',
      reasons: violations.filter((violation) => violation.severity === 'review'),
      fields,
      matches,
      requestedAt: now,
    };
    return {
      ...base,
      status: 'PENDING_REVIEW',
      payload: { fields, matches, violations, reviewRequest, ...(enriched.parentId ? { parentId: enriched.parentId } : {}) },
      decision: null,
      decidedByRecord: null,
      finalRecord: null,
    };
  }
  const finalRecord: DocumentProcessed = {
    documentId: enriched.documentId,
    tenant: enriched.tenant,
    kind,
    decision: outcome.decision,
    decidedBy: { actor: 'POLICY', reviewer: null, rationale: null },
    fields,
    matches,
    violations,
    processedAt: now,
    parentId: enriched.parentId ?? null,
  };
  return {
    ...base,
    status: 'DECIDED',
    payload: { fields, matches, violations, reviewRequest: null },
    decision: outcome.decision,
    decidedByRecord: recordKey,
    finalRecord,
  };
}

/**
 * The final record after a person's decision: their decision, the fields with their corrections
 * (confidence 1), and the findings that sent the document to them, kept as the record of why.
 */
export function humanDecision(state: Pick<DocumentState, 'documentId' | 'tenant' | 'kind'> & { payload: DecisionPayload }, review: ReviewCompleted, now: number): DocumentProcessed {
  return {
    documentId: state.documentId,
    tenant: state.tenant,
    kind: state.kind,
    decision: review.decision,
    decidedBy: { actor: 'HUMAN', reviewer: review.reviewer, rationale: review.rationale },
    fields: applyReviewCorrections(state.payload.fields, review).map((field) => ({ ...field, span: field.span ?? null })),
    matches: state.payload.matches,
    violations: state.payload.violations,
    processedAt: now,
    parentId: state.payload.parentId ?? null,
  };
}
