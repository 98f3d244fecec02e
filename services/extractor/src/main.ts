import { openBlobStore, startBlobSweeper } from '@sluice/blob-store';
import { createRootLogger, exitOnFatalError } from '@sluice/config';
import { createPool } from '@sluice/db';
import { createLanguageDetector, createModelSet, loadTriageTaxonomies } from '@sluice/models';
import { startModelService } from '@sluice/model-service';
import { createDocumentParser } from '@sluice/parsing';
import { loadExtractorConfig } from './extractor-config';
import { createExtractorService, EXTRACTOR } from './extractor-service';

exitOnFatalError('extractor');

// Wiring only: configuration, database, blob store, models (in the background), the stream service.
const config = loadExtractorConfig();
const logger = createRootLogger(EXTRACTOR, config);
// Each tenant's e-mail triage taxonomy (config/triage, TRIAGE_DIR); a bad file stops the start.
const triage = loadTriageTaxonomies({ TRIAGE_DIR: config.TRIAGE_DIR });
const pool = createPool({ connectionString: config.DATABASE_URL, max: config.DATABASE_POOL_MAX }, logger);

// The first stage's claim checks: large originals and texts are stored once, records carry references.
const blobs = openBlobStore(config, () => createPool({ connectionString: config.DATABASE_URL, max: config.BLOB_POOL_MAX }, logger));
const sweeper = startBlobSweeper(blobs, { onError: (error) => logger.warn({ err: error }, 'blob sweep failed') });
process.once('exit', () => sweeper.stop());

await startModelService({
  config,
  logger,
  what: 'extraction models',
  load: async ({ profile, privacy, metrics }) => {
    const [set, language] = await Promise.all([
      createModelSet(profile.profile, { metrics, tasks: ['extraction'], promptDir: config.PROMPTS_DIR, privacy }),
      createLanguageDetector({ onFallback: (error) => logger.warn({ err: error }, 'cld3 unavailable; stop-word language detection') }),
    ]);
    logger.info({ model: set.extraction.ref, language: language.method }, 'extraction model and language detector ready');
    return { extraction: set.extraction, language, triage };
  },
  service: (models) =>
    createExtractorService({
      db: pool,
      models,
      claimScope: `${EXTRACTOR}:${config.SLUICE_TOPIC_PREFIX}`,
      parser: createDocumentParser({ blobs, inlineMaxBytes: config.BLOB_INLINE_MAX_BYTES }),
    }),
});
// startService stops the consumer on SIGTERM/SIGINT and exits; the pool closes with the process.
