import type { CacheEntry, EmbeddingCacheStore } from './embedding-cache-store';

/** In-process store for unit tests of code that embeds through the cache. Counts its calls. */
export class MemoryEmbeddingCacheStore implements EmbeddingCacheStore {
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

  store(model: string, _dimensions: number, entries: readonly CacheEntry[]): Promise<void> {
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
