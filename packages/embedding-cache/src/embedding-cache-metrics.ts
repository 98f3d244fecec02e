/**
 * What the cache reports, as a small structural interface so prom-client is a choice
 * (`createPromEmbeddingCacheMetrics`), not a dependency of the cache itself.
 */
export interface EmbeddingCacheMetrics {
  /** One batch lookup: distinct texts found and not found, and how long the query took. */
  lookup(model: string, outcome: { hits: number; misses: number; durationMs: number }): void;
  /** The store failed and the cache was bypassed (only with `failOpen`). */
  bypassed(model: string, phase: 'lookup' | 'store'): void;
}

export const noopEmbeddingCacheMetrics: EmbeddingCacheMetrics = {
  lookup: () => undefined,
  bypassed: () => undefined,
};

export interface EmbeddingCacheTotals {
  hits: number;
  misses: number;
  lookups: number;
  lookupMs: number[];
  bypassed: number;
  readonly hitRatio: number;
}

/** In-process totals, for benchmarks, tests and a CLI summary. */
export function createEmbeddingCacheTotals(): EmbeddingCacheMetrics & { totals: EmbeddingCacheTotals } {
  const totals: EmbeddingCacheTotals = {
    hits: 0,
    misses: 0,
    lookups: 0,
    lookupMs: [],
    bypassed: 0,
    get hitRatio() {
      const all = this.hits + this.misses;
      return all === 0 ? 0 : this.hits / all;
    },
  };
  return {
    totals,
    lookup(_model, { hits, misses, durationMs }) {
      totals.hits += hits;
      totals.misses += misses;
      totals.lookups += 1;
      totals.lookupMs.push(durationMs);
    },
    bypassed() {
      totals.bypassed += 1;
    },
  };
}
