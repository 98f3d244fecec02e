import { createRootLogger, exitOnFatalError } from '@sluice/config';
import { createPool } from '@sluice/db';
import { MemoryFrontedCacheStore, PgEmbeddingCacheStore } from '@sluice/embedding-cache';
import { createModelSet } from '@sluice/models';
import { startModelService } from '@sluice/model-service';
import { loadEmbedderConfig } from './embedder-config';
import { createEmbedderService, EMBEDDER } from './embedder-service';

exitOnFatalError('embedder');

// Wiring only: configuration, database and cache, the model (in the background), the stream service.
const config = loadEmbedderConfig();
const logger = createRootLogger(EMBEDDER, config);
const pool = createPool({ connectionString: config.DATABASE_URL, max: config.DATABASE_POOL_MAX }, logger);

await startModelService({
  config,
  logger,
  what: 'embedding model',
  load: async ({ profile, privacy, metrics }) => {
    const set = await createModelSet(profile.profile, { metrics, tasks: ['embedding'], privacy });
    logger.info({ model: set.embedding.ref, dimensions: set.embedding.dimensions }, 'embedding model ready');
    return set.embedding;
  },
  service: (model) =>
    createEmbedderService({
      db: pool,
      cacheStore: new MemoryFrontedCacheStore(new PgEmbeddingCacheStore(pool), { maxEntries: config.EMBED_CACHE_MEMORY_ENTRIES }),
      model,
      documentText: config.EMBED_DOCUMENT_TEXT,
      maxChunkChars: config.EMBED_MAX_CHUNK_CHARS,
    }),
});
// startService stops the consumer on SIGTERM/SIGINT and exits; the pool closes with the process.
