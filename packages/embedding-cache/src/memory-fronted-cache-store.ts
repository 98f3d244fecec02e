import { LRUCache } from 'lru-cache';
import type { CacheEntry, EmbeddingCacheStore } from './embedding-cache-store';

export interface MemoryFrontOptions {
  /** Vectors kept in process, least recently used dropped first (512-d: 2 KiB each as float32). */
  maxEntries: number;
}

export const defaultMemoryFrontOptions = { maxEntries: 10_000 } satisfies MemoryFrontOptions;

/**
 * An in-process LRU in front of another store (PostgreSQL): a lookup answers what it holds from
 * memory and asks the backing store only for the rest, keeping what comes back; a store writes
 * through. Entity names are short and repeat (a tenant has a few hundred vendors), so after
 * warm-up a batch of names costs no database round trip and no vector parsing.
 * Vectors are held as float32 (what pgvector stores), so a hit is bit-identical to the database's.
 */
export class MemoryFrontedCacheStore implements EmbeddingCacheStore {
  private readonly memory: LRUCache<string, Float32Array>;

  constructor(
    private readonly backing: EmbeddingCacheStore,
    options: MemoryFrontOptions = defaultMemoryFrontOptions,
  ) {
    this.memory = new LRUCache({ max: options.maxEntries });
  }

  async lookup(model: string, hashes: readonly string[]): Promise<Map<string, number[]>> {
    const found = new Map<string, number[]>();
    const rest: string[] = [];
    for (const hash of hashes) {
      const vector = this.memory.get(`${model}\u0000${hash}`);
      if (vector === undefined) rest.push(hash);
      else found.set(hash, Array.from(vector));
    }
    if (rest.length > 0) {
      for (const [hash, vector] of await this.backing.lookup(model, rest)) {
        this.memory.set(`${model}\u0000${hash}`, Float32Array.from(vector));
        found.set(hash, vector);
      }
    }
    return found;
  }

  async store(model: string, dimensions: number, entries: readonly CacheEntry[]): Promise<void> {
    await this.backing.store(model, dimensions, entries);
    for (const { hash, vector } of entries) this.memory.set(`${model}\u0000${hash}`, Float32Array.from(vector));
  }

  /** Vectors held in memory now. */
  get size(): number {
    return this.memory.size;
  }
}
