import { hashedEmbeddingModel, type EmbeddingModel } from '@sluice/models';

/** The simulator's deterministic hashed model under a model name of the test's own. */
export function namedHashedModel(model: string, dimensions: number): EmbeddingModel {
  const base = hashedEmbeddingModel(dimensions);
  const ref = { ...base.ref, provider: 'test', model };
  return {
    ref,
    dimensions,
    embed: async (texts, options) => ({ ...(await base.embed(texts, options)), model: ref }),
  };
}
