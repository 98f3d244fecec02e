import { z } from 'zod';
import { SluiceError } from '@sluice/errors';
import type { Classification } from '../model-contracts';

export function classificationResponseSchema(labels: readonly string[]): Record<string, unknown> {
  return {
    type: 'object',
    additionalProperties: false,
    required: ['label', 'confidence'],
    properties: { label: { type: 'string', enum: [...labels] }, confidence: { type: 'number' } },
  };
}

const answerSchema = z.object({ label: z.string(), confidence: z.number().min(0).max(1) });

export function parseClassificationAnswer(answer: unknown, labels: readonly string[], source: string): Classification {
  const parsed = answerSchema.safeParse(answer);
  if (!parsed.success) {
    throw new SluiceError('INVALID_MODEL_OUTPUT', `${source}: answer does not fit the classification schema: ${parsed.error.message}`);
  }
  if (!labels.includes(parsed.data.label)) {
    throw new SluiceError('INVALID_MODEL_OUTPUT', `${source}: label "${parsed.data.label}" is not one of ${labels.join(', ')}`);
  }
  return parsed.data;
}
