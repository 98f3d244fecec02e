import type { ReviewCompleted, ReviewRequested } from '@sluice/contracts';

export type QueueStatus = 'OPEN' | 'AWAITING_SECOND' | 'DECIDED';

export type FieldCorrection = ReviewCompleted['corrections'][number];

/** The first of two approvals a four-eyes rule asks for. */
export interface Approval {
  reviewer: string;
  rationale: string;
  corrections: FieldCorrection[];
  /** Labels of the four-eyes rules that applied. */
  fourEyes: string[];
  at: number;
}

export interface Lease {
  holder: string;
  expiresAt: number;
}

/** One document waiting for (or past) review, as the queue table holds it. Times in ms since epoch. */
export interface QueueEntry {
  documentId: string;
  tenant: string;
  kind: string;
  request: ReviewRequested;
  requestedAt: number;
  dueAt: number;
  escalatedAt: number | null;
  status: QueueStatus;
  lease: Lease | null;
  firstApproval: Approval | null;
  decision: 'ACCEPTED' | 'REJECTED' | null;
  decidedBy: string | null;
  decidedAt: number | null;
  completion: ReviewCompleted | null;
  /** Counts changes; audit event ids derive from it, so each step has its own id. */
  version: number;
}

/** A lease that is still running at `now`. */
export function liveLease(entry: Pick<QueueEntry, 'lease'>, now: number): Lease | null {
  return entry.lease !== null && entry.lease.expiresAt > now ? entry.lease : null;
}
