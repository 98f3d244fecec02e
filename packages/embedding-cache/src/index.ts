export { withEmbeddingCache } from './cached-embedding-model';
export type { EmbeddingCacheOptions } from './cached-embedding-model';
export { cacheModelKey } from './embedding-cache-store';
export type { CacheEntry, EmbeddingCacheStore } from './embedding-cache-store';
export { PgEmbeddingCacheStore } from './pg-embedding-cache-store';
export type { Queryable } from './pg-embedding-cache-store';
export { defaultMemoryFrontOptions, MemoryFrontedCacheStore } from './memory-fronted-cache-store';
export type { MemoryFrontOptions } from './memory-fronted-cache-store';
export { contentHash } from './content-hash';
export { createEmbeddingCacheTotals, noopEmbeddingCacheMetrics } from './embedding-cache-metrics';
export type { EmbeddingCacheMetrics, EmbeddingCacheTotals } from './embedding-cache-metrics';
export { createPromEmbeddingCacheMetrics } from './prom-embedding-cache-metrics';
export {
  defaultNameMatchWeights,
  nameForEmbedding,
  REFERENCE_DIMENSIONS,
  REFERENCE_EF_SEARCH,
  ReferenceEntityIndex,
} from './reference/reference-entity-index';
export type {
  NameMatchWeights,
  ReferenceEntity,
  ReferenceEntityIndexDeps,
  ReferenceMatch,
} from './reference/reference-entity-index';
export { foldName, normalizeCompanyName } from './reference/company-name';
export { normalizeReferenceKey, referenceKeyKinds } from './reference/reference-keys';
export type { ReferenceKey, ReferenceKeyKind } from './reference/reference-keys';
