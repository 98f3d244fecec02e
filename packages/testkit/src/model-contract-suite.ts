import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClassificationModel, EmbeddingModel, ExtractionModel, FieldTarget } from '@sluice/models';

export interface ContractSubject {
  embedding: EmbeddingModel;
  extraction: ExtractionModel;
  classification: ClassificationModel;
  close?: () => Promise<void>;
}

const invoice = `Acme Supplies GmbH, Hauptstrasse 1, 10115 Berlin
Invoice number: INV-2024-0042
Invoice date: 2024-03-15
Description: Consulting services
Total: 1234.50 EUR
Pay to IBAN DE89 3704 0044 0532 0130 00`;

const targets: FieldTarget[] = [
  { name: 'invoiceNumber', type: 'string', description: 'invoice number', required: true },
  { name: 'iban', type: 'iban', description: 'IBAN to pay to', required: false },
  { name: 'totalAmount', type: 'amount', description: 'total amount due', required: true },
  { name: 'currency', type: 'currency', description: 'ISO 4217 currency', required: true },
];

/**
 * What every provider must do, whatever sits behind it. Run it with a factory per provider:
 * `describeModelContract('local', async () => ({ embedding, extraction, classification }))`.
 */
export function describeModelContract(name: string, factory: () => Promise<ContractSubject>): void {
  describe(`model contract: ${name}`, () => {
    let subject: ContractSubject;
    beforeAll(async () => {
      subject = await factory();
    });
    afterAll(async () => {
      await subject?.close?.();
    });

    it('embeds every text into a vector of the announced dimensions, deterministically', async () => {
      const texts = ['invoice from Acme', 'please reset my password', 'invoice from Acme'];
      const result = await subject.embedding.embed(texts);
      expect(result.value).toHaveLength(3);
      for (const vector of result.value) {
        expect(vector).toHaveLength(subject.embedding.dimensions);
        expect(vector.every(Number.isFinite)).toBe(true);
      }
      expect(result.value[2]).toEqual(result.value[0]);
      expect(result.value[1]).not.toEqual(result.value[0]);
      expect(result.usage.characters).toBe(texts.join('').length);
      expect(result.model.model).toBe(subject.embedding.ref.model);
      expect(result.degraded).toBe(false);
    });

    it('embeds an empty list to an empty list', async () => {
      expect((await subject.embedding.embed([])).value).toEqual([]);
    });

    it('extracts only requested fields, normalised, with confidences in [0, 1]', async () => {
      const result = await subject.extraction.extract({ documentId: 'd1', tenant: 't1', kind: 'invoice', text: invoice }, targets);
      const byName = Object.fromEntries(result.value.map((field) => [field.name, field]));
      expect(byName.invoiceNumber?.value).toBe('INV-2024-0042');
      expect(byName.iban?.value).toBe('DE89370400440532013000');
      expect(byName.totalAmount?.value).toBe('1234.50');
      expect(byName.currency?.value).toBe('EUR');
      for (const field of result.value) {
        expect(targets.map((t) => t.name)).toContain(field.name);
        expect(field.confidence).toBeGreaterThanOrEqual(0);
        expect(field.confidence).toBeLessThanOrEqual(1);
      }
      expect(result.usage.latencyMs).toBeGreaterThanOrEqual(0);
      expect(result.usage.costUsd).toBeGreaterThanOrEqual(0);
      expect(result.model.provider).toBe(subject.extraction.ref.provider);
    });

    it('classifies into one of the given labels', async () => {
      const labels = ['invoice', 'complaint', 'other'];
      const result = await subject.classification.classify('Here is our invoice for March.', labels);
      expect(labels).toContain(result.value.label);
      expect(result.value.confidence).toBeGreaterThanOrEqual(0);
      expect(result.value.confidence).toBeLessThanOrEqual(1);
    });
  });
}
