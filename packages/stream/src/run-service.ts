import type { Kafka } from 'kafkajs';
import pino, { type Logger } from 'pino';
import { Registry } from 'prom-client';
import { ensureTopics, physicalTopic, type AvroSerde } from '@sluice/contracts';
import { SluiceError } from '@sluice/errors';
import { abortableSleep } from './abortable-sleep';
import { ConsumerCommitOutput } from './consumer-commit-output';
import { readConsumerLag, serviceGroupId } from './consumer-lag';
import { deadLetterTopicPlan } from './dead-letter';
import { trackLiveness } from './consumer-liveness';
import { trackMembership } from './group-membership';
import { startHealthServer, type HealthServer, type ReadinessCheck } from './health-server';
import { InFlightLimiter } from './in-flight-limiter';
import { LagMonitor } from './lag-monitor';
import { StreamMetrics } from './metrics';
import type { PartitionOutput } from './partition-output';
import { createPartitionProcessor } from './partition-processor';
import { OutageTracker } from './outage-tracker';
import { PauseController } from './pause-controller';
import { prefixGuardedKafka } from './prefix-guard';
import { RebalanceNotice } from './rebalance-notice';
import { resolveRuntimeOptions, type RuntimeOptions, type RuntimeOverrides } from './runtime-config';
import { inputTopics, type ServiceDefinition } from './service-definition';
import { TransactionalOutput } from './transactional-output';

export interface RunServiceDeps {
  kafka: Kafka;
  /** Serde bound to SLUICE_TOPIC_PREFIX; its prefix names topics and the consumer group. */
  serde: AvroSerde;
  logger?: Logger;
  options?: RuntimeOverrides;
  registry?: Registry;
  /**
   * Called once the service has stopped because of a fatal error: a write outside the topic prefix
   * (`prefix-guard.ts`). `startService` exits the process with 1; tests observe it.
   */
  onFatal?: (error: SluiceError) => void;
}

export interface RunningService {
  groupId: string;
  /** The Kafka client the service runs on; with a topic prefix, held to it (`prefixGuardedKafka`). */
  kafka: Kafka;
  options: RuntimeOptions;
  metrics: StreamMetrics;
  /** Port of the health server, when one runs. */
  port: number | undefined;
  lag: LagMonitor;
  isReady(): Promise<boolean>;
  /** Undefined while the consumer lives, else why /healthz fails. */
  liveness(): string | undefined;
  /** Stops fetching, finishes or abandons the batch in flight, leaves the group; bounded by shutdownTimeoutMs. */
  stop(): Promise<void>;
}

/** How long a timed-out shutdown still gives the outputs to abort their open transactions. */
const CLOSE_AFTER_TIMEOUT_MS = 2000;

/** Runs `service` as a consumer group member until `stop()`. */
export async function runService<I, O>(service: ServiceDefinition<I, O>, deps: RunServiceDeps): Promise<RunningService> {
  const options = resolveRuntimeOptions(service, deps.options);
  const prefix = deps.serde.prefix;
  const logicalInputs = inputTopics(service);
  /** Physical -> logical input topic: kafkajs batches name the physical one. */
  const inputs = new Map(logicalInputs.map((topic) => [physicalTopic(topic, prefix), topic] as const));
  const inputTopicNames = [...inputs.keys()];
  const logicalOf = (topic: string) => inputs.get(topic) ?? topic;
  const groupId = serviceGroupId(service.name, prefix);
  const sink = service.outputs.length === 0;
  // A root logger from createRootLogger already names the service; another would repeat the key.
  const root = deps.logger ?? pino({ name: 'sluice' });
  const logger = root.bindings().service === undefined ? root.child({ service: service.name }) : root;
  const metrics = new StreamMetrics(deps.registry ?? new Registry(), service.name);
  const stopping = new AbortController();
  const sleep = (ms: number) => abortableSleep(ms, stopping.signal);
  let fatal: SluiceError | undefined;
  let stopped: Promise<void> | undefined;
  // A prefixed process (a shadow) cannot write outside its prefix: the refused call rejects, and
  // the service stops instead of retrying a batch that can never commit.
  const kafka = prefixGuardedKafka(deps.kafka, prefix, {
    onViolation: (error) => {
      if (fatal) return;
      fatal = error;
      logger.fatal({ err: error, prefix }, error.message);
      const report = () => deps.onFatal?.(error);
      stop().then(report, report);
    },
  });

  const admin = kafka.admin();
  await admin.connect();
  if (options.createDeadLetterTopic) await ensureTopics(admin, inputTopicNames.map((topic) => deadLetterTopicPlan(topic, service.name)));
  await deps.serde.prepare([...logicalInputs, ...service.outputs]);

  const consumer = kafka.consumer({
    groupId,
    readUncommitted: false,
    maxBytes: options.inFlight.maxBytes,
    maxBytesPerPartition: options.fetchMaxBytesPerPartition,
    maxWaitTimeInMs: options.batching.maxWaitMs,
    sessionTimeout: options.sessionTimeoutMs,
    heartbeatInterval: Math.max(100, Math.floor(options.sessionTimeoutMs / 10)),
  });
  const output: PartitionOutput = sink || options.delivery === 'at-least-once'
    ? new ConsumerCommitOutput({ kafka, commitOffsets: (offsets) => consumer.commitOffsets(offsets), maxRequestBytes: options.produceMaxRequestBytes, logger })
    : new TransactionalOutput({ kafka, groupId, transactionTimeoutMs: options.transactionTimeoutMs, maxRequestBytes: options.produceMaxRequestBytes, logger });
  const pauses = new PauseController(
    {
      pause: (topic, partitions) => consumer.pause([{ topic, partitions }]),
      resume: (topic, partitions) => consumer.resume([{ topic, partitions }]),
    },
    {
      paused: (topic, partition, reason) => metrics.paused(logicalOf(topic), partition, reason),
      resumed: (topic, partition, reason) => metrics.resumed(logicalOf(topic), partition, reason),
    },
  );
  const limiter = new InFlightLimiter(options.inFlight, (records, bytes) => {
    metrics.inFlightRecords.set(records);
    metrics.inFlightBytes.set(bytes);
  });
  const lag = new LagMonitor(
    async () => (await Promise.all(inputTopicNames.map(async (topic) => (await readConsumerLag(admin, groupId, topic)).map((entry) => ({ ...entry, topic }))))).flat(),
    options.lagSampleIntervalMs,
    (lags) => {
      for (const entry of lags) metrics.consumerLag.set({ topic: logicalOf(entry.topic), partition: String(entry.partition) }, entry.lag);
    },
    logger,
  );

  const liveness = trackLiveness(consumer, options.livenessStallMs, logger);
  const rebalance = new RebalanceNotice();
  const membership = trackMembership(consumer, inputTopicNames, metrics, logger, (assigned) => {
    rebalance.rejoined();
    // Revoked partitions' producers go (open transactions aborted), new ones are fenced now.
    void output.assign(assigned);
    void lag.sample();
  });

  const outages = new OutageTracker(options.outagePause);
  const processBatch = createPartitionProcessor<I, O>({
    service,
    prefix,
    inputs,
    decode: (topic, value) => deps.serde.decode<I>(topic, value),
    encode: (topic, value) => deps.serde.encode(topic, value),
    output,
    committedOffset: async (topic, partition) => {
      const [entry] = await admin.fetchOffsets({ groupId, topics: [topic] });
      const offset = Number(entry?.partitions.find((candidate) => candidate.partition === partition)?.offset ?? -1);
      return offset >= 0 ? offset : undefined;
    },
    limiter,
    pauses,
    outages,
    progressed: () => liveness.progressed(),
    lagOf: (topic, partition) => lag.lagOf(topic, partition),
    assignedPartitions: () => membership.assigned,
    batching: options.batching,
    fetchSliceMs: options.fetchSliceMs,
    retry: options.retry,
    metrics,
    logger,
    signal: stopping.signal,
    sleep,
    maxOutputBytes: options.produceMaxRequestBytes,
    rebalance,
  });

  // The batches in eachBatch now: shutdown lets them finish while the consumer still runs, since
  // kafkajs skips `consumer.commitOffsets` once `disconnect` has begun (a sink's offset would stay
  // uncommitted behind its dead letters, and both come again after the restart).
  const inFlight = new Set<Promise<void>>();
  const eachBatch: typeof processBatch = (payload) => {
    const batch = processBatch(payload);
    inFlight.add(batch);
    const settled = () => void inFlight.delete(batch);
    batch.then(settled, settled);
    return batch;
  };

  await consumer.connect();
  // A new group starts at `startPosition` (default earliest: nothing ingested before the stage
  // existed is skipped); a group with committed offsets resumes from them either way.
  await consumer.subscribe({ topics: inputTopicNames, fromBeginning: options.startPosition === 'earliest' });
  await consumer.run({
    autoCommit: false,
    eachBatchAutoResolve: false,
    partitionsConsumedConcurrently: options.partitionsConcurrently,
    eachBatch,
  });
  lag.start();

  const checks: Record<string, ReadinessCheck> = {
    'consumer-group': () => membership.joined,
    'kafka-admin': () => lag.fresh(),
    'schema-registry': async () => (await fetch(`${deps.serde.registryUrl}/subjects`, { signal: AbortSignal.timeout(2000) })).ok,
  };
  for (const [name, check] of Object.entries(service.readiness ?? {})) checks[name] = check;
  // A dependency in an outage (model endpoint breaker open, 5xx, PostgreSQL or registry down past
  // the retry budget) makes the service unready until its next committed batch.
  checks['dependency-outage'] = () => outages.active().length === 0;
  let http: HealthServer | undefined;
  if (options.httpPort !== undefined) http = await startHealthServer({ port: options.httpPort, registry: metrics.registry, checks, liveness: () => liveness.problem(), routes: service.routes });
  logger.info({ groupId, inputTopics: inputTopicNames, outputs: service.outputs, sink, port: http?.port }, 'service started');

  function stop(): Promise<void> {
    return (stopped ??= shutdown());
  }
  return {
    groupId,
    kafka,
    options,
    metrics,
    port: http?.port,
    lag,
    liveness: () => liveness.problem(),
    isReady: async () => (await Promise.all(Object.values(checks).map(async (check) => (await Promise.resolve(check()).catch(() => false)) !== false))).every(Boolean),
    stop,
  };

  async function shutdown(): Promise<void> {
    logger.info('stopping: no more fetches; the batch in flight finishes or is abandoned uncommitted');
    stopping.abort(new SluiceError('UNAVAILABLE', 'service stopping'));
    liveness.stopping();
    const steps = (async () => {
      await Promise.allSettled([...inFlight]); // aborted handlers return at once; the others commit
      await consumer.disconnect(); // waits for eachBatch to return, then leaves the group
      await output.close();
      await lag.stop();
      await admin.disconnect();
    })();
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), options.shutdownTimeoutMs)));
    const outcome = await Promise.race([steps.then(() => 'done' as const), timeout]);
    clearTimeout(timer);
    pauses.close();
    await http?.close();
    if (outcome === 'timeout') {
      // A batch is still in eachBatch: end its open transaction now (abort) rather than leave every
      // read_committed reader downstream waiting for the next owner's fencing or the transaction timeout.
      let closeTimer: NodeJS.Timeout | undefined;
      await Promise.race([output.close(), new Promise((resolve) => (closeTimer = setTimeout(resolve, CLOSE_AFTER_TIMEOUT_MS)))]);
      clearTimeout(closeTimer);
      logger.warn({ timeoutMs: options.shutdownTimeoutMs }, 'shutdown timed out; open transactions aborted');
    } else logger.info('stopped');
  }
}
