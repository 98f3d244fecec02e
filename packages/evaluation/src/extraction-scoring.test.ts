import { describe, expect, it } from 'vitest';
import { calibrationOf } from './calibration';
import { scoreCorpus } from './extraction-scoring';
import { sameFieldValue } from './field-comparison';
import type { CaseResult, LabelledCase } from './labelled-case';

const invoice = (id: string, expected: LabelledCase['expected']): LabelledCase => ({ id, kind: 'invoice', tenant: 't', text: '', expected });
const f = (name: string, value: string, confidence = 0.9) => ({ name, value, confidence });

describe('sameFieldValue', () => {
  it('compares amounts as decimals, keeping the sign', () => {
    expect(sameFieldValue('totalAmount', '1200.00', '1200')).toBe(true);
    expect(sameFieldValue('totalAmount', '-119.00', '119.00')).toBe(false);
    expect(sameFieldValue('totalAmount', '1234.56', '1234.5')).toBe(false);
  });
  it('compares invoice numbers exactly after trimming, names loosely, ids compactly', () => {
    expect(sameFieldValue('invoiceNumber', 'FV 12/03/2026', ' FV 12/03/2026 ')).toBe(true);
    expect(sameFieldValue('invoiceNumber', 'FV 12/03/2026', 'FV12/03/2026')).toBe(false);
    expect(sameFieldValue('invoiceNumber', 'inv-1', 'INV-1')).toBe(false);
    expect(sameFieldValue('vendorName', 'Bakkerij  Zonneveld B.V.', 'bakkerij zonneveld b.v.')).toBe(true);
    expect(sameFieldValue('iban', 'NL91ABNA0417164300', 'NL91 ABNA 0417 1643 00')).toBe(true);
    expect(sameFieldValue('currency', 'EUR', 'eur')).toBe(true);
  });
});

describe('scoreCorpus', () => {
  it('counts a null label left out as right and a value where none is printed as wrong', () => {
    const results: CaseResult[] = [
      { case: invoice('a', { dueDate: null, iban: null }), fields: [f('iban', 'DE89370400440532013000')] },
      { case: invoice('b', { dueDate: '2026-03-03', iban: 'DE89370400440532013000' }), fields: [f('dueDate', '2026-03-03'), f('iban', 'DE89370400440532013000')] },
      { case: invoice('c', { dueDate: '2026-03-04', iban: null }), fields: [f('dueDate', '2026-04-03')] },
    ];
    const score = scoreCorpus(results);
    const due = score.fields.find((x) => x.field === 'dueDate')!;
    const iban = score.fields.find((x) => x.field === 'iban')!;
    expect(due).toMatchObject({ documents: 3, correct: 2, truth: 2, predicted: 2, truePositives: 1, accuracy: 2 / 3, precision: 0.5, recall: 0.5 });
    expect(iban).toMatchObject({ documents: 3, correct: 2, truth: 1, predicted: 2, truePositives: 1, precision: 0.5, recall: 1 });
    expect(score.invoiceKeyAccuracy).toBeCloseTo(2 / 3);
    expect(score.calibration.judged).toBe(4);
  });

  it('scores repeated fields as lists in any order', () => {
    const email: LabelledCase = { id: 'm', kind: 'email', tenant: 't', text: '', expected: { customerIds: ['KD-1', 'KD-2'], orderIds: [] } };
    const score = scoreCorpus([{ case: email, fields: [f('customerIds[0]', 'KD-2'), f('customerIds[1]', 'KD-1'), f('orderIds[0]', 'PO-9')] }]);
    expect(score.fields.find((x) => x.field === 'customerIds')).toMatchObject({ correct: 1, truePositives: 2, truth: 2, predicted: 2 });
    expect(score.fields.find((x) => x.field === 'orderIds')).toMatchObject({ correct: 0, truePositives: 0, truth: 0, predicted: 1, precision: 0 });
  });

  it('skips fields a case does not label', () => {
    const score = scoreCorpus([{ case: invoice('a', { totalAmount: '10.00' }), fields: [f('totalAmount', '10'), f('vendorName', 'X')] }]);
    expect(score.fields.map((x) => x.field)).toEqual(['totalAmount']);
  });
});

describe('calibrationOf', () => {
  it('computes the expected calibration error over ten bins', () => {
    const judged = [
      ...Array.from({ length: 10 }, (_, i) => ({ confidence: 0.95, right: i < 8 })),
      ...Array.from({ length: 10 }, (_, i) => ({ confidence: 0.55, right: i < 5 })),
    ];
    const c = calibrationOf(judged);
    expect(c.bins.map((b) => [b.from, b.count, b.accuracy])).toEqual([
      [0.5, 10, 0.5],
      [0.9, 10, 0.8],
    ]);
    // half the values 0.15 off, half 0.05 off
    expect(c.ece).toBeCloseTo(0.1);
    expect(c.confident).toEqual({ count: 10, accuracy: 0.8 });
    expect(calibrationOf([{ confidence: 1, right: true }]).bins[0]!.from).toBe(0.9);
  });
});
