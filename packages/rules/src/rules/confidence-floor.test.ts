import { describe, expect, it } from 'vitest';
import { validationInput } from '../validation-input-builder';
import { confidenceFloor } from './confidence-floor';

const fields = { invoiceNumber: 'A-1', totalAmount: '10.00', 'lineItems[0].amount': '10.00' };
const confidence = { invoiceNumber: 0.3, totalAmount: 0.9, 'lineItems[0].amount': 0.2 };
const run = (params: unknown) =>
  confidenceFloor.bind(confidenceFloor.params.parse(params))(validationInput(fields, { confidence }));

describe('confidence-floor', () => {
  it('checks every field when none are listed', () => {
    expect(run({ floor: 0.5 })).toEqual([
      'invoiceNumber confidence 0.30 is below 0.5',
      'lineItems[0].amount confidence 0.20 is below 0.5',
    ]);
  });

  it('checks only listed fields, by name or target name', () => {
    expect(run({ floor: 0.5, fields: ['totalAmount', 'lineItems.amount'] })).toEqual([
      'lineItems[0].amount confidence 0.20 is below 0.5',
    ]);
  });
});
