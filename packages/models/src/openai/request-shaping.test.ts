import { describe, expect, it } from 'vitest';
import { SluiceError } from '@sluice/errors';
import type { FieldTarget } from '../model-contracts';
import { endpointSchema } from '../profiles/model-profile-schema';
import { planEmbeddingBatches } from './embedding-batches';
import { parseExtractionAnswer } from './extraction-answer';
import { authHeaders, endpointUrl } from './openai-endpoint';

describe('endpoint URLs and auth', () => {
  it('uses <base>/<operation> with a bearer token for OpenAI-style servers', () => {
    const config = endpointSchema.parse({ baseUrl: 'https://api.x.ai/v1/', external: true, auth: { type: 'bearer', apiKey: 'k' } });
    expect(endpointUrl(config, 'chat/completions', 'grok')).toBe('https://api.x.ai/v1/chat/completions');
    expect(authHeaders(config)).toEqual({ authorization: 'Bearer k' });
  });

  it('uses deployment URLs with api-version and an api-key header for Azure', () => {
    const config = endpointSchema.parse({
      baseUrl: 'https://res.openai.azure.com',
      external: true,
      auth: { type: 'api-key', apiKey: 'k' },
      azure: { apiVersion: '2024-10-21' },
    });
    expect(endpointUrl(config, 'embeddings', 'my-embed')).toBe(
      'https://res.openai.azure.com/openai/deployments/my-embed/embeddings?api-version=2024-10-21',
    );
    expect(authHeaders(config)).toEqual({ 'api-key': 'k' });
  });
});

describe('planEmbeddingBatches', () => {
  it('respects both the input and the estimated token limit, in order', () => {
    const texts = ['a'.repeat(30), 'b'.repeat(30), 'c', 'd', 'e', 'f'.repeat(300)];
    expect(planEmbeddingBatches(texts, { maxInputsPerRequest: 3, maxTokensPerRequest: 20 })).toEqual([[0], [1, 2, 3], [4], [5]]);
  });
});

describe('parseExtractionAnswer', () => {
  const targets: FieldTarget[] = [
    { name: 'issueDate', type: 'date', description: '', required: true },
    { name: 'lineItems[].amount', type: 'amount', description: '', required: false, repeated: true },
    { name: 'currency', type: 'currency', description: '', required: true },
  ];
  const same = (value: string) => value;

  it('accepts indexed names of repeated targets and drops empty values', () => {
    const fields = parseExtractionAnswer(
      {
        fields: [
          { name: 'issueDate', value: '2024-03-01', confidence: 0.9 },
          { name: 'lineItems[1].amount', value: '12.50', confidence: 0.8 },
          { name: 'currency', value: null, confidence: 0.1 },
        ],
      },
      targets,
      same,
      'test',
    );
    expect(fields.map((f) => f.name)).toEqual(['issueDate', 'lineItems[1].amount']);
  });

  it('rejects unknown fields, malformed values and wrong shapes as INVALID_MODEL_OUTPUT', () => {
    for (const answer of [
      { fields: [{ name: 'vendorName', value: 'x', confidence: 0.5 }] },
      { fields: [{ name: 'issueDate', value: '01.03.2024', confidence: 0.5 }] },
      { fields: [{ name: 'currency', value: 'EUR', confidence: 7 }] },
      { answer: 'EUR' },
    ]) {
      expect(() => parseExtractionAnswer(answer, targets, same, 'test')).toThrow(SluiceError);
      try {
        parseExtractionAnswer(answer, targets, same, 'test');
      } catch (error) {
        expect((error as SluiceError).code).toBe('INVALID_MODEL_OUTPUT');
        expect((error as SluiceError).retryable).toBe(false);
      }
    }
  });
});
