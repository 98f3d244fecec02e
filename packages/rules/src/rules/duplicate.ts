import { z } from 'zod';
import { defineRuleType } from '../rule-type';

export const duplicate = defineRuleType({
  type: 'duplicate',
  summary: 'the document is at least `threshold` alike to an earlier one of the same tenant',
  params: z.strictObject({ threshold: z.number().min(0).max(1) }),
  check: (input, { threshold }) =>
    input.duplicateScore !== null && input.duplicateScore >= threshold
      ? [
          `looks like ${input.duplicateOf ?? 'an earlier document'} (similarity ${input.duplicateScore.toFixed(2)})`,
        ]
      : [],
});
