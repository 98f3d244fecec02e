import type { EachBatchPayload, KafkaMessage, Message } from 'kafkajs';
import type { Logger } from 'pino';
import { SluiceError } from '@sluice/errors';
import { executeBatch } from './batch-executor';
import { splitIntoBatches, targetBatchRecords, type BatchingOptions } from './batcher';
import { deadLetterFor } from './dead-letter';
import type { InFlightLimiter } from './in-flight-limiter';
import { messageBytes } from './input-record';
import type { StreamMetrics } from './metrics';
import { createOutputEncoder, type PreparedOutput } from './output-encoder';
import type { PartitionOutput } from './partition-output';
import type { OutageTracker } from './outage-tracker';
import type { PauseController } from './pause-controller';
import { decodeChunk, type Entry } from './record-decoder';
import { backoffDelayMs, type RetryOptions } from './retry-policy';
import type { OutputRecord, ServiceDefinition } from './service-definition';

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
  retry: RetryOptions;
  metrics: StreamMetrics;
  logger: Logger;
  /** Aborted when the service stops. */
  signal: AbortSignal;
  sleep: (ms: number) => Promise<void>;
  /** Largest encoded output value; larger ones fail their input record (the broker would refuse them). */
  maxOutputBytes: number;
  now?: () => number;
}

/**
 * The kafkajs `eachBatch` function of a service. kafkajs hands it one topic-partition's fetched
 * records at a time (runner.js `processEachBatch`), whatever the number of subscribed topics:
 * micro-batches, handler, dead letters, then one commit (a transaction, or a sink's offset commit).
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

  return async function eachBatch(payload: EachBatchPayload): Promise<void> {
    const { batch } = payload;
    const { topic, partition } = batch;
    const known = deps.inputs.get(topic);
    if (known === undefined) throw new SluiceError('INTERNAL', `fetched ${topic}, which is not an input of ${deps.service.name}`);
    const logical: string = known;
    const resolveOffset = (offset: string) => payload.resolveOffset(offset);
    const heartbeat = () => payload.heartbeat();
    const logger = deps.logger.child({ topic, partition });
    let messages = batch.messages;

    const producer = await deps.output.acquire(topic, partition);
    if (producer.fresh) {
      // The previous owner may have committed between our offset fetch (at join) and our fencing:
      // after fencing, the committed offset is final, and records below it are already done.
      const committed = await deps.committedOffset(topic, partition);
      if (committed !== undefined && messages.some((message) => Number(message.offset) < committed)) {
        messages = messages.filter((message) => Number(message.offset) >= committed);
        // Move kafkajs's fetch position past them too, or a refetch would process them again.
        resolveOffset(String(committed - 1));
        logger.info({ committed }, 'skipped records the previous owner of the partition committed');
      }
      if (messages.length === 0) return;
    }

    const target = targetBatchRecords(deps.lagOf(topic, partition), deps.batching);
    const chunks = splitIntoBatches(messages, messageBytes, target, deps.batching.maxBytes);
    for (const [index, chunk] of chunks.entries()) {
      if (!payload.isRunning() || payload.isStale() || deps.signal.aborted) return;
      const bytes = chunk.reduce((sum, message) => sum + messageBytes(message), 0);
      if (!deps.limiter.tryAcquire(chunk.length, bytes)) {
        // No room: stop fetching this partition instead of holding its records; the rest of this
        // fetch is dropped unresolved and fetched again after the resume.
        deps.pauses.pause(topic, [partition], 'in-flight');
        deps.limiter.onRelease(() => deps.pauses.resume(topic, [partition], 'in-flight'));
        return;
      }
      try {
        const last = chunk[chunk.length - 1]!;
        // Past the batch's last offset, which may be a transaction marker of the input.
        const nextOffset = index === chunks.length - 1 ? String(BigInt(batch.lastOffset()) + 1n) : String(BigInt(last.offset) + 1n);
        const done = await processChunk(chunk, nextOffset, logger.child({ offset: chunk[0]!.offset }));
        if (!done) return;
        resolveOffset(last.offset);
      } finally {
        deps.limiter.release(chunk.length, bytes);
      }
      await heartbeat();
    }

    async function processChunk(chunk: KafkaMessage[], nextOffset: string, log: Logger): Promise<boolean> {
      deps.metrics.recordsIn.inc({ topic: logical }, chunk.length);
      const decoded = await decodeChunk<I>(chunk, { topic: logical, partition, decode: deps.decode });
      if (decoded.outage) return pauseForOutage(decoded.outage, chunk, log);
      const { entries, failures: decodeFailures } = decoded;

      let execution;
      try {
        execution = await executeBatch<Entry<I>, PreparedOutput>(entries, {
          attempt: (subset, attempt) => runHandler(subset, attempt, log),
          retry: deps.retry,
          wait: async (ms) => {
            await deps.sleep(ms);
            await heartbeat();
          },
          onRetry: (error, attempt, delayMs, size) => {
            deps.metrics.retries.inc({ code: error.code });
            log.warn({ code: error.code, err: error, attempt, delayMs, size }, 'batch failed with a retryable error; retrying');
          },
        });
      } catch (error) {
        if (deps.signal.aborted) return false; // stopping: leave the batch to the next owner
        throw error;
      }
      if (execution.outage) return pauseForOutage(execution.outage, chunk, log);

      const failures = [...decodeFailures, ...execution.failures];
      const byTopic = new Map<string, Message[]>();
      for (const output of execution.outputs) append(byTopic, output.topic, output.message);
      const outputCounts = [...byTopic].map(([outputTopic, list]) => [outputTopic, list.length] as const);
      for (const failure of failures) {
        const letter = deadLetterFor(failure.record.raw, { topic, partition }, deps.service.name, failure, new Date(now()));
        append(byTopic, letter.topic, { key: letter.key, value: letter.value, headers: letter.headers });
        log.warn({ offset: failure.record.raw.offset, code: failure.error.code, attempts: failure.attempts, err: failure.error }, 'record dead-lettered');
      }

      const stopTransactionTimer = deps.metrics.transactionSeconds.startTimer();
      try {
        await deps.output.commit(topic, partition, byTopic, nextOffset);
        stopTransactionTimer();
      } catch (error) {
        const reason = (error as { type?: string }).type ?? (error as Error).name ?? 'error';
        deps.metrics.transactionAborts.inc({ reason });
        log.error({ err: error, reason }, 'commit failed (transaction aborted); the batch will be fetched again');
        await deps.sleep(backoffDelayMs(1, deps.retry)).catch(() => undefined);
        return false;
      }

      const recovered = deps.outages.recovered(topic, partition);
      if (recovered) {
        deps.metrics.outageActive.set({ topic: logical, partition: String(partition), code: recovered.code }, 0);
        deps.metrics.outageSeconds.observe({ topic: logical }, recovered.durationMs / 1000);
        log.info({ code: recovered.code, outageMs: recovered.durationMs, pauses: recovered.pauses }, 'dependency recovered: partition processing again after an outage');
      }
      const committedAt = now();
      // Counted per topic, once per batch: prom-client hashes the labels on every inc().
      for (const [outputTopic, count] of outputCounts) deps.metrics.recordsOut.inc({ topic: outputTopic }, count);
      for (const output of execution.outputs) deps.metrics.endToEndSeconds.observe(Math.max(0, committedAt - output.ingestedAt) / 1000);
      for (const failure of failures) deps.metrics.deadLettered.inc({ code: failure.error.code });
      for (const entry of entries) entry.span?.span.end();
      return true;
    }

    // A dependency is down past the retry budget: the records are fine, so none is dead-lettered.
    // Stop fetching the partition for a while (growing pauses) and leave the chunk unresolved, so
    // kafkajs fetches it again from the last resolved offset once the pause ends.
    function pauseForOutage(error: SluiceError, chunk: readonly KafkaMessage[], log: Logger): false {
      const { pauseMs, outage } = deps.outages.pause(topic, partition, error);
      deps.metrics.outagePauses.inc({ topic: logical, code: error.code });
      deps.metrics.outageActive.set({ topic: logical, partition: String(partition), code: error.code }, 1);
      deps.pauses.pauseFor(topic, [partition], pauseMs, 'outage');
      log.warn(
        { code: error.code, err: error, pauseMs, pauses: outage.pauses, outageMs: now() - outage.since, records: chunk.length },
        `partition paused for ${pauseMs} ms: dependency failure (${error.code}) outlasted the retry budget; records kept for a later try, not dead-lettered`,
      );
      return false;
    }

    async function runHandler(subset: readonly Entry<I>[], attempt: number, log: Logger): Promise<PreparedOutput[]> {
      deps.progressed?.();
      const records = subset.map((entry) => entry.record);
      deps.metrics.batchSize.observe(records.length);
      const stopTimer = deps.metrics.handlerSeconds.startTimer();
      let outputs: readonly OutputRecord<O>[];
      try {
        outputs = await deps.service.handler(records, {
          logger: log,
          metrics: deps.metrics.registry,
          signal: deps.signal,
          topic: logical,
          partition,
          lag: deps.lagOf(topic, partition),
          attempt,
          pauseFor: (ms) => {
            for (const [assignedTopic, partitions] of deps.assignedPartitions()) deps.pauses.pauseFor(assignedTopic, partitions, ms);
          },
          heartbeat: async () => {
            deps.progressed?.();
            // A rebalance answers the heartbeat with an error: the commit will be fenced and tell;
            // the handler's work is not the place to fail on it.
            await heartbeat().catch((error: unknown) => log.debug({ err: error }, 'heartbeat during the handler failed'));
          },
        });
      } finally {
        stopTimer();
      }
      return prepareOutputs(outputs, subset, logical);
    }
  };
}

function append(map: Map<string, Message[]>, topic: string, message: Message): void {
  const list = map.get(topic);
  if (list) list.push(message);
  else map.set(topic, [message]);
}
