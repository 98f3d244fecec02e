import { hashedEmbeddingModel, type CallOptions, type EmbeddingModel, type ModelResult } from '@sluice/models';

// Test doubles for embedding code. They live here, never in a package's production exports.

/**
 * In-process stand-in for @sluice/embedding-cache's EmbeddingCacheStore (same shape, checked
 * structurally where a test passes it) for unit tests of code that embeds through the cache.
 * Counts its calls.
 */
export class MemoryEmbeddingCacheStore {
  readonly calls = { lookup: 0, store: 0 };
  private readonly rows = new Map<string, number[]>();

  lookup(model: string, hashes: readonly string[]): Promise<Map<string, number[]>> {
    this.calls.lookup += 1;
    const found = new Map<string, number[]>();
    for (const hash of hashes) {
      const vector = this.rows.get(`${model}\u0000${hash}`);
      if (vector) found.set(hash, [...vector]);
    }
    return Promise.resolve(found);
  }

  store(model: string, _dimensions: number, entries: readonly { hash: string; vector: number[] }[]): Promise<void> {
    this.calls.store += 1;
    for (const { hash, vector } of entries) {
      const key = `${model}\u0000${hash}`;
      if (!this.rows.has(key)) this.rows.set(key, [...vector]);
    }
    return Promise.resolve();
  }

  get size(): number {
    return this.rows.size;
  }
}

/**
 * Wraps a model and counts what reaches it: calls and texts. Tests use it to show what the cache
 * saves at the model boundary.
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
