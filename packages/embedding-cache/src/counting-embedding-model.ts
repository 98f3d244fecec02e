import type { CallOptions, EmbeddingModel, ModelResult } from '@sluice/models';

/**
 * Wraps a model and counts what reaches it: calls and texts. Used by tests and the benchmark to
 * show what the cache saves at the model boundary.
 */
export function countingEmbeddingModel(model: EmbeddingModel): EmbeddingModel & {
  readonly counts: { calls: number; texts: number };
} {
  const counts = { calls: 0, texts: 0 };
  return {
    ref: model.ref,
    dimensions: model.dimensions,
    counts,
    embed(texts: string[], options?: CallOptions): Promise<ModelResult<number[][]>> {
      counts.calls += 1;
      counts.texts += texts.length;
      return model.embed(texts, options);
    },
  };
}
