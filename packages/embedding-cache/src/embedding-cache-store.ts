import type { ModelRef } from '@sluice/models';

/** Where cached vectors live. Each method is exactly one round trip to the backing store. */
export interface EmbeddingCacheStore {
  /** Vectors already stored for these content hashes (hex sha256), keyed by hash. */
  lookup(model: string, hashes: readonly string[]): Promise<Map<string, number[]>>;
  /** Stores new vectors; a key that is already present keeps its vector (first writer wins). */
  store(model: string, dimensions: number, entries: readonly CacheEntry[]): Promise<void>;
}

export interface CacheEntry {
  hash: string;
  vector: number[];
}

/** The cache key's model part: a new provider, model or version never reads another's vectors. */
export function cacheModelKey(ref: ModelRef): string {
  return `${ref.provider}/${ref.model}@${ref.version}`;
}
