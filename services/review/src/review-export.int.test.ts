import { describe, expect } from 'vitest';
import type { Principal } from '@sluice/accounts';
import { kafkaPgTest as test, integrationStack, uniqueName } from '@sluice/testkit';
import { reviewExamples } from './review-export';
import { reviewStats } from './review-stats';
import { reviewRequest, startReviewHarness } from '@sluice/testkit/review-harness';

describe('corrections as training data', () => {
  test('export gives text, model output with spans, the correction per field, rationale and a pseudonym; stats count automation, corrections and time to decision', async ({ kafka, serde, pool }) => {
    const tenant = uniqueName('export');
    const harness = await startReviewHarness({ kafka, serde, databaseUrl: integrationStack().databaseUrl });
    try {
      const ana: Principal = { username: uniqueName('ana'), role: 'reviewer', tenants: [tenant] };
      const ids = ['a', 'b', 'c'].map((suffix) => `${tenant}-${suffix}`);
      const text = 'Invoice INV-a from Acme Tooling Ltd, total 120.00 EUR';
      for (const [i, id] of ids.entries()) {
        await harness.store.enqueue(reviewRequest(id, tenant, '120.00', Date.now() - 60_000 * (i + 1)), `test/0/${i}`, Date.now() + 3_600_000);
        await harness.store.storeContext({
          documentId: id,
          tenant,
          kind: 'invoice',
          text,
          language: 'en',
          model: { provider: 'local', model: 'rules-ner', version: '1', promptId: 'invoice-v2', promptHash: 'abc' },
          fields: [{ name: 'invoiceNumber', value: `INV-${id}`, confidence: 0.55, span: { start: 8, end: 13 } }],
          extractedAt: Date.now(),
        });
      }
      // The validator's table: four documents in the window, two decided by policy (automation 0.5).
      for (const [i, actor] of ['POLICY', 'POLICY', 'HUMAN', null].entries()) {
        await pool.query(
          `INSERT INTO validator_documents (scope, document_id, tenant, kind, status, payload, first_record, decision, decided_by_record, final_record)
           VALUES ($1, $2, $3, 'invoice', $4, '{}', 'x', $5, $6, $7)`,
          [serde.prefix, `${tenant}-v${i}`, tenant, actor ? 'DECIDED' : 'PENDING_REVIEW', actor ? 'ACCEPTED' : null, actor ? 'x' : null, actor ? JSON.stringify({ decidedBy: { actor } }) : null],
        );
      }
      const decide = async (id: string, action: 'approve' | 'reject', corrections: { name: string; value: string }[] = []) => {
        expect((await harness.actions.claim(id, ana))?.ok).toBe(true);
        expect((await harness.actions.decide(id, ana, { action, rationale: `because ${id}`, corrections }))?.ok).toBe(true);
      };
      await decide(ids[0]!, 'approve', [{ name: 'invoiceNumber', value: 'INV-7' }]);
      await decide(ids[1]!, 'approve');
      await decide(ids[2]!, 'reject');

      const examples = [];
      for await (const example of reviewExamples(pool, { scope: serde.prefix, tenant }, 2)) examples.push(example);
      expect(examples.map((e) => e.documentId).sort()).toEqual(ids);
      const corrected = examples.find((e) => e.documentId === ids[0])!;
      expect(corrected).toMatchObject({
        decision: 'ACCEPTED',
        input: { text, language: 'en' },
        model: { model: 'rules-ner', promptId: 'invoice-v2' },
        rationale: `because ${ids[0]}`,
        reasons: ['vendor-match'],
      });
      expect(corrected.fields.find((f) => f.name === 'invoiceNumber')).toEqual({
        name: 'invoiceNumber',
        modelValue: `INV-${ids[0]}`,
        confidence: 0.55,
        span: { start: 8, end: 13 },
        finalValue: 'INV-7',
        corrected: true,
      });
      expect(corrected.reviewer).toMatch(/^reviewer-[0-9a-f]{12}$/);
      expect(JSON.stringify(examples)).not.toContain(ana.username);
      expect(examples.find((e) => e.documentId === ids[1])!.reviewer).toBe(corrected.reviewer);
      const future = [];
      for await (const example of reviewExamples(pool, { scope: serde.prefix, tenant, since: new Date(Date.now() + 60_000) })) future.push(example);
      expect(future).toEqual([]);

      const stats = await reviewStats(pool, { scope: serde.prefix, tenant });
      expect(stats.documents).toBe(4);
      expect(stats.automationRate).toBe(0.5);
      expect(stats.reviewed).toMatchObject({ decided: 3, approved: 2, rejected: 1, waiting: 0 });
      expect(stats.correctionRateByField.find((f) => f.field === 'invoiceNumber')).toEqual({ field: 'invoiceNumber', reviewed: 3, corrected: 1, rate: 1 / 3 });
      expect(stats.correctionRateByModel).toEqual([{ model: 'local/rules-ner 1', fieldsReviewed: 9, fieldsCorrected: 1, rate: 1 / 9 }]);
      expect(stats.timeToDecisionSeconds.p50).toBeGreaterThan(60);
      expect(stats.timeToDecisionSeconds.p95).toBeGreaterThanOrEqual(stats.timeToDecisionSeconds.p50!);
    } finally {
      await harness.stop();
    }
  });
});
