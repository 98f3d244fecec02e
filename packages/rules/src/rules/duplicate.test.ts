import { describe, expect, it } from 'vitest';
import { validationInput } from '../validation-input-builder';
import { duplicate } from './duplicate';

const run = (duplicateScore: number | null) =>
  duplicate.bind(duplicate.params.parse({ threshold: 0.9 }))(
    validationInput({}, { duplicateOf: duplicateScore === null ? null : 'doc-1', duplicateScore }),
  );

describe('duplicate', () => {
  it('flags a score at or above the threshold', () => {
    expect(run(0.9)).toEqual(['looks like doc-1 (similarity 0.90)']);
    expect(run(1)).toHaveLength(1);
  });

  it('passes below the threshold or without a candidate', () => {
    expect(run(0.89)).toEqual([]);
    expect(run(null)).toEqual([]);
  });
});
