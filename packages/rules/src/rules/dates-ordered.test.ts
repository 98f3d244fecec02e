import { describe, expect, it } from 'vitest';
import { validationInput } from '../validation-input-builder';
import { datesOrdered } from './dates-ordered';

const run = (fields: Record<string, string>) =>
  datesOrdered.bind(datesOrdered.params.parse({}))(validationInput(fields)).map((f) => (typeof f === 'string' ? f : f.detail));

describe('dates-ordered', () => {
  it('passes issue ≤ due, same day included', () => {
    expect(run({ issueDate: '2025-03-01', dueDate: '2025-03-31' })).toEqual([]);
    expect(run({ issueDate: '2025-03-01', dueDate: '2025-03-01' })).toEqual([]);
  });

  it('finds a due date before the issue date', () => {
    expect(run({ issueDate: '2025-03-10', dueDate: '2025-03-01' })).toEqual([
      'issueDate 2025-03-10 is after dueDate 2025-03-01',
    ]);
  });

  it('finds values that are not real dates', () => {
    expect(run({ issueDate: '2025-02-30', dueDate: '2025-03-01' })).toEqual([
      'issueDate 2025-02-30 is not a date (YYYY-MM-DD)',
    ]);
  });

  it('passes when one date is absent', () => {
    expect(run({ issueDate: '2025-03-10' })).toEqual([]);
  });
});
