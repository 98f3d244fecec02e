import { createDefaultLocalExtractionModel, type ExtractionModel } from '@sluice/models';
import { generateDocuments } from '@sluice/samples';
import { beforeAll, describe, expect, it } from 'vitest';
import { scoreCorpus } from './extraction-scoring';
import { generatedCases } from './generated-corpus';
import { runExtraction } from './run-extraction';

/**
 * Regression floors on the sample generator's documents (seeds the eval does not use). The
 * generator and the extractor share an author, so these guard against breaking what worked;
 * they say nothing about documents nobody here wrote (blind-quality-floors.test.ts does).
 */
const floors: Record<'dev' | 'holdout', Record<string, number>> = {
  dev: { invoiceNumber: 0.97, issueDate: 0.97, dueDate: 0.97, totalAmount: 0.97, currency: 0.97, iban: 0.97, vendorName: 0.95, netAmount: 0.95, taxAmount: 0.95, vatId: 0.95, orderNumber: 0.95, 'lineItems.amount': 0.9, senderEmail: 0.97, customerIds: 0.9 },
  holdout: { invoiceNumber: 0.9, issueDate: 0.95, dueDate: 0.95, totalAmount: 0.95, currency: 0.95, iban: 0.95, vendorName: 0.9, 'lineItems.amount': 0.85, senderEmail: 0.95 },
};

let model: ExtractionModel;

describe('local extraction on generated labelled documents', () => {
  beforeAll(async () => {
    model = await createDefaultLocalExtractionModel();
  });

  for (const split of ['dev', 'holdout'] as const) {
    it(`meets the ${split} accuracy floors`, { timeout: 120_000 }, async () => {
      const run = await runExtraction(model, generatedCases(generateDocuments({ seed: split === 'dev' ? 9101 : 9102, count: 300, split })));
      const score = scoreCorpus(run.results);
      const accuracy = Object.fromEntries(score.fields.map((f) => [f.field, Number(f.accuracy.toFixed(3))]));
      const below = Object.entries(floors[split]).filter(([field, floor]) => (accuracy[field] ?? 0) < floor);
      expect(below, JSON.stringify(accuracy)).toEqual([]);
      // Values reported with confidence ≥ 0.9 are right at least 97% of the time.
      expect(score.calibration.confident.accuracy).toBeGreaterThanOrEqual(0.97);
    });
  }
});
