import { z } from 'zod';
import { targetNameOf } from '../field-values';
import { defineRuleType } from '../rule-type';

export const confidenceFloor = defineRuleType({
  type: 'confidence-floor',
  summary:
    'every listed field (target names; all fields when omitted) was extracted with at least `floor` confidence',
  params: z.strictObject({
    floor: z.number().min(0).max(1),
    fields: z.array(z.string().min(1)).min(1).optional(),
  }),
  check: (input, { floor, fields }) =>
    input.fields
      .filter(
        (field) =>
          fields === undefined || fields.includes(field.name) || fields.includes(targetNameOf(field.name)),
      )
      .filter((field) => field.confidence < floor)
      .map((field) => `${field.name} confidence ${field.confidence.toFixed(2)} is below ${floor}`),
});
