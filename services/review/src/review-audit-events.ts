import { withoutModelCall } from '@sluice/audit-events';
import type { AuditEvent } from '@sluice/contracts';
import type { QueueEntry } from './queue-entry';
import type { ReviewStep } from './review-transitions';

export const REVIEW_SERVICE = 'review';

/**
 * One review step as an audit event. The id is derived from the scope (topic prefix), the document,
 * the entry's version after the change and the step's place in it, so a step is recorded once
 * however often the outbox sends it. Like every audit event it carries no field values: the
 * corrected fields are named, their values travel on reviews.completed.v1 only.
 */
export function reviewAuditEvent(scope: string, entry: Pick<QueueEntry, 'documentId' | 'tenant' | 'version'>, step: ReviewStep, index: number, at: number): AuditEvent {
  return {
    eventId: `${REVIEW_SERVICE}:${step.action}:${scope}${entry.documentId}:v${entry.version}.${index}`,
    documentId: entry.documentId,
    tenant: entry.tenant,
    service: REVIEW_SERVICE,
    action: step.action,
    occurredAt: at,
    ...withoutModelCall(),
    reviewer: step.reviewer,
    rationale: step.rationale ?? null,
    details: step.details ?? {},
  };
}
