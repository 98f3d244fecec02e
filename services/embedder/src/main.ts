import { createRootLogger, exitOnFatalError } from '@sluice/config';
import { Registry } from 'prom-client';
import { createPool } from '@sluice/db';
import { MemoryFrontedCacheStore, PgEmbeddingCacheStore } from '@sluice/embedding-cache';
import { createModelSet, loadModelProfile, loadPrivacyPolicies } from '@sluice/models';
import { promModelMetrics } from '@sluice/models/prom-metrics';
import { loadInBackground } from '@sluice/pipeline';
import { startService } from '@sluice/stream';
import { loadEmbedderConfig } from './embedder-config';
import { createEmbedderService, EMBEDDER } from './embedder-service';

exitOnFatalError('embedder');

const config = loadEmbedderConfig();
const logger = createRootLogger(EMBEDDER, config);
// The profile's `${VAR}` references (endpoints, keys) are read from the environment as it loads.
const { name: profileName, profile } = loadModelProfile(process.env, undefined, config.MODEL_PROFILE);
// Each tenant's policy for external endpoints (config/privacy, PRIVACY_DIR); a bad file stops the start.
const privacy = loadPrivacyPolicies({ PRIVACY_DIR: config.PRIVACY_DIR });
const pool = createPool({ connectionString: config.DATABASE_URL, max: config.DATABASE_POOL_MAX }, logger);
// One registry for the runtime's /metrics and the model set, which is built before the runtime.
const registry = new Registry();
const modelMetrics = promModelMetrics(registry);

const model = loadInBackground('embedding model', async () => {
  const set = await createModelSet(profile, { metrics: modelMetrics, tasks: ['embedding'], privacy });
  logger.info({ profile: profileName, model: set.embedding.ref, dimensions: set.embedding.dimensions }, 'embedding model loaded');
  return set.embedding;
});

const running = await startService(
  createEmbedderService({
    db: pool,
    cacheStore: new MemoryFrontedCacheStore(new PgEmbeddingCacheStore(pool), { maxEntries: config.EMBED_CACHE_MEMORY_ENTRIES }),
    model,
    documentText: config.EMBED_DOCUMENT_TEXT,
    maxChunkChars: config.EMBED_MAX_CHUNK_CHARS,
  }),
  { config, logger, registry },
);
// startService stops the consumer on SIGTERM/SIGINT and exits; the pool closes with the process.
void running;
