import { createRootLogger, exitOnFatalError, isShadowPrefix } from '@sluice/config';
import { ErpHttpClient, erpOperationEffects, withoutSideEffects, type ErpClient } from '@sluice/connectors';
import { cacheModelKey, MemoryFrontedCacheStore, PgEmbeddingCacheStore, ReferenceEntityIndex, withEmbeddingCache } from '@sluice/embedding-cache';
import { createPool } from '@sluice/db';
import { createModelSet } from '@sluice/models';
import { startModelService } from '@sluice/model-service';
import { PgCustomerKeyLookup } from './customer-key-lookup';
import { PgDuplicateDetector } from './duplicate-detector';
import { PgReferenceTenants } from './reference-tenants';
import { ENRICHER } from './enrich-documents';
import { loadEnricherConfig } from './enricher-config';
import { enricherService } from './enricher-service';

exitOnFatalError('enricher');

// Wiring only: configuration, dependencies, the matcher's model (in the background), the stream
// service. Logic lives in enrich-documents.ts.
const config = loadEnricherConfig(process.env);
const { env } = config;
const logger = createRootLogger(ENRICHER, env);
const pool = createPool({ connectionString: env.DATABASE_URL, max: env.DATABASE_POOL_MAX }, logger);
const http: ErpClient | null = config.erp === null ? null : new ErpHttpClient(config.erp);
// A shadow pipeline reads the ERP as production does but never writes to it (erpOperationEffects).
const erp = http !== null && isShadowPrefix(env.SLUICE_TOPIC_PREFIX) ? withoutSideEffects(http, erpOperationEffects) : http;

await startModelService({
  config: env,
  logger,
  what: 'embedding model',
  load: async ({ profile, privacy, metrics }) => {
    const models = await createModelSet(profile.profile, { metrics, tasks: ['embedding'], privacy });
    // Name vectors come with the embedded records; a name without one is embedded through the cache.
    const names = new ReferenceEntityIndex({ db: pool, model: withEmbeddingCache(models.embedding, { store: new MemoryFrontedCacheStore(new PgEmbeddingCacheStore(pool)) }) });
    return { names, customerKeys: new PgCustomerKeyLookup(pool), candidates: config.matchCandidates, embeddingModel: cacheModelKey(models.embedding.ref) };
  },
  service: (matcher) =>
    enricherService({
      matcher,
      duplicates: new PgDuplicateDetector(pool, { scope: env.SLUICE_TOPIC_PREFIX, minScore: config.duplicateMinScore }),
      erp,
      lookupMinScore: config.lookupMinScore,
      erpPauseMs: config.erpPauseMs,
      tenants: new PgReferenceTenants(pool),
      pingDatabase: async () => {
        await pool.query('SELECT 1');
      },
    }),
});
// startService stops on SIGTERM and exits; the pool goes with the process.
