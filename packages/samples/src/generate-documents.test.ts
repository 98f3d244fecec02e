import { describe, expect, it } from 'vitest';
import { generateDocuments } from './generate-documents';
import { ibanCheckDigits } from './iban-generator';
import { buildReferenceData } from './reference-data';

function mod97Valid(iban: string): boolean {
  return ibanCheckDigits(iban.slice(0, 2), iban.slice(4)) === iban.slice(2, 4);
}

describe('sample generator', () => {
  const docs = generateDocuments({ seed: 7, count: 400, split: 'dev' });

  it('is deterministic for a seed and differs between seeds', () => {
    expect(generateDocuments({ seed: 7, count: 400, split: 'dev' })).toEqual(docs);
    expect(generateDocuments({ seed: 8, count: 50, split: 'dev' })[0]!.document.text).not.toBe(docs[0]!.document.text);
  });

  it('produces the ingest contract shape with the three kinds and unique ids', () => {
    expect(new Set(docs.map((d) => d.document.kind))).toEqual(new Set(['invoice', 'email', 'ticket']));
    expect(new Set(docs.map((d) => d.document.id)).size).toBe(docs.length);
    for (const { document } of docs) expect(Object.keys(document).sort()).toEqual(['attributes', 'contentType', 'id', 'kind', 'receivedAt', 'source', 'tenant', 'text']);
  });

  it('flags bad IBANs whose checksum really fails, and valid IBANs otherwise', () => {
    const invoices = docs.filter((d) => d.truth.fields.iban);
    const bad = invoices.filter((d) => d.truth.expected.badIban);
    expect(bad.length).toBeGreaterThan(0);
    for (const d of invoices) expect(mod97Valid(d.truth.fields.iban!)).toBe(!d.truth.expected.badIban);
  });

  it('flags totals that do not add up, and only those', () => {
    for (const d of docs.filter((x) => x.document.kind === 'invoice')) {
      const { netAmount, taxAmount, totalAmount } = d.truth.fields;
      const adds = Math.round(Number(netAmount) * 100) + Math.round(Number(taxAmount) * 100) === Math.round(Number(totalAmount) * 100);
      expect(adds).toBe(!d.truth.expected.totalsMismatch);
    }
  });

  it('marks duplicates with the original id and identical text, missing fields absent from the truth', () => {
    const duplicates = docs.filter((d) => d.truth.expected.duplicateOf);
    expect(duplicates.length).toBeGreaterThan(0);
    for (const d of duplicates) expect(d.document.text).toBe(docs.find((o) => o.document.id === d.truth.expected.duplicateOf)!.document.text);
    const missing = docs.filter((d) => d.truth.expected.missing.length > 0);
    expect(missing.length).toBeGreaterThan(0);
    for (const d of missing) for (const field of d.truth.expected.missing) expect(d.truth.fields[field]).toBeUndefined();
  });

  it('names unknown vendors outside the reference list and known ones by id', () => {
    const ids = new Set(buildReferenceData().vendors.map((v) => v.id));
    const invoices = docs.filter((d) => d.document.kind === 'invoice');
    expect(invoices.some((d) => d.truth.expected.unknownVendor)).toBe(true);
    for (const d of invoices.filter((x) => x.truth.expected.unknownVendor)) expect(d.truth.expected.vendorId).toBeUndefined();
    for (const d of invoices.filter((x) => !x.truth.expected.unknownVendor)) expect(ids.has(d.truth.expected.vendorId!)).toBe(true);
  });

  it('keeps Spanish and holdout layouts out of the dev split', () => {
    expect(docs.some((d) => d.truth.language === 'es')).toBe(false);
    const holdout = generateDocuments({ seed: 7, count: 200, split: 'holdout' });
    expect(holdout.some((d) => d.truth.language === 'es')).toBe(true);
    expect(new Set(docs.map((d) => d.truth.template))).not.toContain('invoice-dotted-leaders');
  });
});
