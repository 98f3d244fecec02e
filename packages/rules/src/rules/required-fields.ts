import { z } from 'zod';
import { fieldValue, fieldsOfTarget } from '../field-values';
import { defineRuleType } from '../rule-type';

export const requiredFields = defineRuleType({
  type: 'required-fields',
  summary: 'each listed field is present and not blank; a repeated field (`customerIds`) needs one entry',
  params: z.strictObject({ fields: z.array(z.string().min(1)).min(1) }),
  check: (input, { fields }) =>
    fields
      .filter(
        (name) =>
          fieldValue(input, name) === undefined &&
          !fieldsOfTarget(input, name).some((f) => f.value.trim() !== ''),
      )
      .map((name) => `${name} is missing`),
});
