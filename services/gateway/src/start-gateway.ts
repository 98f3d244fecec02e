import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Partitioners, type Kafka } from 'kafkajs';
import type { Logger } from 'pino';
import type pg from 'pg';
import { collectDefaultMetrics, Registry } from 'prom-client';
import { openBlobStore, type BlobStore } from '@sluice/blob-store';
import { ensureTopics, planTopics, type AvroSerde } from '@sluice/contracts';
import { createPool } from '@sluice/db';
import { systemClock, type Clock } from '@sluice/resilience';
import { ApiKeyStore } from './api-key-store';
import { DocumentOwnership } from './document-ownership';
import { gatewayApp } from './gateway-app';
import type { GatewayConfig } from './gateway-config';
import { gatewayMetrics } from './gateway-metrics';
import { INGEST_TOPIC, IngestPublisher } from './ingest-publisher';
import { LoadShedder } from './load-shedder';
import { readPipelineLag } from './pipeline-lag';
import { TenantRateLimit } from './tenant-rate-limit';

export interface GatewayDeps {
  config: GatewayConfig;
  kafka: Kafka;
  serde: AvroSerde;
  pool: pg.Pool;
  logger: Logger;
  clock?: Clock;
  /** The claim-check store for large raw documents; unset: BLOB_STORE's, opened on first need and closed with the gateway. */
  blobs?: BlobStore;
}

export interface RunningGateway {
  port: number;
  url: string;
  registry: Registry;
  /** The load shedder, for inspection (its last lag sample and drain rate). */
  shedder: LoadShedder;
  close(): Promise<void>;
}

/**
 * Starts the gateway: makes sure the ingest topic exists and its schema is registered, connects an
 * idempotent producer, samples the pipeline's consumer lag every GATEWAY_LAG_SAMPLE_INTERVAL_MS
 * for load shedding, and serves the HTTP API. `close` stops sampling, the server and the clients
 * (the pool belongs to the caller).
 */
export async function startGateway({ config, kafka, serde, pool, logger, clock = systemClock, blobs }: GatewayDeps): Promise<RunningGateway> {
  let ownBlobs: BlobStore | undefined;
  const blobStore = () => blobs ?? (ownBlobs ??= openBlobStore(config, () => createPool({ connectionString: config.DATABASE_URL, max: 2 }, logger)));
  const prefix = config.SLUICE_TOPIC_PREFIX;
  const admin = kafka.admin();
  await admin.connect();
  await ensureTopics(admin, planTopics(prefix, [INGEST_TOPIC]));
  await serde.prepare([INGEST_TOPIC]);
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1, createPartitioner: Partitioners.DefaultPartitioner });
  await producer.connect();

  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const metrics = gatewayMetrics(registry);
  const shedder = new LoadShedder({ budgetRecords: config.GATEWAY_LAG_BUDGET_RECORDS, retryAfterMaxS: config.GATEWAY_RETRY_AFTER_MAX_S });

  let lastSampleAt = 0;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  const log = logger.child({ module: 'load-shedding' });
  const sample = async () => {
    try {
      const reading = await readPipelineLag(admin, config.GATEWAY_SHED_STAGES, prefix, () => clock.now());
      const wasShedding = shedder.decide().shed;
      shedder.observe(reading);
      lastSampleAt = reading.at;
      const decision = shedder.decide();
      metrics.pipelineLag.set(reading.lag);
      metrics.drainRate.set(shedder.drainRatePerS);
      metrics.shedding.set(decision.shed ? 1 : 0);
      if (decision.shed !== wasShedding) {
        log.warn({ lag: reading.lag, budget: config.GATEWAY_LAG_BUDGET_RECORDS, drainRatePerS: shedder.drainRatePerS }, decision.shed ? 'lag over budget: shedding' : 'lag within budget: accepting again');
      }
    } catch (error) {
      log.warn({ err: error }, 'lag sample failed; keeping the last reading');
    }
  };
  const loop = async () => {
    await sample();
    if (!stopped) timer = setTimeout(() => void loop(), config.GATEWAY_LAG_SAMPLE_INTERVAL_MS);
  };
  await loop();

  const app = gatewayApp({
    keys: new ApiKeyStore(pool),
    publisher: new IngestPublisher(producer, serde),
    ownership: new DocumentOwnership(pool, prefix),
    shedder,
    rateLimit: new TenantRateLimit({ ratePerSecond: config.GATEWAY_TENANT_RATE_PER_S, burst: config.GATEWAY_TENANT_BURST_DOCUMENTS }, clock),
    pool,
    prefix,
    registry,
    metrics,
    logger,
    limits: {
      maxDocuments: config.GATEWAY_MAX_BATCH_DOCUMENTS,
      maxBodyBytes: config.GATEWAY_MAX_BODY_BYTES,
      maxFileBytes: config.GATEWAY_MAX_FILE_BYTES,
      inlineMaxBytes: config.BLOB_INLINE_MAX_BYTES,
    },
    blobs: blobStore,
    now: () => clock.now(),
    ready: async () => {
      const failing: string[] = [];
      // Three missed samples: shedding would act on a stale lag.
      if (clock.now() - lastSampleAt > 3 * config.GATEWAY_LAG_SAMPLE_INTERVAL_MS + 1000) failing.push('lag-sample');
      await pool.query('SELECT 1 FROM gateway_api_keys LIMIT 1').catch(() => failing.push('database'));
      return { ready: failing.length === 0, failing };
    },
  });
  const server: Server = await new Promise((resolve, reject) => {
    const listening = app.listen(config.HTTP_PORT, config.HTTP_HOST, (error?: Error) => (error ? reject(error) : resolve(listening)));
  });
  const port = (server.address() as AddressInfo).port;
  const host = config.HTTP_HOST === '0.0.0.0' ? '127.0.0.1' : config.HTTP_HOST;
  logger.info({ port, topic: `${prefix}${INGEST_TOPIC}` }, 'gateway listening');
  return {
    port,
    url: `http://${host}:${port}`,
    registry,
    shedder,
    close: async () => {
      stopped = true;
      clearTimeout(timer);
      await new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      });
      await producer.disconnect();
      await admin.disconnect();
      await ownBlobs?.close();
    },
  };
}
