import { z } from 'zod';
import { SluiceError } from '@sluice/errors';
import type { ExtractedField, FieldTarget, FieldType } from '../model-contracts';

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

/** The normalised forms promised in model-contracts.ts, checked after PII is restored. */
const valueChecks: Record<FieldType, (value: string, target: FieldTarget) => boolean> = {
  string: (value) => value.length > 0,
  date: (value) => /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value)),
  amount: (value) => /^-?\d+(\.\d+)?$/.test(value),
  currency: (value) => /^[A-Z]{3}$/.test(value),
  iban: (value) => /^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(value),
  vatId: (value) => /^[A-Z]{2}[A-Z0-9]{2,13}$/.test(value),
  email: (value) => /^[^\s@]+@[^\s@]+$/.test(value),
  enum: (value, target) => target.values?.includes(value) ?? false,
};

/**
 * A restored placeholder brings back the value as the document wrote it (`DE89 3704 ...`); the
 * contract wants IBANs and VAT ids compact and upper case, so those two are compacted after restoring.
 */
function compact(value: string, type: FieldType): string {
  return type === 'iban' || type === 'vatId' ? value.replace(/[\s.-]/g, '').toUpperCase() : value;
}

/** `lineItems[3].amount` → `lineItems.amount`, to find the target of an indexed name, however
 * the target spells its repetition (`lineItems[].amount` or `lineItems.amount`). */
function targetKey(name: string): string {
  return name.replace(/\[\d*\]/g, '');
}

function findTarget(name: string, targets: readonly FieldTarget[]): FieldTarget | undefined {
  const exact = targets.find((target) => target.name === name);
  if (exact) return exact;
  const key = targetKey(name);
  return targets.find((target) => target.repeated === true && targetKey(target.name) === key);
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
  const problems: string[] = [];
  for (const field of parsed.data.fields) {
    if (field.value === null || field.value === '') continue;
    const target = findTarget(field.name, targets);
    if (!target) {
      problems.push(`unknown field ${field.name}`);
      continue;
    }
    const value = compact(restore(String(field.value)).trim(), target.type);
    if (!valueChecks[target.type](value, target)) {
      problems.push(`${field.name}: "${value.slice(0, 40)}" is not a normalised ${target.type}`);
      continue;
    }
    fields.push({ name: field.name, value, confidence: field.confidence });
  }
  if (problems.length > 0) {
    throw new SluiceError('INVALID_MODEL_OUTPUT', `${source}: ${problems.join('; ')}`, { details: { problems } });
  }
  return fields;
}
