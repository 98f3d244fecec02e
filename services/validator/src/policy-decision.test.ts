import { describe, expect, it } from 'vitest';
import type { DocumentEnriched } from '@sluice/contracts';
import { humanDecision, policyState } from './policy-decision';

// Issue 9: an e-mail's attachment keeps its parent on the final record, whoever decides.
function attachment(decision: 'ACCEPTED' | 'REVIEW'): DocumentEnriched {
  return {
    documentId: 'mail-1~1',
    tenant: 't',
    kind: 'invoice',
    receivedAt: 1,
    enrichedAt: 2,
    fields: [{ name: 'invoiceNumber', value: 'R-1', confidence: 0.9, span: null }],
    matches: [],
    duplicateOf: null,
    duplicateScore: null,
    facts: { decision },
    parentId: 'mail-1',
  };
}

const book = (decision: 'ACCEPTED' | 'REVIEW') => ({ evaluate: () => ({ decision, violations: decision === 'REVIEW' ? [{ rule: 'r', severity: 'review' as const, message: 'check' }] : [] }) });

describe('the final record names the document it was attached to', () => {
  it('decided by policy', () => {
    const state = policyState(attachment('ACCEPTED'), 'k', book('ACCEPTED'), 5);
    expect(state.finalRecord).toMatchObject({ documentId: 'mail-1~1', decision: 'ACCEPTED', parentId: 'mail-1' });
    expect(policyState({ ...attachment('ACCEPTED'), parentId: null }, 'k', book('ACCEPTED') as never, 5).finalRecord?.parentId).toBeNull();
  });

  it('decided by a person after review', () => {
    const state = policyState(attachment('REVIEW'), 'k', book('REVIEW'), 5);
    expect(state.status).toBe('PENDING_REVIEW');
    const final = humanDecision(state, { documentId: 'mail-1~1', tenant: 't', decision: 'ACCEPTED', reviewer: 'ana', rationale: 'ok', corrections: [], approvers: ['ana'], completedAt: 6 }, 7);
    expect(final).toMatchObject({ decision: 'ACCEPTED', decidedBy: { actor: 'HUMAN' }, parentId: 'mail-1' });
  });
});
