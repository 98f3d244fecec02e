import type { DocumentProcessed } from '@sluice/contracts';
import type { DecisionStore, DocumentState } from './decision-store';

/** DecisionStore in memory, with the same conditional semantics as the table: for unit tests. */
export class MemoryDecisionStore implements DecisionStore {
  readonly states = new Map<string, DocumentState>();

  create(state: DocumentState): Promise<{ created: boolean; state: DocumentState }> {
    const existing = this.states.get(state.documentId);
    if (existing !== undefined) return Promise.resolve({ created: false, state: structuredClone(existing) });
    this.states.set(state.documentId, structuredClone(state));
    return Promise.resolve({ created: true, state: structuredClone(state) });
  }

  get(documentId: string): Promise<DocumentState | undefined> {
    const state = this.states.get(documentId);
    return Promise.resolve(state === undefined ? undefined : structuredClone(state));
  }

  decide(documentId: string, recordKey: string, finalRecord: DocumentProcessed): Promise<boolean> {
    const state = this.states.get(documentId);
    if (state?.status !== 'PENDING_REVIEW') return Promise.resolve(false);
    Object.assign(state, { status: 'DECIDED', decision: finalRecord.decision, decidedByRecord: recordKey, finalRecord: structuredClone(finalRecord) });
    return Promise.resolve(true);
  }
}
