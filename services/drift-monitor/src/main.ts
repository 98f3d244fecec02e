import express from 'express';
import { Kafka, logLevel } from 'kafkajs';
import { collectDefaultMetrics, Registry } from 'prom-client';
import { createRootLogger, exitOnFatalError } from '@sluice/config';
import { AvroSerde } from '@sluice/contracts';
import { DriftMonitor, driftTopics, feedMonitor, replayTopics } from '@sluice/drift';
import { stopOnSignals } from '@sluice/stream';
import { loadDriftConfig } from './drift-config';

exitOnFatalError('drift-monitor');

const config = loadDriftConfig();
const logger = createRootLogger('drift-monitor', config);
const monitor = new DriftMonitor({
  windowMs: config.DRIFT_WINDOW_MS,
  reference:
    config.DRIFT_REFERENCE_FROM !== undefined && config.DRIFT_REFERENCE_TO !== undefined
      ? { from: config.DRIFT_REFERENCE_FROM, to: config.DRIFT_REFERENCE_TO }
      : { referenceMs: config.DRIFT_REFERENCE_MS },
  minSamples: config.DRIFT_MIN_SAMPLES,
});
const registry = new Registry();
collectDefaultMetrics({ register: registry });
monitor.register(registry);

let caughtUp = false;
const replay = replayTopics(
  new Kafka({ clientId: 'drift-monitor', brokers: config.KAFKA_BROKERS, logLevel: logLevel.WARN }),
  AvroSerde.connect(config.SCHEMA_REGISTRY_URL, config.SLUICE_TOPIC_PREFIX),
  driftTopics,
  feedMonitor(monitor),
  {
    follow: true,
    onCaughtUp: () => {
      caughtUp = true;
      logger.info({ probes: monitor.probeCount }, 'caught up with the result topics');
    },
  },
);
replay.done.catch((error: unknown) => {
  logger.fatal({ err: error }, 'replay failed');
  process.exit(1);
});

const app = express();
app.disable('x-powered-by');
app.get('/healthz', (_req, res) => {
  res.json({ status: 'ok' });
});
app.get('/readyz', (_req, res) => {
  res.status(caughtUp ? 200 : 503).json({ ready: caughtUp, failing: caughtUp ? [] : ['catching-up'] });
});
app.get('/metrics', (_req, res, next) => {
  registry.metrics().then((text) => res.type(registry.contentType).send(text), next);
});
app.get('/drift', (_req, res) => {
  res.json({ probes: monitor.probeCount, rows: monitor.report() });
});
const server = app.listen(config.HTTP_PORT, () => logger.info({ port: config.HTTP_PORT }, 'drift monitor listening'));
stopOnSignals(
  {
    stop: async () => {
      server.closeAllConnections();
      server.close();
      await replay.stop();
    },
  },
  logger,
);
