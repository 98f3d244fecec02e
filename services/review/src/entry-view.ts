import { confidenceBand, type ConfidenceBand } from './confidence-band';
import { liveLease, type QueueEntry } from './queue-entry';
import type { ReviewContext, TextSpan } from './review-context';

export interface FieldView {
  name: string;
  value: string;
  confidence: number;
  band: ConfidenceBand;
  /** Where in the text the value was read, when the extractor said so. */
  span: TextSpan | null;
}

/** An entry as the API returns it: plain JSON, ISO times, the fields merged with their spans. */
export function entryView(entry: QueueEntry, now: number, context?: ReviewContext) {
  const spans = new Map((context?.fields ?? []).map((field) => [field.name, field.span]));
  const lease = liveLease(entry, now);
  const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
  return {
    documentId: entry.documentId,
    tenant: entry.tenant,
    kind: entry.kind,
    status: entry.status,
    proposedDecision: entry.request.proposedDecision,
    requestedAt: iso(entry.requestedAt),
    ageMs: now - entry.requestedAt,
    dueAt: iso(entry.dueAt),
    overdue: entry.status !== 'DECIDED' && entry.dueAt <= now,
    escalatedAt: iso(entry.escalatedAt),
    lease: lease && { holder: lease.holder, expiresAt: iso(lease.expiresAt) },
    firstApproval: entry.firstApproval && { ...entry.firstApproval, at: iso(entry.firstApproval.at) },
    decision: entry.decision,
    decidedBy: entry.decidedBy,
    decidedAt: iso(entry.decidedAt),
    reasons: entry.request.reasons,
    fields: entry.request.fields.map((field): FieldView => ({ ...field, band: confidenceBand(field.confidence), span: spans.get(field.name) ?? null })),
    matches: entry.request.matches,
    completion: entry.completion,
    lowestConfidence: entry.request.fields.reduce((min, field) => Math.min(min, field.confidence), 1),
  };
}

export type EntryView = ReturnType<typeof entryView>;
