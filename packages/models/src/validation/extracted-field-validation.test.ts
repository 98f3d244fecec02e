import { describe, expect, it } from 'vitest';
import { emailTargets, invoiceTargets } from '../extraction-targets';
import { fieldProblems, findFieldTarget } from './extracted-field-validation';

const field = (name: string, value: string, confidence = 0.9) => ({ name, value, confidence });

describe('fieldProblems', () => {
  it('finds nothing wrong with normalised invoice and email answers', () => {
    expect(
      fieldProblems(
        [
          field('invoiceNumber', 'INV-1'),
          field('issueDate', '2024-03-01'),
          field('currency', 'EUR'),
          field('totalAmount', '1234.50'),
          field('iban', 'DE89370400440532013000'),
          field('vatId', 'DE123456789'),
          field('lineItems[0].amount', '12.5'),
          field('lineItems[1].amount', '-3'),
        ],
        invoiceTargets,
      ),
    ).toEqual([]);
    // A Swiss VAT id keeps its printed suffix (the generator and the blind corpora write it so).
    expect(fieldProblems([field('vatId', 'CHE194940739MWST')], invoiceTargets)).toEqual([]);
    expect(fieldProblems([field('intent', 'complaint'), field('senderEmail', 'a@b.example'), field('customerIds[0]', 'C-1')], emailTargets)).toEqual([]);
  });

  it('names each value that is not in normalised form', () => {
    const problems = fieldProblems(
      [
        field('issueDate', '01.03.2024'),
        field('issueDate', '2024-13-45'),
        field('totalAmount', '1.234,50'),
        field('currency', '€'),
        field('iban', 'DE89 3704 0044 0532 0130 00'),
        field('vatId', 'de123'),
        field('vendorName', '   '),
      ],
      invoiceTargets,
    );
    expect(problems).toEqual([
      'issueDate: "01.03.2024" is not a normalised date',
      'issueDate: given more than once',
      'issueDate: "2024-13-45" is not a normalised date',
      'totalAmount: "1.234,50" is not a normalised amount',
      'currency: "€" is not a normalised currency',
      'iban: "DE89 3704 0044 0532 0130 00" is not a normalised iban',
      'vatId: "de123" is not a normalised vatId',
      'vendorName: "   " is not a normalised string',
    ]);
  });

  it('rejects enum values outside the list, unknown names, indexed names of single fields and bad confidences', () => {
    expect(
      fieldProblems(
        [field('urgency', 'asap'), field('mood', 'happy'), field('senderEmail[0]', 'a@b.c'), field('intent', 'other', 1.5), field('senderName', 'Ann', Number.NaN)],
        emailTargets,
      ),
    ).toEqual([
      'urgency: "asap" is not a normalised enum',
      'unknown field mood',
      'unknown field senderEmail[0]',
      'intent: confidence 1.5 is outside 0..1',
      'senderName: confidence NaN is outside 0..1',
    ]);
  });

  it('cuts long values so a problem never carries a whole document', () => {
    const [problem] = fieldProblems([field('issueDate', 'x'.repeat(500))], invoiceTargets);
    expect(problem?.length).toBeLessThan(100);
  });

  it('treats every field as unknown when the kind has no targets', () => {
    expect(fieldProblems([field('invoiceNumber', 'INV-1')], [])).toEqual(['unknown field invoiceNumber']);
  });
});

describe('findFieldTarget', () => {
  it('maps indexed names to repeated targets however the target spells the repetition', () => {
    expect(findFieldTarget('lineItems[3].unitPrice', invoiceTargets)?.name).toBe('lineItems.unitPrice');
    expect(findFieldTarget('lineItems[3].amount', [{ name: 'lineItems[].amount', type: 'amount', description: '', required: false, repeated: true }])?.type).toBe('amount');
    expect(findFieldTarget('totalAmount[0]', invoiceTargets)).toBeUndefined();
  });
});
