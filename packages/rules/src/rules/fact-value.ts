import { z } from 'zod';
import { defineRuleType } from '../rule-type';

/**
 * A fact about the document itself (set upstream, e.g. the enricher's `document.text` = `empty`
 * or `document.receivedAt` = `implausible`) holds one of the listed values.
 */
export const factValue = defineRuleType({
  type: 'fact-value',
  summary: 'a fact about the document (e.g. `document.text`) holds one of the listed values',
  params: z.strictObject({
    fact: z.string().min(1),
    values: z.array(z.string().min(1)).min(1),
  }),
  check: (input, { fact, values }) => {
    const value = input.facts[fact];
    return value !== undefined && values.includes(value) ? [`${fact} is ${value}`] : [];
  },
});
