import type { Consumer, Kafka } from 'kafkajs';
import pino, { type Logger } from 'pino';
import { Registry } from 'prom-client';
import { ensureTopics, physicalTopic, type AvroSerde } from '@sluice/contracts';
import { abortableSleep } from './abortable-sleep';
import { readConsumerLag, serviceGroupId } from './consumer-lag';
import { deadLetterTopicPlan } from './dead-letter';
import { startHealthServer, type HealthServer, type ReadinessCheck } from './health-server';
import { InFlightLimiter } from './in-flight-limiter';
import { LagMonitor } from './lag-monitor';
import { StreamMetrics } from './metrics';
import { createPartitionProcessor } from './partition-processor';
import { PauseController } from './pause-controller';
import { resolveRuntimeOptions, type RuntimeOptions, type RuntimeOverrides } from './runtime-config';
import type { ServiceDefinition } from './service-definition';
import { TransactionalOutput } from './transactional-output';

export interface RunServiceDeps {
  kafka: Kafka;
  /** Serde bound to SLUICE_TOPIC_PREFIX; its prefix names topics and the consumer group. */
  serde: AvroSerde;
  logger?: Logger;
  options?: RuntimeOverrides;
  registry?: Registry;
}

export interface RunningService {
  groupId: string;
  options: RuntimeOptions;
  metrics: StreamMetrics;
  /** Port of the health server, when one runs. */
  port: number | undefined;
  lag: LagMonitor;
  isReady(): Promise<boolean>;
  /** Stops fetching, finishes or abandons the batch in flight, leaves the group; bounded by shutdownTimeoutMs. */
  stop(): Promise<void>;
}

/** Runs `service` as a consumer group member until `stop()`. */
export async function runService<I, O>(service: ServiceDefinition<I, O>, deps: RunServiceDeps): Promise<RunningService> {
  const options = resolveRuntimeOptions(service, deps.options);
  const prefix = deps.serde.prefix;
  const inputTopic = physicalTopic(service.input, prefix);
  const groupId = serviceGroupId(service.name, prefix);
  const logger = (deps.logger ?? pino({ name: 'sluice' })).child({ service: service.name });
  const metrics = new StreamMetrics(deps.registry ?? new Registry(), service.name);
  const stopping = new AbortController();
  const sleep = (ms: number) => abortableSleep(ms, stopping.signal);

  const admin = deps.kafka.admin();
  await admin.connect();
  if (options.createDeadLetterTopic) await ensureTopics(admin, [deadLetterTopicPlan(inputTopic, service.name)]);
  await deps.serde.prepare([service.input, ...service.outputs]);

  const consumer = deps.kafka.consumer({
    groupId,
    readUncommitted: false,
    maxBytes: options.inFlight.maxBytes,
    maxBytesPerPartition: options.fetchMaxBytesPerPartition,
    maxWaitTimeInMs: options.batching.maxWaitMs,
    sessionTimeout: options.sessionTimeoutMs,
    heartbeatInterval: Math.max(100, Math.floor(options.sessionTimeoutMs / 10)),
  });
  const output = new TransactionalOutput({ kafka: deps.kafka, groupId, inputTopic, transactionTimeoutMs: options.transactionTimeoutMs, maxRequestBytes: options.produceMaxRequestBytes, logger });
  const pauses = new PauseController(
    inputTopic,
    {
      pause: (topic, partitions) => consumer.pause([{ topic, partitions }]),
      resume: (topic, partitions) => consumer.resume([{ topic, partitions }]),
    },
    metrics,
  );
  const limiter = new InFlightLimiter(options.inFlight, (records, bytes) => {
    metrics.inFlightRecords.set(records);
    metrics.inFlightBytes.set(bytes);
  });
  const lag = new LagMonitor(
    () => readConsumerLag(admin, groupId, inputTopic),
    options.lagSampleIntervalMs,
    (lags) => {
      for (const entry of lags) metrics.consumerLag.set({ topic: service.input, partition: String(entry.partition) }, entry.lag);
    },
    logger,
  );

  const membership = trackMembership(consumer, inputTopic, metrics, logger, (assigned) => {
    void output.retain(new Set(assigned));
    void lag.sample();
  });

  const eachBatch = createPartitionProcessor<I, O>({
    service,
    prefix,
    decode: (value) => deps.serde.decode<I>(service.input, value),
    encode: (topic, value) => deps.serde.encode(topic, value),
    output,
    committedOffset: async (partition) => {
      const [topic] = await admin.fetchOffsets({ groupId, topics: [inputTopic] });
      const offset = Number(topic?.partitions.find((entry) => entry.partition === partition)?.offset ?? -1);
      return offset >= 0 ? offset : undefined;
    },
    limiter,
    pauses,
    lagOf: (partition) => lag.lagOf(partition),
    assignedPartitions: () => membership.assigned,
    batching: options.batching,
    retry: options.retry,
    metrics,
    logger,
    signal: stopping.signal,
    sleep,
    maxOutputBytes: options.produceMaxRequestBytes,
  });

  await consumer.connect();
  // A new stage reads its input from the start: nothing ingested before it existed is skipped.
  await consumer.subscribe({ topic: inputTopic, fromBeginning: true });
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
  let http: HealthServer | undefined;
  if (options.httpPort !== undefined) http = await startHealthServer({ port: options.httpPort, registry: metrics.registry, checks });
  logger.info({ groupId, inputTopic, outputs: service.outputs, port: http?.port }, 'service started');

  let stopped: Promise<void> | undefined;
  return {
    groupId,
    options,
    metrics,
    port: http?.port,
    lag,
    isReady: async () => (await Promise.all(Object.values(checks).map(async (check) => (await Promise.resolve(check()).catch(() => false)) !== false))).every(Boolean),
    stop: () => (stopped ??= shutdown()),
  };

  async function shutdown(): Promise<void> {
    logger.info('stopping: no more fetches; the batch in flight finishes or is abandoned uncommitted');
    stopping.abort(new Error('service stopping'));
    const steps = (async () => {
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
    if (outcome === 'timeout') logger.warn({ timeoutMs: options.shutdownTimeoutMs }, 'shutdown timed out; open transactions abort by timeout or fencing');
    else logger.info('stopped');
  }
}

/** Assigned partitions and whether the member is in a stable group, from the consumer's events. */
function trackMembership(consumer: Consumer, topic: string, metrics: StreamMetrics, logger: Logger, onAssigned: (partitions: number[]) => void) {
  const state = { joined: false, assigned: [] as number[] };
  consumer.on(consumer.events.GROUP_JOIN, (event) => {
    state.joined = true;
    state.assigned = [...(event.payload.memberAssignment[topic] ?? [])];
    metrics.rebalances.inc();
    logger.info({ partitions: state.assigned, generationId: event.payload.groupId }, 'joined the consumer group');
    onAssigned(state.assigned);
  });
  consumer.on(consumer.events.REBALANCING, () => {
    state.joined = false;
  });
  consumer.on(consumer.events.CRASH, (event) => {
    state.joined = false;
    logger.error({ err: event.payload.error, restart: event.payload.restart }, 'consumer crashed');
  });
  consumer.on(consumer.events.STOP, () => {
    state.joined = false;
  });
  return state;
}

