import { Counter, Histogram } from 'prom-client';
import { createPromEmbeddingCacheMetrics, type EmbeddingCacheMetrics } from '@sluice/embedding-cache';
import { metricsPerRegistry } from '@sluice/stream';

export interface EmbedderMetrics {
  documents: Counter<'kind'>;
  embeddings: Counter<'target'>;
  batchSeconds: Histogram;
  cache: EmbeddingCacheMetrics;
}

/** The embedder's own metrics and the cache's, registered once in the runtime's registry. */
export const embedderMetrics = metricsPerRegistry((registry): EmbedderMetrics => {
  const registers = [registry];
  return {
    documents: new Counter({ name: 'sluice_embedder_documents_total', help: 'Documents embedded, by kind', labelNames: ['kind'], registers }),
    embeddings: new Counter({
      name: 'sluice_embedder_embeddings_total',
      help: 'Embeddings emitted, by target (document, vendorName, senderName)',
      labelNames: ['target'],
      registers,
    }),
    batchSeconds: new Histogram({
      name: 'sluice_embedder_batch_duration_seconds',
      help: 'Embedding time per batch (cache lookup, model call on misses, cache write)',
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers,
    }),
    cache: createPromEmbeddingCacheMetrics(registry),
  };
});
