import { z } from 'zod';
import { fieldValue, isIsoDate } from '../field-values';
import { defineRuleType, type Finding } from '../rule-type';

export const datesOrdered = defineRuleType({
  type: 'dates-ordered',
  summary:
    'for each pair, the earlier date is on or before the later one; present dates are real YYYY-MM-DD dates',
  params: z.strictObject({
    pairs: z
      .array(z.strictObject({ earlier: z.string().min(1), later: z.string().min(1) }))
      .min(1)
      .default([{ earlier: 'issueDate', later: 'dueDate' }]),
  }),
  check: (input, { pairs }) => {
    const problems: Finding[] = [];
    const names = [...new Set(pairs.flatMap((pair) => [pair.earlier, pair.later]))];
    const invalid = new Set(
      names.filter((name) => {
        const value = fieldValue(input, name);
        return value !== undefined && !isIsoDate(value);
      }),
    );
    for (const name of invalid)
      problems.push(`${name} ${fieldValue(input, name)} is not a date (YYYY-MM-DD)`);
    for (const { earlier, later } of pairs) {
      const a = fieldValue(input, earlier);
      const b = fieldValue(input, later);
      if (a === undefined || b === undefined || invalid.has(earlier) || invalid.has(later)) continue;
      // ISO dates order lexically.
      if (a > b) problems.push({ detail: `${earlier} ${a} is after ${later} ${b}`, fields: [earlier, later] });
    }
    return problems;
  },
});
