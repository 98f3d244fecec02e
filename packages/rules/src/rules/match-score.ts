import { z } from 'zod';
import { fieldValue } from '../field-values';
import { defineRuleType } from '../rule-type';

export const matchScore = defineRuleType({
  type: 'match-score',
  summary: 'the best reference match of an entity type scores at least the threshold',
  params: z.strictObject({
    entityType: z.string().min(1).default('vendor'),
    threshold: z.number().min(0).max(1),
    /** The field the match was made from; when it is absent there is nothing to match, so no finding. */
    field: z.string().min(1).optional(),
  }),
  check: (input, p) => {
    if (p.field !== undefined && fieldValue(input, p.field) === undefined) return [];
    const best = input.matches
      .filter((match) => match.entityType === p.entityType)
      .reduce<number | undefined>(
        (max, match) => (max === undefined || match.score > max ? match.score : max),
        undefined,
      );
    if (best === undefined) return [`no ${p.entityType} in the reference data matches`];
    return best < p.threshold
      ? [`best ${p.entityType} match scores ${best.toFixed(2)}, below ${p.threshold}`]
      : [];
  },
});
