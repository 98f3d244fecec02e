import { describe, expect, it } from 'vitest';
import type {
  AuditEvent,
  DocumentEnriched,
  DocumentProcessed,
  ReviewCompleted,
  ReviewRequested,
} from '@sluice/contracts';
import { SluiceError } from '@sluice/errors';
import { loadRuleBook } from '@sluice/rules';
import type { InputRecord, OutputRecord } from '@sluice/stream';
import { handlerContext, inputRecord } from '@sluice/testkit/handler-fixtures';
import { createReviewHandler } from './apply-reviews';
import { createValidateHandler } from './validate-enriched';
import type { DecisionStore, DocumentState } from './decision-store';
import { acmeMatch as acme, cleanInvoiceFields as clean, enrichedInvoice } from './enriched-fixture';

const rules = loadRuleBook();
const context = () => handlerContext('documents.enriched.v1');

function enriched(documentId: string, fields: Record<string, string>, matches = [acme], offset = 0): InputRecord<DocumentEnriched> {
  return inputRecord('documents.enriched.v1', documentId, enrichedInvoice(documentId, 'demo', fields, matches), offset);
}

function completion(
  documentId: string,
  offset: number,
  review: Partial<ReviewCompleted> = {},
): InputRecord<ReviewCompleted> {
  const value: ReviewCompleted = {
    documentId,
    tenant: 'demo',
    decision: 'ACCEPTED',
    reviewer: 'ana@example.com',
    rationale: 'vendor is new, contract on file',
    corrections: [],
    approvers: ['ana@example.com'],
    completedAt: 3,
    ...review,
  };
  return inputRecord('reviews.completed.v1', documentId, value, offset);
}

const on = (outputs: readonly OutputRecord[], topic: string) =>
  outputs.filter((output) => output.topic === topic).map((output) => output.value);
const audits = (outputs: readonly OutputRecord[]) =>
  (on(outputs, 'audit.events.v1') as AuditEvent[]).map((event) => event.action);

describe('validator handlers', () => {
  it('accepts a clean invoice, rejects broken totals and asks for review of an unknown vendor', async () => {
    const validate = createValidateHandler({ store: new MemoryDecisionStore(), rules, now: () => 10 });
    const outputs = await validate(
      [
        enriched('ok', clean),
        enriched('broken', { ...clean, totalAmount: '150.00' }, [acme], 1),
        enriched('stranger', { ...clean, vendorName: 'Falkenberg Messtechnik GmbH' }, [], 2),
      ],
      context(),
    );
    const finals = on(outputs, 'documents.processed.v1') as DocumentProcessed[];
    expect(finals.map((f) => [f.documentId, f.decision, f.decidedBy.actor])).toEqual([
      ['ok', 'ACCEPTED', 'POLICY'],
      ['broken', 'REJECTED', 'POLICY'],
    ]);
    expect(finals[1]?.violations.map((v) => v.rule)).toContain('totals-add-up');
    const [request] = on(outputs, 'reviews.requested.v1') as ReviewRequested[];
    expect(request).toMatchObject({ documentId: 'stranger', proposedDecision: 'ACCEPTED' });
    expect(request?.reasons.map((reason) => reason.rule)).toEqual(['vendor-match']);
    expect(audits(outputs)).toEqual(['decided', 'decided', 'review-requested']);
  });

  it('emits the stored outcome again for the same record and nothing final for a later duplicate', async () => {
    const store = new MemoryDecisionStore();
    let clock = 10;
    const validate = createValidateHandler({ store, rules, now: () => clock++ });
    const first = await validate([enriched('ok', clean)], context());
    const retried = await validate([enriched('ok', clean)], context());
    expect(on(retried, 'documents.processed.v1')).toEqual(on(first, 'documents.processed.v1'));
    const republished = await validate([enriched('ok', clean, [acme], 7)], context());
    expect(on(republished, 'documents.processed.v1')).toEqual([]);
    expect(audits(republished)).toEqual(['duplicate-suppressed']);
  });

  it('applies one review: HUMAN final record with corrected fields; later completions are ignored', async () => {
    const store = new MemoryDecisionStore();
    await createValidateHandler({ store, rules, now: () => 10 })(
      [enriched('stranger', { ...clean, vendorName: 'Falkenbrg Messtechnik' }, [])],
      context(),
    );
    const review = createReviewHandler({ store, now: () => 20 });
    const corrected = completion('stranger', 0, {
      corrections: [{ name: 'vendorName', value: 'Falkenberg Messtechnik GmbH', previousValue: 'Falkenberg' }],
    });
    const outputs = await review([corrected], context());
    const [final] = on(outputs, 'documents.processed.v1') as DocumentProcessed[];
    expect(final).toMatchObject({
      decision: 'ACCEPTED',
      decidedBy: {
        actor: 'HUMAN',
        reviewer: 'ana@example.com',
        rationale: 'vendor is new, contract on file',
      },
    });
    expect(final?.fields.find((field) => field.name === 'vendorName')).toEqual({
      name: 'vendorName',
      value: 'Falkenberg Messtechnik GmbH',
      confidence: 1,
      span: null,
    });
    expect(audits(outputs)).toEqual(['review-applied']);

    const again = await review([corrected], context()); // the same record after an aborted transaction
    expect(on(again, 'documents.processed.v1')).toEqual([final]);
    const second = await review([completion('stranger', 1, { decision: 'REJECTED' })], context());
    expect(on(second, 'documents.processed.v1')).toEqual([]);
    expect(audits(second)).toEqual(['review-ignored']);
    const replayed = await createValidateHandler({ store, rules })(
      [enriched('stranger', clean, [], 5)],
      context(),
    );
    expect(on(replayed, 'documents.processed.v1')).toEqual([]);
    expect(on(replayed, 'reviews.requested.v1')).toEqual([]);
  });

  it('dead-letters a completion for an unknown document or another tenant', async () => {
    const store = new MemoryDecisionStore();
    const review = createReviewHandler({ store });
    const unknown = review([completion('nobody', 0)], context());
    await expect(unknown).rejects.toThrow(/unknown document nobody/);
    await expect(unknown).rejects.toSatisfy((error) => error instanceof SluiceError && !error.retryable);
    await createValidateHandler({ store, rules })([enriched('stranger', clean, [])], context());
    await expect(review([completion('stranger', 1, { tenant: 'other' })], context())).rejects.toThrow(
      /tenant other/,
    );
  });
});

/** DecisionStore in memory, with the same conditional semantics as the table: for unit tests. */
class MemoryDecisionStore implements DecisionStore {
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
