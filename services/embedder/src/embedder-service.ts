import type { AuditEvent, DocumentEmbedded, DocumentExtracted } from '@sluice/contracts';
import { createEmbeddingCacheTotals, withEmbeddingCache, type EmbeddingCacheMetrics, type EmbeddingCacheStore } from '@sluice/embedding-cache';
import type { EmbeddingModel } from '@sluice/models';
import type { LoadingDependency } from '@sluice/model-service';
import { auditEvent, AUDIT_TOPIC } from '@sluice/audit-events';
import { defineService, type BatchingOptions, type OutputRecord, type ServiceDefinition } from '@sluice/stream';
import { embedBatch, type DocumentTextMode } from './embed-batch';
import { embedderMetrics } from './embedder-metrics';

export const EMBEDDER = 'embedder';
export const EXTRACTED_TOPIC = 'documents.extracted.v1';
export const EMBEDDED_TOPIC = 'documents.embedded.v1';

export interface EmbedderDeps {
  /** Answers readiness (`SELECT 1`); the database behind the cache store. */
  db: { query(text: string): Promise<unknown> };
  cacheStore: EmbeddingCacheStore;
  model: LoadingDependency<EmbeddingModel>;
  /** Document texts embedded besides the names (default `none`). */
  documentText?: DocumentTextMode;
  maxChunkChars?: number;
  now?: () => number;
  batching?: Partial<BatchingOptions>;
}

/** Sends cache outcomes both to /metrics and to this batch's own totals (for its audit events). */
function tee(...targets: EmbeddingCacheMetrics[]): EmbeddingCacheMetrics {
  return {
    lookup: (model, outcome) => targets.forEach((target) => target.lookup(model, outcome)),
    bypassed: (model, phase) => targets.forEach((target) => target.bypassed(model, phase)),
  };
}

/**
 * The embedder: a batching inference worker. Each batch becomes one embedding call (per tenant)
 * over the exact-match cache, so only texts never seen under this model reach it: entity names
 * (short, repeated, mostly cache hits) and, when configured, document texts. Duplicate
 * document ids were already stopped by the extractor; a retried batch re-embeds from the cache.
 */
export function createEmbedderService(deps: EmbedderDeps): ServiceDefinition<DocumentExtracted, DocumentEmbedded | AuditEvent> {
  return defineService<DocumentExtracted, DocumentEmbedded | AuditEvent>({
    name: EMBEDDER,
    input: EXTRACTED_TOPIC,
    outputs: [EMBEDDED_TOPIC, AUDIT_TOPIC],
    // Batches amortise the model call and the cache lookup (USE-lite: far faster batched than one by one).
    batching: { minRecords: 32, maxRecords: 256, ...deps.batching },
    readiness: {
      database: async () => {
        await deps.db.query('SELECT 1');
      },
      model: () => deps.model.ready(),
    },
    handler: async (records, context) => {
      const metrics = embedderMetrics(context.metrics);
      const base = await deps.model.get();
      const batchCache = createEmbeddingCacheTotals();
      const model = withEmbeddingCache(base, { store: deps.cacheStore, metrics: tee(metrics.cache, batchCache) });
      const stopTimer = metrics.batchSeconds.startTimer();
      const embedded = await embedBatch(
        records.map((record) => record.value),
        model,
        { documentText: deps.documentText, maxChunkChars: deps.maxChunkChars, signal: context.signal, now: deps.now },
      );
      stopTimer();
      const { hits, misses } = batchCache.totals;
      context.logger.debug({ documents: records.length, cacheHits: hits, cacheMisses: misses }, 'batch embedded');

      const outputs: OutputRecord<DocumentEmbedded | AuditEvent>[] = [];
      records.forEach((record, index) => {
        const entry = embedded[index];
        if (!entry) return;
        metrics.documents.inc({ kind: entry.record.kind });
        for (const embedding of entry.record.embeddings) metrics.embeddings.inc({ target: embedding.target });
        outputs.push({ topic: EMBEDDED_TOPIC, key: record.value.documentId, value: entry.record, source: record });
        outputs.push(
          auditEvent({
            service: EMBEDDER,
            action: 'embedded',
            documentId: record.value.documentId,
            tenant: record.value.tenant,
            source: record,
            result: entry.result,
            details: {
              targets: entry.record.embeddings.map((embedding) => embedding.target).join(','),
              texts: String(entry.texts),
              // Cache outcomes are per batch: the cache dedupes across documents, so a text shared
              // by two documents is one hit or one miss, not one per document.
              batchDocuments: String(records.length),
              batchCacheHits: String(hits),
              batchCacheMisses: String(misses),
            },
          }),
        );
      });
      return outputs;
    },
  });
}
