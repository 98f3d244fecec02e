import { describe, expect, it } from 'vitest';
import { validationInput } from '../validation-input-builder';
import { totalsAddUp } from './totals-add-up';

const run = (fields: Record<string, string>, params: unknown = {}) =>
  totalsAddUp.bind(totalsAddUp.params.parse(params))(validationInput(fields)).map((f) => (typeof f === 'string' ? f : f.detail));

const good = {
  netAmount: '150.00',
  taxAmount: '28.50',
  totalAmount: '178.50',
  'lineItems[0].quantity': '2',
  'lineItems[0].unitPrice': '50.00',
  'lineItems[0].amount': '100.00',
  'lineItems[1].quantity': '1',
  'lineItems[1].unitPrice': '50.00',
  'lineItems[1].amount': '50.00',
};

describe('totals-add-up', () => {
  it('passes consistent totals and lines', () => {
    expect(run(good)).toEqual([]);
  });

  it('finds net + tax ≠ total beyond the tolerance', () => {
    expect(run({ ...good, totalAmount: '178.60' })).toEqual([
      'netAmount 150.00 + taxAmount 28.50 = 178.50, but totalAmount is 178.60',
    ]);
    expect(run({ ...good, totalAmount: '178.60' }, { tolerance: 0.1 })).toEqual([]);
  });

  it('compares in cents, not binary floating point', () => {
    expect(run({ netAmount: '0.10', taxAmount: '0.20', totalAmount: '0.30' }, { tolerance: 0 })).toEqual([]);
  });

  it('finds line items that do not add up to net', () => {
    expect(run({ ...good, 'lineItems[1].amount': '60.00', 'lineItems[1].unitPrice': '60.00' })).toEqual([
      '2 line items add up to 160.00, but netAmount is 150.00',
    ]);
  });

  it('finds a line whose quantity × unit price is not its amount', () => {
    expect(run({ ...good, 'lineItems[0].unitPrice': '40.00' })).toEqual([
      'lineItems[0]: 2 × 40.00 = 80.00, not 100.00',
    ]);
    expect(run({ ...good, 'lineItems[0].unitPrice': '40.00' }, { checkLines: false })).toEqual([]);
  });

  it('leaves absent amounts to required-fields', () => {
    expect(run({ totalAmount: '10.00' })).toEqual([]);
  });
});

describe('totals-add-up findings', () => {
  it('name the fields they rest on, so an unsure reading can go to review', () => {
    const [finding] = totalsAddUp.bind(totalsAddUp.params.parse({}))(validationInput({ netAmount: '40.00', taxAmount: '1.10', totalAmount: '3.00' }));
    expect(finding).toMatchObject({ fields: ['netAmount', 'taxAmount', 'totalAmount'] });
  });
});
