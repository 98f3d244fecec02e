import type { EachBatchPayload } from 'kafkajs';
import type { Logger } from 'pino';
import { SluiceError } from '@sluice/errors';
import { planMicroBatches, targetBatchRecords, type BatchingOptions, type MicroBatch } from './batcher';
import { assembleTransactionMessages } from './dead-letter-assembly';
import { createHandlerExecution } from './handler-execution';
import { admitMicroBatch } from './in-flight-admission';
import type { InFlightLimiter } from './in-flight-limiter';
import type { StreamMetrics } from './metrics';
import { commitMicroBatch } from './micro-batch-commit';
import { recordCommittedMicroBatch } from './micro-batch-metrics';
import { pauseForOutage, reportRecovery, type OutagePlace } from './outage-pause';
import type { OutageTracker } from './outage-tracker';
import { createOutputEncoder } from './output-encoder';
import type { PartitionOutput } from './partition-output';
import { fencePartition } from './partition-fencing';
import type { PauseController } from './pause-controller';
import type { RebalanceNotice } from './rebalance-notice';
import { decodeChunk } from './record-decoder';
import type { RetryOptions } from './retry-policy';
import type { ServiceDefinition } from './service-definition';

/** What the eachBatch handler needs, as values and functions (kafkajs runner style), never the clients. */
export interface PartitionProcessorDeps<I, O> {
  service: ServiceDefinition<I, O>;
  prefix: string;
  /** Physical input topic -> logical input topic, for every input of the service. */
  inputs: ReadonlyMap<string, string>;
  /** Decodes a value of the logical input `topic`. */
  decode: (topic: string, value: Buffer | null) => Promise<{ value: I; schemaId: number }>;
  encode: (topic: string, value: O) => Promise<Buffer>;
  output: Pick<PartitionOutput, 'acquire' | 'commit'>;
  /** The group's committed offset of a topic-partition (admin API), read after fencing a previous owner. */
  committedOffset: (topic: string, partition: number) => Promise<number | undefined>;
  limiter: InFlightLimiter;
  pauses: PauseController;
  /** Backoff and duration of dependency outages per partition (pause instead of dead letter). */
  outages: OutageTracker;
  /** Tells liveness the partition is working (a handler try): a long batch is not a stall. */
  progressed?: () => void;
  lagOf: (topic: string, partition: number) => number;
  /** Assigned partitions by physical input topic. */
  assignedPartitions: () => ReadonlyMap<string, readonly number[]>;
  batching: BatchingOptions;
  /** Milliseconds of work on one fetched batch before the rest goes back unresolved (RuntimeOptions.fetchSliceMs). */
  fetchSliceMs: number;
  retry: RetryOptions;
  metrics: StreamMetrics;
  logger: Logger;
  /** Aborted when the service stops. */
  signal: AbortSignal;
  sleep: (ms: number) => Promise<void>;
  /** Largest encoded output value; larger ones fail their input record (the broker would refuse them). */
  maxOutputBytes: number;
  now?: () => number;
  /** What heartbeats said about the group since the last join: once a rejoin is due, no new work starts. */
  rebalance: RebalanceNotice;
}

/**
 * The kafkajs `eachBatch` function of a service. kafkajs hands it one topic-partition's fetched
 * records at a time (runner.js `processEachBatch`), whatever the number of subscribed topics:
 * fencing (`partition-fencing.ts`), micro-batches (`batcher.ts`), in-flight room
 * (`in-flight-admission.ts`), decoding (`record-decoder.ts`), the handler with retries
 * (`handler-execution.ts`), dead letters (`dead-letter-assembly.ts`), then one commit
 * (`micro-batch-commit.ts`: a transaction, or a sink's offset commit) and its metrics.
 */
export function createPartitionProcessor<I, O>(deps: PartitionProcessorDeps<I, O>) {
  const now = deps.now ?? Date.now;
  const prepareOutputs = createOutputEncoder<I, O>({
    service: deps.service.name,
    outputs: deps.service.outputs,
    prefix: deps.prefix,
    encode: deps.encode,
    maxOutputBytes: deps.maxOutputBytes,
    now,
  });
  const execute = createHandlerExecution<I, O>({ ...deps, prepareOutputs });
  const outageDeps = { outages: deps.outages, pauses: deps.pauses, metrics: deps.metrics, now };

  return async function eachBatch(payload: EachBatchPayload): Promise<void> {
    const { batch } = payload;
    const { topic, partition } = batch;
    const known = deps.inputs.get(topic);
    if (known === undefined) throw new SluiceError('INTERNAL', `fetched ${topic}, which is not an input of ${deps.service.name}`);
    const place: OutagePlace = { topic, logical: known, partition };
    // A rebalance is learnt from a heartbeat: this batch was fetched before it, and the partition may
    // be someone else's after it. Rethrowing kafkajs's error makes the runner rejoin now.
    deps.rebalance.throwIfRejoining();
    const heartbeat = async () => {
      try {
        await payload.heartbeat();
      } catch (error) {
        deps.rebalance.observe(error);
        throw error;
      }
    };
    const logger = deps.logger.child({ topic, partition });

    const fenced = await fencePartition(topic, partition, batch.messages, deps);
    if (fenced.committed !== undefined) {
      payload.resolveOffset(String(fenced.committed - 1));
      logger.info({ committed: fenced.committed }, 'skipped records the previous owner of the partition committed');
    }
    if (fenced.messages.length === 0) return;

    const target = targetBatchRecords(deps.lagOf(topic, partition), deps.batching);
    const sliceEnds = now() + deps.fetchSliceMs;
    for (const [index, microBatch] of planMicroBatches(fenced.messages, batch.lastOffset(), target, deps.batching).entries()) {
      if (!payload.isRunning() || payload.isStale() || deps.signal.aborted) return;
      // Time's up: the rest comes again in the next fetch, beside the other partitions' records.
      if (index > 0 && now() >= sliceEnds) return;
      deps.rebalance.throwIfRejoining(); // the micro-batch before this one committed; start no other
      const { messages, bytes } = microBatch;
      if (!admitMicroBatch(deps.limiter, deps.pauses, topic, partition, messages.length, bytes)) return;
      try {
        const done = await processMicroBatch(microBatch, logger.child({ offset: messages[0]!.offset }));
        if (!done) return;
        payload.resolveOffset(messages[messages.length - 1]!.offset);
      } finally {
        deps.limiter.release(messages.length, bytes);
      }
      await heartbeat();
    }

    async function processMicroBatch({ messages, nextOffset }: MicroBatch, log: Logger): Promise<boolean> {
      deps.metrics.recordsIn.inc({ topic: place.logical }, messages.length);
      const decoded = await decodeChunk<I>(messages, { topic: place.logical, partition, decode: deps.decode });
      if (decoded.outage) return pauseForOutage(outageDeps, place, decoded.outage, messages.length, log);

      let execution;
      try {
        execution = await execute(decoded.entries, { topic, logical: place.logical, partition, heartbeat, log });
      } catch (error) {
        if (deps.signal.aborted) return false; // stopping: leave the batch to the next owner
        throw error;
      }
      if (execution.outage) return pauseForOutage(outageDeps, place, execution.outage, messages.length, log);

      const failures = [...decoded.failures, ...execution.failures];
      const transaction = assembleTransactionMessages(execution.outputs, failures, { topic, partition }, deps.service.name, new Date(now()));
      for (const failure of failures) {
        log.warn({ offset: failure.record.raw.offset, code: failure.error.code, attempts: failure.attempts, err: failure.error }, 'record dead-lettered');
      }
      if (!(await commitMicroBatch(deps, topic, partition, transaction, nextOffset, log))) return false;

      reportRecovery(outageDeps, place, log);
      recordCommittedMicroBatch(deps.metrics, execution.outputs, failures, now());
      for (const entry of decoded.entries) entry.span?.span.end();
      return true;
    }
  };
}
