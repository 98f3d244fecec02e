import type { DocumentProcessed, ReviewRequested } from '@sluice/contracts';
import { recordIdentity } from '@sluice/stream';

export type Field = DocumentProcessed['fields'][number];
export type Match = DocumentProcessed['matches'][number];
export type Violation = DocumentProcessed['violations'][number];

/** What a later review needs, kept with the document. */
export interface DecisionPayload {
  fields: Field[];
  matches: Match[];
  violations: Violation[];
  /** The review request as emitted, to emit it again unchanged on re-delivery. */
  reviewRequest: ReviewRequested | null;
  /** The document this one was attached to (issue 9), for the final record after a review. */
  parentId?: string | null;
}

export interface DocumentState {
  documentId: string;
  tenant: string;
  kind: string;
  status: 'PENDING_REVIEW' | 'DECIDED';
  payload: DecisionPayload;
  /** `topic/partition/offset` of the enriched record that created the state. */
  firstRecord: string;
  decision: 'ACCEPTED' | 'REJECTED' | null;
  /** The record whose processing decided: only it emits the final record. */
  decidedByRecord: string | null;
  finalRecord: DocumentProcessed | null;
}

/**
 * Decision state per document (scope = the topic prefix, bound by the implementation). Writes are
 * conditional, so two records racing for one document (two consumer groups, two instances) cannot
 * both win.
 */
export interface DecisionStore {
  /** Stores `state` unless the document has one already; returns the state that holds afterwards. */
  create(state: DocumentState): Promise<{ created: boolean; state: DocumentState }>;
  get(documentId: string): Promise<DocumentState | undefined>;
  /** PENDING_REVIEW → DECIDED by `recordKey`; false when the document was no longer pending. */
  decide(documentId: string, recordKey: string, finalRecord: DocumentProcessed): Promise<boolean>;
}

/**
 * An input record's position (`topic/partition/offset`; a redriven copy: its original's, see
 * `recordIdentity`), as stored in `first_record` / `decided_by_record`.
 */
export function recordKeyOf(record: { topic: string; partition: number; offset: string; headers?: Readonly<Record<string, string>> }): string {
  return recordIdentity(record);
}
