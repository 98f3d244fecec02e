import { describe, expect, it } from 'vitest';
import { validationInput } from '../validation-input-builder';
import { amountLimit } from './amount-limit';

const run = (params: unknown, fields: Record<string, string>) =>
  amountLimit.bind(amountLimit.params.parse(params))(validationInput(fields));

describe('amount-limit', () => {
  it('flags a total above the limit', () => {
    expect(run({ max: 10000 }, { totalAmount: '10000.01', currency: 'EUR' })).toEqual([
      'totalAmount 10000.01 EUR is above 10000.00 EUR',
    ]);
    expect(run({ max: 10000 }, { totalAmount: '10000.00', currency: 'EUR' })).toEqual([]);
  });

  it('applies a currency-specific limit only to that currency', () => {
    expect(run({ max: 10000, currency: 'EUR' }, { totalAmount: '50000.00', currency: 'SEK' })).toEqual([]);
    expect(run({ max: 10000, currency: 'SEK' }, { totalAmount: '50000.00', currency: 'SEK' })).toHaveLength(
      1,
    );
  });
});
