import { z } from 'zod';
import { fieldValue, fieldsOfTarget, formatCents, toCents } from '../field-values';
import { defineRuleType, type Finding } from '../rule-type';
import type { ValidationInput } from '../validation-input';

const params = z.strictObject({
  /** Largest accepted difference, in currency units (rounding on printed invoices is per line). */
  tolerance: z.number().nonnegative().default(0.01),
  net: z.string().default('netAmount'),
  tax: z.string().default('taxAmount'),
  total: z.string().default('totalAmount'),
  /** Group of repeated line items; their `amount`s must add up to the net amount. */
  lineItems: z.string().default('lineItems'),
  /** Also check quantity × unit price = amount on each line. */
  checkLines: z.boolean().default(true),
});

function lineAmounts(input: ValidationInput, group: string): number[] | undefined {
  const amounts = fieldsOfTarget(input, `${group}.amount`).map((field) => toCents(field.value));
  if (amounts.length === 0 || amounts.some((cents) => cents === undefined)) return undefined;
  return amounts as number[];
}

function lineProductProblems(input: ValidationInput, group: string, toleranceCents: number): Finding[] {
  const problems: Finding[] = [];
  for (const field of fieldsOfTarget(input, `${group}.amount`)) {
    const prefix = field.name.slice(0, -'.amount'.length);
    const quantity = Number(fieldValue(input, `${prefix}.quantity`));
    const unit = toCents(fieldValue(input, `${prefix}.unitPrice`));
    const amount = toCents(field.value);
    if (!Number.isFinite(quantity) || unit === undefined || amount === undefined) continue;
    const expected = Math.round(quantity * unit);
    if (Math.abs(expected - amount) > toleranceCents) {
      problems.push({
        detail: `${prefix}: ${quantity} × ${formatCents(unit)} = ${formatCents(expected)}, not ${formatCents(amount)}`,
        fields: [`${prefix}.quantity`, `${prefix}.unitPrice`, field.name],
      });
    }
  }
  return problems;
}

/** Checks only what is present: a missing amount is the required-fields rule's business. */
export const totalsAddUp = defineRuleType({
  type: 'totals-add-up',
  summary:
    'net + tax = total, line items add up to net (and each line to quantity × unit price), within a tolerance',
  params,
  check: (input, p) => {
    const toleranceCents = Math.round(p.tolerance * 100);
    const net = toCents(fieldValue(input, p.net));
    const tax = toCents(fieldValue(input, p.tax));
    const total = toCents(fieldValue(input, p.total));
    const problems: Finding[] = [];
    if (
      net !== undefined &&
      tax !== undefined &&
      total !== undefined &&
      Math.abs(net + tax - total) > toleranceCents
    ) {
      problems.push({
        detail: `${p.net} ${formatCents(net)} + ${p.tax} ${formatCents(tax)} = ${formatCents(net + tax)}, but ${p.total} is ${formatCents(total)}`,
        fields: [p.net, p.tax, p.total],
      });
    }
    const lines = lineAmounts(input, p.lineItems);
    if (lines !== undefined) {
      const sum = lines.reduce((a, b) => a + b, 0);
      // Without a net amount, untaxed documents state the line sum as the total.
      const target = net ?? (tax === undefined ? total : undefined);
      const targetName = net !== undefined ? p.net : p.total;
      if (target !== undefined && Math.abs(sum - target) > toleranceCents) {
        problems.push({
          detail: `${lines.length} line items add up to ${formatCents(sum)}, but ${targetName} is ${formatCents(target)}`,
          fields: [targetName, ...fieldsOfTarget(input, `${p.lineItems}.amount`).map((field) => field.name)],
        });
      }
      if (p.checkLines) problems.push(...lineProductProblems(input, p.lineItems, toleranceCents));
    }
    return problems;
  },
});
