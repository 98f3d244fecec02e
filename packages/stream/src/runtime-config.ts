import { z } from 'zod';
import { loadConfig, positiveInt, tcpPort, type Env } from '@sluice/config';
import { SluiceError } from '@sluice/errors';
import { defaultBatchingOptions, type BatchingOptions } from './batcher';
import type { InFlightBounds } from './in-flight-limiter';
import { defaultOutagePauseOptions, type OutagePauseOptions } from './outage-tracker';
import { defaultRetryOptions, type RetryOptions } from './retry-policy';
import type { ServiceDefinition } from './service-definition';

export interface RuntimeOptions {
  batching: BatchingOptions;
  retry: RetryOptions;
  /** Pauses of a partition whose dependency failure outlasted `retry` (docs/reliability.md). */
  outagePause: OutagePauseOptions;
  inFlight: InFlightBounds;
  /** Partitions whose batches are processed at the same time (kafkajs partitionsConsumedConcurrently). */
  partitionsConcurrently: number;
  /** Largest fetch per partition (max.partition.fetch.bytes). */
  fetchMaxBytesPerPartition: number;
  /**
   * Milliseconds one partition's fetched records are worked on before the rest is handed back to
   * kafkajs unresolved, to come again in the next fetch with every other partition's records.
   * kafkajs fetches again only once every batch of the last fetch is done (fetcher.js), so without
   * it one partition's backlog holds the others (docs/runtime.md, Backpressure).
   */
  fetchSliceMs: number;
  lagSampleIntervalMs: number;
  /** Port of /healthz, /readyz and /metrics; 0 picks a free port; undefined runs no server. */
  httpPort: number | undefined;
  shutdownTimeoutMs: number;
  transactionTimeoutMs: number;
  sessionTimeoutMs: number;
  /** Key + value bytes per produce request inside a transaction; below the broker's message.max.bytes. */
  produceMaxRequestBytes: number;
  /** Create `<input>.<service>.dlq` (one per input topic) at start when missing. */
  createDeadLetterTopic: boolean;
  /**
   * Where a consumer group with no committed offsets starts: `earliest` (everything retained) or
   * `latest` (only what arrives from now on). An existing group always resumes where it committed.
   */
  startPosition: 'earliest' | 'latest';
  /** /healthz fails when the consumer has shown no sign of work (fetch, batch, heartbeat) for this long, ms. */
  livenessStallMs: number;
  /**
   * `exactly-once` (default): a service with outputs commits outputs, dead letters and offsets in
   * one Kafka transaction (TransactionalOutput). `at-least-once`: outputs go out through one
   * idempotent producer, then the consumer commits the offset (ConsumerCommitOutput, as sinks
   * always do): no transaction cost, but a crash between the two re-sends the batch's outputs,
   * which downstream must then tolerate as duplicates. Measured by `npm run bench -- runtime`.
   */
  delivery: 'exactly-once' | 'at-least-once';
}

export const defaultRuntimeOptions = {
  batching: defaultBatchingOptions,
  retry: defaultRetryOptions,
  outagePause: defaultOutagePauseOptions,
  inFlight: { maxRecords: 5000, maxBytes: 16 * 1024 * 1024 },
  partitionsConcurrently: 3,
  // 4 MiB: a lagging partition's fetch holds ~4x kafkajs's 1 MiB default, so its micro-batches
  // reach BATCH_MAX_RECORDS and a backlog drains in fewer, larger transactions (runtime bench:
  // ratio to a plain kafkajs loop 0.50-0.68 at 1 MiB, 0.63-0.73 at 4 MiB, side by side). A fetch
  // stays within IN_FLIGHT_MAX_BYTES (16 MiB) over all partitions.
  fetchMaxBytesPerPartition: 4 * 1024 * 1024,
  fetchSliceMs: 1000,
  lagSampleIntervalMs: 2000,
  httpPort: undefined,
  shutdownTimeoutMs: 15_000,
  transactionTimeoutMs: 60_000,
  sessionTimeoutMs: 30_000,
  produceMaxRequestBytes: 768 * 1024,
  createDeadLetterTopic: true,
  startPosition: 'earliest',
  livenessStallMs: 120_000,
  delivery: 'exactly-once',
} satisfies RuntimeOptions;

/** The runtime's bounds as environment variables (a piece of each service's schema); every one optional. */
export const runtimeBoundsEnv = {
  BATCH_MIN_RECORDS: positiveInt.optional(),
  BATCH_MAX_RECORDS: positiveInt.optional(),
  BATCH_MAX_BYTES: positiveInt.optional(),
  BATCH_MAX_WAIT_MS: positiveInt.optional(),
  BATCH_HIGH_LAG_RECORDS: positiveInt.optional(),
  IN_FLIGHT_MAX_RECORDS: positiveInt.optional(),
  IN_FLIGHT_MAX_BYTES: positiveInt.optional(),
  PARTITIONS_CONCURRENCY: positiveInt.optional(),
  FETCH_MAX_BYTES_PER_PARTITION: positiveInt.optional(),
  FETCH_SLICE_MS: positiveInt.optional(),
  RETRY_MAX_ATTEMPTS: positiveInt.optional(),
  RETRY_BASE_DELAY_MS: positiveInt.optional(),
  RETRY_MAX_DELAY_MS: positiveInt.optional(),
  OUTAGE_PAUSE_MIN_MS: positiveInt.optional(),
  OUTAGE_PAUSE_MAX_MS: positiveInt.optional(),
  LAG_SAMPLE_INTERVAL_MS: positiveInt.optional(),
  SHUTDOWN_TIMEOUT_MS: positiveInt.optional(),
  TRANSACTION_TIMEOUT_MS: positiveInt.optional(),
  SESSION_TIMEOUT_MS: positiveInt.optional(),
  PRODUCE_MAX_REQUEST_BYTES: positiveInt.optional(),
  CONSUMER_START_POSITION: z.enum(['earliest', 'latest']).optional(),
  LIVENESS_STALL_MS: positiveInt.optional(),
  DELIVERY_GUARANTEE: z.enum(['exactly-once', 'at-least-once']).optional(),
};

/** The runtime's variables alone, HTTP_PORT optional (no server when unset). */
export const runtimeEnvSchema = z.object({ ...runtimeBoundsEnv, HTTP_PORT: tcpPort.optional() });

export type RuntimeEnv = z.infer<typeof runtimeEnvSchema>;

export type RuntimeOverrides = {
  [K in keyof RuntimeOptions]?: RuntimeOptions[K] extends object ? Partial<RuntimeOptions[K]> : RuntimeOptions[K];
};

/** Reads the runtime's variables from `env` (all at once, each problem named). */
export function loadRuntimeOverrides(env: Env = process.env): RuntimeOverrides {
  return runtimeOverrides(loadConfig(runtimeEnvSchema, env));
}

/** The overrides that validated runtime variables (part of a service's config) stand for. */
export function runtimeOverrides(e: RuntimeEnv): RuntimeOverrides {
  return prune({
    batching: prune({ minRecords: e.BATCH_MIN_RECORDS, maxRecords: e.BATCH_MAX_RECORDS, maxBytes: e.BATCH_MAX_BYTES, maxWaitMs: e.BATCH_MAX_WAIT_MS, highLagRecords: e.BATCH_HIGH_LAG_RECORDS }),
    retry: prune({ maxAttempts: e.RETRY_MAX_ATTEMPTS, baseDelayMs: e.RETRY_BASE_DELAY_MS, maxDelayMs: e.RETRY_MAX_DELAY_MS }),
    outagePause: prune({ minMs: e.OUTAGE_PAUSE_MIN_MS, maxMs: e.OUTAGE_PAUSE_MAX_MS }),
    inFlight: prune({ maxRecords: e.IN_FLIGHT_MAX_RECORDS, maxBytes: e.IN_FLIGHT_MAX_BYTES }),
    partitionsConcurrently: e.PARTITIONS_CONCURRENCY,
    fetchMaxBytesPerPartition: e.FETCH_MAX_BYTES_PER_PARTITION,
    fetchSliceMs: e.FETCH_SLICE_MS,
    lagSampleIntervalMs: e.LAG_SAMPLE_INTERVAL_MS,
    httpPort: e.HTTP_PORT,
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
    transactionTimeoutMs: e.TRANSACTION_TIMEOUT_MS,
    sessionTimeoutMs: e.SESSION_TIMEOUT_MS,
    produceMaxRequestBytes: e.PRODUCE_MAX_REQUEST_BYTES,
    startPosition: e.CONSUMER_START_POSITION,
    livenessStallMs: e.LIVENESS_STALL_MS,
    delivery: e.DELIVERY_GUARANTEE,
  });
}

/** Built-in defaults, then the service's own, then overrides (environment or caller); checked together. */
export function resolveRuntimeOptions(service: Pick<ServiceDefinition, 'name' | 'batching' | 'retry' | 'startPosition'>, overrides: RuntimeOverrides = {}): RuntimeOptions {
  const options: RuntimeOptions = {
    ...defaultRuntimeOptions,
    ...prune({ startPosition: service.startPosition }),
    ...prune({ ...overrides, batching: undefined, retry: undefined, inFlight: undefined, outagePause: undefined }),
    batching: { ...defaultRuntimeOptions.batching, ...service.batching, ...overrides.batching },
    retry: { ...defaultRuntimeOptions.retry, ...service.retry, ...overrides.retry },
    inFlight: { ...defaultRuntimeOptions.inFlight, ...overrides.inFlight },
    outagePause: { ...defaultRuntimeOptions.outagePause, ...overrides.outagePause },
  };
  const problems: string[] = [];
  if (options.batching.minRecords > options.batching.maxRecords) problems.push('BATCH_MIN_RECORDS must not exceed BATCH_MAX_RECORDS');
  if (options.batching.maxRecords > options.inFlight.maxRecords) problems.push('BATCH_MAX_RECORDS must not exceed IN_FLIGHT_MAX_RECORDS');
  if (options.batching.maxBytes > options.inFlight.maxBytes) problems.push('BATCH_MAX_BYTES must not exceed IN_FLIGHT_MAX_BYTES');
  if (options.fetchMaxBytesPerPartition > options.inFlight.maxBytes) problems.push('FETCH_MAX_BYTES_PER_PARTITION must not exceed IN_FLIGHT_MAX_BYTES');
  if (options.livenessStallMs <= options.batching.maxWaitMs) problems.push('LIVENESS_STALL_MS must exceed BATCH_MAX_WAIT_MS (an idle fetch waits that long)');
  if (options.outagePause.minMs > options.outagePause.maxMs) problems.push('OUTAGE_PAUSE_MIN_MS must not exceed OUTAGE_PAUSE_MAX_MS');
  if (problems.length > 0) throw new SluiceError('CONFIG', `invalid runtime configuration of ${service.name}:\n  ${problems.join('\n  ')}`);
  return options;
}

function prune<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined && !(typeof entry === 'object' && Object.keys(entry as object).length === 0))) as Partial<T>;
}
