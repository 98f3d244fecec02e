import { createRootLogger, exitOnFatalError, isShadowPrefix } from '@sluice/config';
import { ErpHttpClient, erpOperationEffects, withoutSideEffects, type ErpClient } from '@sluice/connectors';
import { cacheModelKey, MemoryFrontedCacheStore, PgEmbeddingCacheStore, ReferenceEntityIndex, withEmbeddingCache } from '@sluice/embedding-cache';
import { createPool } from '@sluice/db';
import { createModelSet, loadModelProfile, loadPrivacyPolicies } from '@sluice/models';
import { startService } from '@sluice/stream';
import { PgCustomerKeyLookup } from './customer-key-lookup';
import { PgDuplicateDetector } from './duplicate-detector';
import { loadEnricherConfig } from './enricher-config';
import { enricherService } from './enricher-service';
import { ENRICHER } from './enrich-documents';

exitOnFatalError('enricher');

// Wiring only: configuration, dependencies, the stream service. Logic lives in enrich-documents.ts.
const config = loadEnricherConfig(process.env);
const { env } = config;
const logger = createRootLogger(ENRICHER, env);
// The profile's `${VAR}` references (endpoints, keys) are read from the environment as it loads.
const { profile } = loadModelProfile(process.env, undefined, env.MODEL_PROFILE);
// Each tenant's policy for external endpoints (config/privacy, PRIVACY_DIR); a bad file stops the start.
const privacy = loadPrivacyPolicies({ PRIVACY_DIR: env.PRIVACY_DIR });
const pool = createPool({ connectionString: env.DATABASE_URL, max: env.DATABASE_POOL_MAX }, logger);
const models = await createModelSet(profile, { tasks: ['embedding'], privacy });
// Name vectors come with the embedded records; a name without one is embedded through the cache.
const names = new ReferenceEntityIndex({ db: pool, model: withEmbeddingCache(models.embedding, { store: new MemoryFrontedCacheStore(new PgEmbeddingCacheStore(pool)) }) });
const http: ErpClient | null = config.erp === null ? null : new ErpHttpClient(config.erp);
// A shadow pipeline reads the ERP as production does but never writes to it (erpOperationEffects).
const erp = http !== null && isShadowPrefix(env.SLUICE_TOPIC_PREFIX) ? withoutSideEffects(http, erpOperationEffects) : http;

// startService stops on SIGTERM and exits; the pool goes with the process.
await startService(
  enricherService({
    matcher: { names, customerKeys: new PgCustomerKeyLookup(pool), candidates: config.matchCandidates, embeddingModel: cacheModelKey(models.embedding.ref) },
    duplicates: new PgDuplicateDetector(pool, { scope: env.SLUICE_TOPIC_PREFIX, minScore: config.duplicateMinScore }),
    erp,
    lookupMinScore: config.lookupMinScore,
    erpPauseMs: config.erpPauseMs,
    pingDatabase: async () => {
      await pool.query('SELECT 1');
    },
  }),
  { config: env, logger },
);
