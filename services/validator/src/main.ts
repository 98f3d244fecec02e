import { Kafka, logLevel } from 'kafkajs';
import pg from 'pg';
import pino from 'pino';
import { Registry } from 'prom-client';
import { AvroSerde } from '@sluice/contracts';
import { SluiceError } from '@sluice/errors';
import { loadRuleBook } from '@sluice/rules';
import { loadRuntimeOverrides, runService, stopOnSignals, type RunningService } from '@sluice/stream';
import { PgDecisionStore } from './pg-decision-store';
import { loadValidatorConfig } from './validator-config';
import { validatorMetrics } from './validator-metrics';
import { validatorServices } from './validator-services';

// Wiring only. Two runtime services in one process (the runtime has one input per service): the
// health server (HTTP_PORT) belongs to `validator`, whose readiness includes the review consumer.
const config = loadValidatorConfig(process.env);
const overrides = loadRuntimeOverrides(process.env);
const rules = loadRuleBook(config.rulesDir);
const logger = pino({ name: 'sluice', level: process.env.LOG_LEVEL ?? 'info' });
const pool = new pg.Pool({ connectionString: config.platform.DATABASE_URL, max: 4 });
const store = new PgDecisionStore(pool, config.platform.SLUICE_TOPIC_PREFIX);
const kafka = new Kafka({ clientId: 'validator', brokers: config.platform.KAFKA_BROKERS, logLevel: logLevel.WARN });
const serde = AvroSerde.connect(config.platform.SCHEMA_REGISTRY_URL, config.platform.SLUICE_TOPIC_PREFIX);

const reviewConsumer: { running?: RunningService } = {};
// The served registry: both handlers count into it (the review runtime's own metrics stay apart).
const registry = new Registry();
const services = validatorServices({
  store,
  rules,
  metrics: validatorMetrics(registry),
  pingDatabase: async () => {
    await pool.query('SELECT 1');
  },
  readiness: {
    'reviews-consumer': async () => {
      if (!(await reviewConsumer.running?.isReady())) throw new SluiceError('UNAVAILABLE', 'validator-reviews is not ready');
    },
  },
});
const reviewsRunning = await runService(services.reviews, { kafka, serde, logger, options: { ...overrides, httpPort: undefined } });
reviewConsumer.running = reviewsRunning;
const validatorRunning = await runService(services.validator, { kafka, serde, logger, registry, options: { httpPort: 8080, ...overrides } });
stopOnSignals(
  {
    stop: async () => {
      await Promise.all([validatorRunning.stop(), reviewsRunning.stop()]);
      await pool.end();
    },
  },
  logger,
);
