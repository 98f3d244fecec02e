import { describe, expect, it } from 'vitest';
import { validationInput } from '../validation-input-builder';
import { matchScore } from './match-score';

const run = (
  params: unknown,
  matches: { entityType: string; score: number }[],
  fields: Record<string, string> = { vendorName: 'Acme' },
) =>
  matchScore.bind(matchScore.params.parse(params))(
    validationInput(fields, { matches: matches.map((m, i) => ({ ...m, refId: `R-${i}`, name: 'x' })) }),
  );

describe('match-score', () => {
  it('passes when the best match of the type reaches the threshold', () => {
    expect(
      run({ threshold: 0.8 }, [
        { entityType: 'vendor', score: 0.6 },
        { entityType: 'vendor', score: 0.85 },
      ]),
    ).toEqual([]);
  });

  it('finds a best match below the threshold, ignoring other entity types', () => {
    expect(
      run({ threshold: 0.8 }, [
        { entityType: 'vendor', score: 0.6 },
        { entityType: 'customer', score: 0.99 },
      ]),
    ).toEqual(['best vendor match scores 0.60, below 0.8']);
  });

  it('finds no match at all', () => {
    expect(run({ threshold: 0.8 }, [])).toEqual(['no vendor in the reference data matches']);
  });

  it('says nothing when the field it matches on is absent', () => {
    expect(run({ threshold: 0.8, field: 'vendorName' }, [], {})).toEqual([]);
  });
});
