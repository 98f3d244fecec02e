import { z } from 'zod';
import { fieldValue, formatCents, toCents } from '../field-values';
import { defineRuleType } from '../rule-type';

export const amountLimit = defineRuleType({
  type: 'amount-limit',
  summary: 'an amount above `max` (in `currency` only, when given) needs a human',
  params: z.strictObject({
    field: z.string().min(1).default('totalAmount'),
    max: z.number().nonnegative(),
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/, 'ISO 4217 code')
      .optional(),
    currencyField: z.string().min(1).default('currency'),
  }),
  check: (input, p) => {
    const cents = toCents(fieldValue(input, p.field));
    if (cents === undefined) return [];
    const currency = fieldValue(input, p.currencyField);
    if (p.currency !== undefined && currency !== p.currency) return [];
    const maxCents = Math.round(p.max * 100);
    const unit = currency === undefined ? '' : ` ${currency}`;
    return cents > maxCents
      ? [`${p.field} ${formatCents(cents)}${unit} is above ${formatCents(maxCents)}${unit}`]
      : [];
  },
});
