import pg from 'pg';
import pino from 'pino';
import { createLanguageDetector, createModelSet, loadModelProfile } from '@sluice/models';
import { loadInBackground } from '@sluice/pipeline';
import { startService } from '@sluice/stream';
import { boundModelMetrics } from './bound-model-metrics';
import { loadExtractorConfig } from './extractor-config';
import { createExtractorService, EXTRACTOR } from './extractor-service';

const config = loadExtractorConfig();
const logger = pino({ name: EXTRACTOR, level: config.LOG_LEVEL });
const { name: profileName, profile } = loadModelProfile(process.env);
const pool = new pg.Pool({ connectionString: config.DATABASE_URL, max: config.DATABASE_POOL_MAX });
pool.on('error', (error) => logger.warn({ err: error }, 'idle PostgreSQL connection failed'));
const modelMetrics = boundModelMetrics();

const models = loadInBackground('extraction models', async () => {
  const [set, language] = await Promise.all([
    createModelSet(profile, { metrics: modelMetrics }),
    createLanguageDetector({ onFallback: (error) => logger.warn({ err: error }, 'cld3 unavailable; stop-word language detection') }),
  ]);
  logger.info({ profile: profileName, model: set.extraction.ref, language: language.method }, 'models loaded');
  return { extraction: set.extraction, language };
});

const running = await startService(
  createExtractorService({
    db: pool,
    models,
    claimScope: `${EXTRACTOR}:${config.SLUICE_TOPIC_PREFIX}`,
    onRegistry: (registry) => modelMetrics.bind(registry),
  }),
);
// startService stops the consumer on SIGTERM/SIGINT and exits; the pool closes with the process.
void running;
