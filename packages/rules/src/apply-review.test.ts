import { describe, expect, it } from 'vitest';
import { applyReviewCorrections } from './apply-review';

describe('applyReviewCorrections', () => {
  const fields = [
    { name: 'invoiceNumber', value: 'A-1', confidence: 0.4 },
    { name: 'totalAmount', value: '10.00', confidence: 0.9 },
    { name: 'iban', value: 'DE00', confidence: 0.7 },
  ];

  it('replaces corrected fields with confidence 1, adds new ones, drops emptied ones', () => {
    const corrected = applyReviewCorrections(fields, {
      corrections: [
        { name: 'invoiceNumber', value: 'A-100' },
        { name: 'dueDate', value: '2025-04-01' },
        { name: 'iban', value: '' },
      ],
    });
    expect(corrected).toEqual([
      { name: 'invoiceNumber', value: 'A-100', confidence: 1, span: null },
      { name: 'totalAmount', value: '10.00', confidence: 0.9 },
      { name: 'dueDate', value: '2025-04-01', confidence: 1, span: null },
    ]);
  });

  it('leaves the input untouched', () => {
    applyReviewCorrections(fields, { corrections: [{ name: 'invoiceNumber', value: 'B' }] });
    expect(fields[0]).toEqual({ name: 'invoiceNumber', value: 'A-1', confidence: 0.4 });
  });
});
