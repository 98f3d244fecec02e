import { hashedVector, type CallOptions, type EmbeddingModel } from '@sluice/models';

/**
 * Test double: deterministic hashed vectors, remembering every call's texts and options, with a
 * fixed usage per call so cost sharing can be checked.
 */
export function recordingEmbeddingModel(dimensions = 16, usage = { inputTokens: 100, costUsd: 0.01 }) {
  const ref = { provider: 'test', model: 'recording', version: '1', promptId: null, promptHash: null };
  const calls: { texts: string[]; options: CallOptions | undefined }[] = [];
  const model: EmbeddingModel = {
    ref,
    dimensions,
    embed(texts, options) {
      calls.push({ texts, options });
      return Promise.resolve({
        value: texts.map((text) => hashedVector(text, dimensions)),
        usage: { inputTokens: usage.inputTokens, outputTokens: 0, characters: texts.join('').length, latencyMs: 9, costUsd: usage.costUsd },
        model: ref,
        degraded: false,
        redactions: {},
      });
    },
  };
  return { model, calls };
}
