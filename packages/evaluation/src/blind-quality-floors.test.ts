import { join } from 'node:path';
import { createDefaultLocalExtractionModel, type ExtractionModel } from '@sluice/models';
import { beforeAll, describe, expect, it } from 'vitest';
import { corpusNamed } from './corpus-catalogue';
import { loadCorpus } from './corpus-loading';
import { invoiceKeyFields, scoreCorpus, type CorpusScore } from './extraction-scoring';
import { runExtraction } from './run-extraction';

/**
 * Committed quality floors on the blind corpora (bench/corpora/invoices, bench/corpora/messages),
 * aggregates only, as `npm run eval` prints them. Each floor sits just under what the local
 * extractor measures today, so a regression fails; raise a floor whenever the figure rises.
 * Issue 8's targets, not all reached yet: invoice key-field mean ≥ 0.95 with no key field below
 * 0.90, e-mail intent ≥ 0.90 (the intent classifier is issue 9's), values at confidence ≥ 0.9
 * right ≥ 97% of the time.
 */
const root = join(import.meta.dirname, '../../..');

// Measured 2026-11-30 (npm run eval -- invoices) after the seller-presentation classes (invoices-dev4):
// invoiceNumber 0.906, issueDate 0.984, dueDate 0.972, totalAmount 0.972, currency 0.988,
// vendorName 0.903, iban 1.000, vatId 0.916, mean 0.955; ECE 0.043, right at confidence ≥ 0.9 0.983.
// Then after the amount and document-type classes (invoices-dev4): totalAmount 0.984, mean 0.957,
// documentType 0.959; ECE 0.045, right at confidence ≥ 0.9 0.983.
// Then after the seller's tax id by the seller's name and national practice: vatId 0.953, mean 0.961
// (invoiceNumber 0.906, vendorName 0.903 unchanged); ECE 0.045, right at confidence ≥ 0.9 0.983 of 2159.
// Then after national tax ids, number phrases and component taxes (invoices-dev…dev4 classes):
// invoiceNumber 0.919, vatId 0.956, mean 0.963 (vendorName 0.903 unchanged); ECE 0.047, right at
// confidence ≥ 0.9 0.985 of 2156.
const invoiceFloors: Record<(typeof invoiceKeyFields)[number], number> = {
  invoiceNumber: 0.919,
  issueDate: 0.984,
  dueDate: 0.972,
  totalAmount: 0.984,
  currency: 0.988,
  vendorName: 0.903,
  iban: 1,
  vatId: 0.956,
};
const invoiceKeyMeanFloor = 0.96;
const messageFloors: Record<string, number> = { intent: 0.82, senderEmail: 0.99, senderName: 0.99, urgency: 0.78, customerIds: 0.87, orderIds: 0.94, category: 0.69, priority: 0.57 };

let model: ExtractionModel;

async function score(name: string): Promise<CorpusScore> {
  const run = await runExtraction(model, await loadCorpus(root, corpusNamed(name)!));
  return scoreCorpus(run.results);
}

const accuracyOf = (s: CorpusScore) => Object.fromEntries(s.fields.map((f) => [f.field, Number(f.accuracy.toFixed(3))]));

describe('local extraction on the blind corpora', () => {
  beforeAll(async () => {
    model = await createDefaultLocalExtractionModel();
  });

  it('invoices: key fields, their mean and calibration hold their floors', { timeout: 300_000 }, async () => {
    const s = await score('invoices');
    const accuracy = accuracyOf(s);
    const below = Object.entries(invoiceFloors).filter(([field, floor]) => (accuracy[field] ?? 0) < floor);
    expect(below, JSON.stringify(accuracy)).toEqual([]);
    expect(s.invoiceKeyAccuracy).toBeGreaterThanOrEqual(invoiceKeyMeanFloor);
    // Values reported with confidence ≥ 0.9 are right at least 97% of the time.
    expect(s.calibration.confident.accuracy).toBeGreaterThanOrEqual(0.97);
    expect(s.calibration.ece).toBeLessThanOrEqual(0.05);
  });

  it('messages: e-mail intent and sender fields hold their floors', { timeout: 300_000 }, async () => {
    const accuracy = accuracyOf(await score('messages'));
    const below = Object.entries(messageFloors).filter(([field, floor]) => (accuracy[field] ?? 0) < floor);
    expect(below, JSON.stringify(accuracy)).toEqual([]);
  });
});
