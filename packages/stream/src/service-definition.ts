import type { Logger } from 'pino';
import type { Registry } from 'prom-client';
import { SluiceError } from '@sluice/errors';
import type { BatchingOptions } from './batcher';
import type { RetryOptions } from './retry-policy';

/** One decoded input record as the handler sees it. `topic` is the logical name (no prefix). */
export interface InputRecord<T> {
  topic: string;
  partition: number;
  offset: string;
  /** The document id (design note: every key is the document id as UTF-8). */
  key: string | null;
  value: T;
  headers: Readonly<Record<string, string>>;
  /** Kafka record timestamp, ms since epoch. */
  timestamp: number;
  schemaId: number;
  /** Size of key + value bytes on the wire; what the byte bounds count. */
  sizeBytes: number;
}

/** One record the handler asks the runtime to produce, inside the batch's transaction. */
export interface OutputRecord<T = unknown> {
  /** Logical output topic; must be one of the service's `outputs`. */
  topic: string;
  key: string;
  value: T;
  headers?: Record<string, string>;
  /**
   * The input this output derives from: its trace context and ingest time are carried over.
   * Default: the input record with the same key (keys are document ids end to end).
   */
  source?: InputRecord<unknown>;
}

export interface HandlerContext {
  /** pino child logger carrying service, topic, partition and first offset of the batch. */
  logger: Logger;
  /** The service's prom-client registry, to register the handler's own metrics once. */
  metrics: Registry;
  /** Aborted when the service shuts down; pass it to HTTP calls. The batch is then abandoned uncommitted. */
  signal: AbortSignal;
  topic: string;
  partition: number;
  /** Last sampled consumer lag of this partition, in records. */
  lag: number;
  /** 1 on the first try of this batch, 2 on the first retry, ... */
  attempt: number;
  /**
   * Dependency pressure (an open circuit, a 429): pause fetching of every assigned partition for
   * `ms`, so work waits in Kafka, not in memory. Throw a retryable error to retry this batch later.
   */
  pauseFor(ms: number): void;
}

export type Handler<I, O> = (records: readonly InputRecord<I>[], context: HandlerContext) => Promise<readonly OutputRecord<O>[]>;

export interface ServiceDefinition<I = unknown, O = unknown> {
  /** Service name: consumer group (with the topic prefix), dead-letter topic suffix, metric label. */
  name: string;
  /** Logical input topic, e.g. `documents.ingested.v1`. */
  input: string;
  /** Logical topics the handler may write. */
  outputs: readonly string[];
  handler: Handler<I, O>;
  /** Defaults for this service; the environment (BATCH_MAX_RECORDS, ...) overrides them. */
  batching?: Partial<BatchingOptions>;
  retry?: Partial<RetryOptions>;
  /** Extra readiness checks (database, model endpoint); a rejected promise makes /readyz 503. */
  readiness?: Record<string, () => Promise<void>>;
}

const SERVICE_NAME = /^[a-z][a-z0-9-]*$/;

/** Declares a service; checks the parts that would otherwise fail late, at the first batch. */
export function defineService<I, O>(definition: ServiceDefinition<I, O>): ServiceDefinition<I, O> {
  if (!SERVICE_NAME.test(definition.name)) {
    throw new SluiceError('CONFIG', `service name ${JSON.stringify(definition.name)} must match ${SERVICE_NAME}`);
  }
  if (definition.outputs.includes(definition.input)) {
    throw new SluiceError('CONFIG', `service ${definition.name} reads and writes ${definition.input}: a loop`);
  }
  return definition;
}
