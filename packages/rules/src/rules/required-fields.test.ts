import { describe, expect, it } from 'vitest';
import { validationInput } from '../validation-input-builder';
import { requiredFields } from './required-fields';

const run = (params: unknown, fields: Record<string, string>) =>
  requiredFields.bind(requiredFields.params.parse(params))(validationInput(fields));

describe('required-fields', () => {
  it('names each missing or blank field', () => {
    expect(
      run(
        { fields: ['invoiceNumber', 'issueDate', 'totalAmount'] },
        { invoiceNumber: 'A-1', issueDate: '  ' },
      ),
    ).toEqual(['issueDate is missing', 'totalAmount is missing']);
  });

  it('passes when all are present', () => {
    expect(run({ fields: ['invoiceNumber'] }, { invoiceNumber: 'A-1' })).toEqual([]);
  });

  it('accepts one entry of a repeated field', () => {
    expect(run({ fields: ['customerIds'] }, { 'customerIds[0]': 'KD-1' })).toEqual([]);
    expect(run({ fields: ['customerIds'] }, {})).toEqual(['customerIds is missing']);
  });

  it('refuses an empty list in config', () => {
    expect(requiredFields.params.safeParse({ fields: [] }).success).toBe(false);
  });
});
