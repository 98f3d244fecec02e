import { Kafka, logLevel } from 'kafkajs';
import { Registry } from 'prom-client';
import { AccountStore, SessionStore } from '@sluice/accounts';
import { createRootLogger, exitOnFatalError } from '@sluice/config';
import { AvroSerde } from '@sluice/contracts';
import { createPool } from '@sluice/db';
import { AUDIT_TOPIC } from '@sluice/audit-events';
import { startService } from '@sluice/stream';
import { startPipelineMetrics } from './http/pipeline-metrics';
import { startOutboxPublisher } from './outbox-publisher';
import { QueueStore, REVIEW_COMPLETED_TOPIC } from './queue-store';
import { ReviewActions } from './review-actions';
import { loadReviewConfig } from './review-config';
import { reviewMetrics } from './review-metrics';
import { loadReviewPolicies } from './review-policy';
import { reviewService } from './review-service';
import { startReviewSweeper } from './review-sweeper';

exitOnFatalError('review');

// Wiring only: configuration, policies, database, outbox producer, sweeper, metrics scraper, the stream service.
const config = loadReviewConfig(process.env);
const { env } = config;
const logger = createRootLogger('review', env);
const policies = loadReviewPolicies(config.policyDir);
const scope = env.SLUICE_TOPIC_PREFIX;
const pool = createPool({ connectionString: env.DATABASE_URL, max: env.DATABASE_POOL_MAX }, logger);

const serde = AvroSerde.connect(env.SCHEMA_REGISTRY_URL, scope);
await serde.prepare([REVIEW_COMPLETED_TOPIC, AUDIT_TOPIC]);
const kafka = new Kafka({ clientId: 'review-outbox', brokers: env.KAFKA_BROKERS, logLevel: logLevel.WARN });
const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
await producer.connect();
const publisher = startOutboxPublisher({ pool, producer, serde, scope, logger: logger.child({ module: 'outbox' }), pollIntervalMs: config.outboxPollMs });

const registry = new Registry();
const store = new QueueStore(pool, scope, () => publisher.wake());
const metrics = reviewMetrics(registry, store);
const actions = new ReviewActions({ store, policies, metrics, leaseMs: config.leaseMs });
startReviewSweeper({ actions, store, intervalMs: config.sweepIntervalMs, contextRetentionMs: config.contextRetentionMs, logger: logger.child({ module: 'sweeper' }) });
const pipeline = startPipelineMetrics({ targets: config.metricsTargets, intervalMs: config.metricsIntervalMs, logger: logger.child({ module: 'pipeline-metrics' }) });

await startService(
  reviewService({
    pool,
    store,
    actions,
    policies,
    metrics,
    accounts: new AccountStore(pool),
    sessions: new SessionStore(pool, config.sessionTtlMs),
    secureCookie: config.secureCookie,
    consoleDir: config.consoleDir,
    pipeline,
    logger: logger.child({ module: 'api' }),
  }),
  { config: env, logger, registry },
);
