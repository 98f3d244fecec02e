import type { Router } from 'express';
import type { Logger } from 'pino';
import type { Registry } from 'prom-client';
import { SluiceError } from '@sluice/errors';
import type { BatchingOptions } from './batcher';
import type { RetryOptions } from './retry-policy';

/**
 * One decoded input record as the handler sees it. `topic` is the logical name (no prefix); with
 * several inputs it says which schema `value` has.
 */
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
  /** Logical input topic of this batch: a batch always comes from one topic-partition. */
  topic: string;
  partition: number;
  /** Last sampled consumer lag of this topic-partition, in records. */
  lag: number;
  /** 1 on the first try of this batch, 2 on the first retry, ... */
  attempt: number;
  /**
   * Dependency pressure (an open circuit, a 429): pause fetching of every assigned partition (of every input) for
   * `ms`, so work waits in Kafka, not in memory. Throw a retryable error to retry this batch later.
   */
  pauseFor(ms: number): void;
  /**
   * Keeps the group membership during long work: kafkajs heartbeats only between batches, so a
   * handler busy for longer than the session timeout (a slow model) would be fenced and its batch
   * redone. Call it between slow steps (e.g. around each model call); cheap when called often
   * (kafkajs sends at most one per heartbeat interval). Never throws.
   */
  heartbeat(): Promise<void>;
}

export type Handler<I, O> = (records: readonly InputRecord<I>[], context: HandlerContext) => Promise<readonly OutputRecord<O>[]>;

export interface ServiceDefinition<I = unknown, O = unknown> {
  /** Service name: consumer group (with the topic prefix), dead-letter topic suffix, metric label. */
  name: string;
  /**
   * Logical input topic, e.g. `documents.ingested.v1`, or several read by the one consumer group
   * (`I` is then the union of their value types; `record.topic` tells them apart). Each input has
   * its own dead-letter topic `<input>.<service>.dlq`.
   */
  input: string | readonly string[];
  /**
   * Logical topics the handler may write. Empty: a sink service, whose effect is outside Kafka and
   * must be idempotent (e.g. `applyOnce`); its offsets are committed by the consumer after the
   * handler succeeds (at least once; docs/runtime.md, "Sink services").
   */
  outputs: readonly string[];
  handler: Handler<I, O>;
  /** Extra HTTP routes on the service's health/metrics server (HTTP_PORT), e.g. a query API. */
  routes?: (router: Router) => void;
  /** Defaults for this service; the environment (BATCH_MAX_RECORDS, ...) overrides them. */
  batching?: Partial<BatchingOptions>;
  retry?: Partial<RetryOptions>;
  /** Where a new consumer group starts (default `earliest`); CONSUMER_START_POSITION overrides it. */
  startPosition?: 'earliest' | 'latest';
  /** Extra readiness checks (database, model endpoint); a rejected promise makes /readyz 503. */
  readiness?: Record<string, () => Promise<void>>;
}

const SERVICE_NAME = /^[a-z][a-z0-9-]*$/;

/** Declares a service; checks the parts that would otherwise fail late, at the first batch. */
export function defineService<I, O>(definition: ServiceDefinition<I, O>): ServiceDefinition<I, O> {
  if (!SERVICE_NAME.test(definition.name)) {
    throw new SluiceError('CONFIG', `service name ${JSON.stringify(definition.name)} must match ${SERVICE_NAME}`);
  }
  const inputs = inputTopics(definition);
  if (inputs.length === 0) throw new SluiceError('CONFIG', `service ${definition.name} has no input topic`);
  if (new Set(inputs).size !== inputs.length) throw new SluiceError('CONFIG', `service ${definition.name} lists an input topic twice`);
  const loop = inputs.find((input) => definition.outputs.includes(input));
  if (loop) throw new SluiceError('CONFIG', `service ${definition.name} reads and writes ${loop}: a loop`);
  return definition;
}

/** The service's logical input topics, one or several. */
export function inputTopics(service: Pick<ServiceDefinition, 'input'>): readonly string[] {
  return typeof service.input === 'string' ? [service.input] : service.input;
}
