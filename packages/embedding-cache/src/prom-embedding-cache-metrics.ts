import { Counter, Histogram, type Registry } from 'prom-client';
import type { EmbeddingCacheMetrics } from './embedding-cache-metrics';

/**
 * Prometheus implementation. Hit ratio is a query, not a gauge:
 * `sum(rate(sluice_embedding_cache_hits_total[5m])) / (sum(rate(..._hits_total[5m])) + sum(rate(..._misses_total[5m])))`.
 */
export function createPromEmbeddingCacheMetrics(registry: Registry): EmbeddingCacheMetrics {
  const registers = [registry];
  const hits = new Counter({
    name: 'sluice_embedding_cache_hits_total',
    help: 'Distinct texts answered from the embedding cache',
    labelNames: ['model'],
    registers,
  });
  const misses = new Counter({
    name: 'sluice_embedding_cache_misses_total',
    help: 'Distinct texts not in the embedding cache (sent to the model)',
    labelNames: ['model'],
    registers,
  });
  const lookupSeconds = new Histogram({
    name: 'sluice_embedding_cache_lookup_seconds',
    help: 'Latency of one batch lookup in the embedding cache',
    labelNames: ['model'],
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1],
    registers,
  });
  const bypassed = new Counter({
    name: 'sluice_embedding_cache_bypassed_total',
    help: 'Batches that skipped the cache because the store failed (failOpen)',
    labelNames: ['model', 'phase'],
    registers,
  });
  return {
    lookup(model, outcome) {
      hits.inc({ model }, outcome.hits);
      misses.inc({ model }, outcome.misses);
      lookupSeconds.observe({ model }, outcome.durationMs / 1000);
    },
    bypassed(model, phase) {
      bypassed.inc({ model, phase });
    },
  };
}
