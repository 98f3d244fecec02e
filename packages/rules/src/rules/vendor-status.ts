import { z } from 'zod';
import { defineRuleType } from '../rule-type';

export const vendorStatus = defineRuleType({
  type: 'vendor-status',
  summary: 'a connector fact (default `erp.vendor.status`) does not hold one of the listed values',
  params: z.strictObject({
    fact: z.string().min(1).default('erp.vendor.status'),
    values: z.array(z.string().min(1)).min(1).default(['blocked']),
  }),
  check: (input, { fact, values }) => {
    const value = input.facts[fact];
    return value !== undefined && values.includes(value) ? [`${fact} is ${value}`] : [];
  },
});
