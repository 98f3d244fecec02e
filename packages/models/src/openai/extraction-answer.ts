import { z } from 'zod';
import { SluiceError } from '@sluice/errors';
import type { ExtractedField, FieldTarget, FieldType } from '../model-contracts';
import { fieldProblems, findFieldTarget } from '../validation/extracted-field-validation';

/**
 * JSON schema for `response_format`. A list of {name, value, confidence} rather than one property
 * per field: repeated fields have indexed names, and strict structured outputs need every property
 * required, which would force the model to invent values for fields a document lacks.
 */
export function extractionResponseSchema(): Record<string, unknown> {
  return {
    type: 'object',
    additionalProperties: false,
    required: ['fields'],
    properties: {
      fields: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['name', 'value', 'confidence'],
          properties: { name: { type: 'string' }, value: { type: 'string' }, confidence: { type: 'number' } },
        },
      },
    },
  };
}

const answerSchema = z.object({
  fields: z.array(
    z.object({
      name: z.string(),
      value: z.union([z.string(), z.number()]).nullable(),
      confidence: z.number().min(0).max(1),
    }),
  ),
});

/**
 * A restored placeholder brings back the value as the document wrote it (`DE89 3704 ...`); the
 * contract wants IBANs and VAT ids compact and upper case, so those two are compacted after restoring.
 */
function compact(value: string, type: FieldType | undefined): string {
  return type === 'iban' || type === 'vatId' ? value.replace(/[\s.-]/g, '').toUpperCase() : value;
}

/**
 * Turns a parsed answer into fields, or throws INVALID_MODEL_OUTPUT when it does not fit the
 * targets (unknown name, malformed value): a wrong shape is worth an escalation, not a guess.
 * Null or empty values mean "not found" and are dropped.
 */
export function parseExtractionAnswer(
  answer: unknown,
  targets: readonly FieldTarget[],
  restore: (text: string) => string,
  source: string,
): ExtractedField[] {
  const parsed = answerSchema.safeParse(answer);
  if (!parsed.success) {
    throw new SluiceError('INVALID_MODEL_OUTPUT', `${source}: answer does not fit the extraction schema: ${parsed.error.message}`);
  }
  const fields: ExtractedField[] = [];
  for (const field of parsed.data.fields) {
    if (field.value === null || field.value === '') continue;
    const type = findFieldTarget(field.name, targets)?.type;
    fields.push({ name: field.name, value: compact(restore(String(field.value)).trim(), type), confidence: field.confidence });
  }
  const problems = fieldProblems(fields, targets);
  if (problems.length > 0) {
    throw new SluiceError('INVALID_MODEL_OUTPUT', `${source}: ${problems.join('; ')}`, { details: { problems } });
  }
  return fields;
}
