import { Registry } from 'prom-client';
import { describe, expect, it } from 'vitest';
import { createPromEmbeddingCacheMetrics } from './prom-embedding-cache-metrics';

describe('createPromEmbeddingCacheMetrics', () => {
  it('counts hits and misses per model and observes lookup latency', async () => {
    const registry = new Registry();
    const metrics = createPromEmbeddingCacheMetrics(registry);
    metrics.lookup('local/use-lite-512@1', { hits: 3, misses: 1, durationMs: 4 });
    metrics.bypassed('local/use-lite-512@1', 'store');
    const text = await registry.metrics();
    expect(text).toContain('sluice_embedding_cache_hits_total{model="local/use-lite-512@1"} 3');
    expect(text).toContain('sluice_embedding_cache_misses_total{model="local/use-lite-512@1"} 1');
    expect(text).toContain('sluice_embedding_cache_lookup_seconds_count{model="local/use-lite-512@1"} 1');
    expect(text).toContain('sluice_embedding_cache_bypassed_total{model="local/use-lite-512@1",phase="store"} 1');
  });
});
