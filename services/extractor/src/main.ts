import { openBlobStore, startBlobSweeper } from '@sluice/blob-store';
import { createRootLogger, exitOnFatalError } from '@sluice/config';
import { Registry } from 'prom-client';
import { createPool } from '@sluice/db';
import { createLanguageDetector, createModelSet, loadModelProfile, loadPrivacyPolicies, loadTriageTaxonomies } from '@sluice/models';
import { promModelMetrics } from '@sluice/models/prom-metrics';
import { createDocumentParser } from '@sluice/parsing';
import { loadInBackground } from '@sluice/pipeline';
import { startService } from '@sluice/stream';
import { loadExtractorConfig } from './extractor-config';
import { createExtractorService, EXTRACTOR } from './extractor-service';

exitOnFatalError('extractor');

const config = loadExtractorConfig();
const logger = createRootLogger(EXTRACTOR, config);
// The profile's `${VAR}` references (endpoints, keys) are read from the environment as it loads.
const { name: profileName, profile } = loadModelProfile(process.env, undefined, config.MODEL_PROFILE);
// Each tenant's policy for external endpoints (config/privacy, PRIVACY_DIR); a bad file stops the start.
const privacy = loadPrivacyPolicies({ PRIVACY_DIR: config.PRIVACY_DIR });
// Each tenant's e-mail triage taxonomy (config/triage, TRIAGE_DIR); a bad file stops the start.
const triage = loadTriageTaxonomies({ TRIAGE_DIR: config.TRIAGE_DIR });
const pool = createPool({ connectionString: config.DATABASE_URL, max: config.DATABASE_POOL_MAX }, logger);
// One registry for the runtime's /metrics and the model set, which is built before the runtime.
const registry = new Registry();
const modelMetrics = promModelMetrics(registry);

const models = loadInBackground('extraction models', async () => {
  const [set, language] = await Promise.all([
    createModelSet(profile, { metrics: modelMetrics, tasks: ['extraction'], promptDir: config.PROMPTS_DIR, privacy }),
    createLanguageDetector({ onFallback: (error) => logger.warn({ err: error }, 'cld3 unavailable; stop-word language detection') }),
  ]);
  logger.info({ profile: profileName, model: set.extraction.ref, language: language.method }, 'models loaded');
  return { extraction: set.extraction, language, triage };
});

// The first stage's claim checks: large originals and texts are stored once, records carry references.
const blobs = openBlobStore(config, () => createPool({ connectionString: config.DATABASE_URL, max: config.BLOB_POOL_MAX }, logger));
const sweeper = startBlobSweeper(blobs, { onError: (error) => logger.warn({ err: error }, 'blob sweep failed') });
process.once('exit', () => sweeper.stop());

const running = await startService(
  createExtractorService({
    db: pool,
    models,
    claimScope: `${EXTRACTOR}:${config.SLUICE_TOPIC_PREFIX}`,
    parser: createDocumentParser({ blobs, inlineMaxBytes: config.BLOB_INLINE_MAX_BYTES }),
  }),
  { config, logger, registry },
);
// startService stops the consumer on SIGTERM/SIGINT and exits; the pool closes with the process.
void running;
