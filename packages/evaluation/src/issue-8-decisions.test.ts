import { createDefaultLocalExtractionModel, targetsFor, type ExtractedField, type ExtractionModel } from '@sluice/models';
import { loadRuleBook, type RuleBook, type ValidationOutcome } from '@sluice/rules';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * Issue 8's inputs 7–10 need the rules' decision: the real local extractor's output goes through
 * the shipped default rule book (config/rules), as the validator would run it, with the vendor
 * matched to a known one (as the enricher reports a known supplier) so only the reading decides.
 */
let model: ExtractionModel;
let book: RuleBook;

async function decide(text: string): Promise<{ fields: Map<string, ExtractedField>; outcome: ValidationOutcome }> {
  const result = await model.extract({ documentId: 'issue-8', tenant: 'demo', kind: 'invoice', text }, targetsFor('invoice'));
  const fields = new Map(result.value.map((f) => [f.name, f]));
  const vendor = fields.get('vendorName')?.value ?? '';
  const outcome = book.evaluate({
    kind: 'invoice',
    tenant: 'demo',
    fields: result.value,
    matches: [{ entityType: 'vendor', refId: 'V-1', name: vendor, score: 0.95 }],
    duplicateOf: null,
    duplicateScore: null,
    facts: {},
  });
  return { fields, outcome };
}

describe('issue 8 inputs through the rule book', () => {
  beforeAll(async () => {
    model = await createDefaultLocalExtractionModel();
    book = loadRuleBook();
  });

  it('7: a real supplier invoice is not rejected by policy; totals that do not add up on an unsure reading go to review', async () => {
    const { fields, outcome } = await decide(
      'Cloudworks Inc.\nInvoice Number: 55120093\nInvoice Date: March 3 , 2026\nTOTAL AMOUNT DUE ON March 3 , 2026      $41.10\nCharges      $40.00\nTax          $1.10',
    );
    expect(fields.get('totalAmount')?.value).toBe('41.10');
    expect(outcome.decision).not.toBe('REJECTED');
    // Subtotal + tax ≠ total as read (a deposit line the extractor does not understand): review, with the reason.
    const unsure = await decide('Cloudworks Inc.\nInvoice Number: 55120093\nInvoice Date: March 3, 2026\nSubtotal $40.00\nTax $1.10\nTotal $45.10');
    expect(unsure.outcome.decision).toBe('REVIEW');
    expect(unsure.outcome.violations.find((v) => v.rule === 'totals-add-up')?.message).toMatch(/low confidence/);
  });

  it('8: a credit note never comes out as an accepted positive amount', async () => {
    for (const text of [
      'Northwind Supplies GmbH\nCredit Note\nCredit note no: CN-0042\nDate: 04.03.2026\nOriginal invoice: INV-0917\nTotal: -119.00 EUR',
      'Northwind Supplies GmbH\nCREDIT NOTE CN-77\nDate: 04.03.2026\nTotal -€1,200.00',
    ]) {
      const { fields, outcome } = await decide(text);
      expect(Number(fields.get('totalAmount')?.value)).toBeLessThan(0);
      expect(fields.get('documentType')?.value).toBe('credit_note');
      expect(outcome.decision).not.toBe('REJECTED');
    }
  });

  it('9: a total grouped with a thin space is read whole and accepted', async () => {
    const { fields, outcome } = await decide('Northwind Supplies GmbH\nInvoice No: NW-2026-9\nDate: 04.03.2026\nTotal: 1\u2009234,56 EUR');
    expect(fields.get('totalAmount')?.value).toBe('1234.56');
    expect(outcome).toEqual({ decision: 'ACCEPTED', violations: [] });
  });

  it('10: a British date is read day-first; with nothing to settle the order, the document goes to review', async () => {
    const british = await decide('Harbour Tools Ltd\n12 Quay Street, Bristol BS1 4DJ\nInvoice No: HT-1001\nInvoice date: 03/04/2025\nTotal due: £240.00\nUSD accepted.');
    expect(british.fields.get('issueDate')?.value).toBe('2025-04-03');
    expect(british.outcome.decision).not.toBe('REJECTED');
    const bare = await decide('Harbour Tools\nInvoice No: HT-1001\nInvoice date: 03/04/2025\nTotal due: 240.00\nUSD accepted.');
    expect(bare.outcome.decision).toBe('REVIEW');
    expect(bare.outcome.violations.map((v) => v.rule)).toContain('key-field-confidence');
  });
});
