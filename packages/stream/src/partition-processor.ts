import type { Span } from '@opentelemetry/api';
import type { EachBatchPayload, KafkaMessage, Message } from 'kafkajs';
import type { Logger } from 'pino';
import { physicalTopic } from '@sluice/contracts';
import { SluiceError, toSluiceError } from '@sluice/errors';
import { executeBatch, type RecordFailure } from './batch-executor';
import { splitIntoBatches, targetBatchRecords, type BatchingOptions } from './batcher';
import { deadLetterFor } from './dead-letter';
import type { InFlightLimiter } from './in-flight-limiter';
import { messageBytes, toInputRecord } from './input-record';
import type { StreamMetrics } from './metrics';
import type { PauseController } from './pause-controller';
import { backoffDelayMs, type RetryOptions } from './retry-policy';
import type { InputRecord, OutputRecord, ServiceDefinition } from './service-definition';
import { INGESTED_AT_HEADER, ingestedAt, injectTraceContext, startRecordSpan } from './trace-context';
import type { TransactionalOutput } from './transactional-output';

/** What the eachBatch handler needs, as values and functions (kafkajs runner style), never the clients. */
export interface PartitionProcessorDeps<I, O> {
  service: ServiceDefinition<I, O>;
  prefix: string;
  decode: (value: Buffer | null) => Promise<{ value: I; schemaId: number }>;
  encode: (topic: string, value: O) => Promise<Buffer>;
  output: Pick<TransactionalOutput, 'acquire' | 'commit'>;
  /** The group's committed offset of a partition (admin API), read after fencing a previous owner. */
  committedOffset: (partition: number) => Promise<number | undefined>;
  limiter: InFlightLimiter;
  pauses: PauseController;
  lagOf: (partition: number) => number;
  assignedPartitions: () => number[];
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

interface Entry<I> {
  raw: KafkaMessage;
  record: InputRecord<I>;
  span?: { span: Span; context: ReturnType<typeof startRecordSpan>['context'] };
}

interface PreparedOutput {
  topic: string;
  message: Message;
  ingestedAt: number;
}

/** The kafkajs `eachBatch` function of a service: micro-batches, handler, dead letters, one transaction each. */
export function createPartitionProcessor<I, O>(deps: PartitionProcessorDeps<I, O>) {
  const inputTopic = physicalTopic(deps.service.input, deps.prefix);
  const now = deps.now ?? Date.now;

  return async function eachBatch(payload: EachBatchPayload): Promise<void> {
    const { batch } = payload;
    const { partition } = batch;
    const resolveOffset = (offset: string) => payload.resolveOffset(offset);
    const heartbeat = () => payload.heartbeat();
    const isRunning = () => payload.isRunning();
    const isStale = () => payload.isStale();
    const logger = deps.logger.child({ topic: inputTopic, partition });
    let messages = batch.messages;

    const producer = await deps.output.acquire(partition);
    if (producer.fresh) {
      // The previous owner may have committed between our offset fetch (at join) and our fencing:
      // after fencing, the committed offset is final, and records below it are already done.
      const committed = await deps.committedOffset(partition);
      if (committed !== undefined && messages.some((message) => Number(message.offset) < committed)) {
        messages = messages.filter((message) => Number(message.offset) >= committed);
        // Move kafkajs's fetch position past them too, or a refetch would process them again.
        resolveOffset(String(committed - 1));
        logger.info({ committed }, 'skipped records the previous owner of the partition committed');
      }
      if (messages.length === 0) return;
    }

    const target = targetBatchRecords(deps.lagOf(partition), deps.batching);
    const chunks = splitIntoBatches(messages, messageBytes, target, deps.batching.maxBytes);
    for (const [index, chunk] of chunks.entries()) {
      if (!isRunning() || isStale() || deps.signal.aborted) return;
      const bytes = chunk.reduce((sum, message) => sum + messageBytes(message), 0);
      if (!deps.limiter.tryAcquire(chunk.length, bytes)) {
        // No room: stop fetching this partition instead of holding its records; the rest of this
        // fetch is dropped unresolved and fetched again after the resume.
        deps.pauses.pause([partition], 'in-flight');
        deps.limiter.onRelease(() => deps.pauses.resume([partition], 'in-flight'));
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
      deps.metrics.recordsIn.inc({ topic: deps.service.input }, chunk.length);
      const decoded = await decodeAll(chunk, log);
      if (!decoded) return false;
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

      const failures = [...decodeFailures, ...execution.failures];
      const byTopic = new Map<string, Message[]>();
      for (const output of execution.outputs) append(byTopic, output.topic, output.message);
      for (const failure of failures) {
        const letter = deadLetterFor(failure.record.raw, { topic: inputTopic, partition }, deps.service.name, failure, new Date(now()));
        append(byTopic, letter.topic, { key: letter.key, value: letter.value, headers: letter.headers });
        log.warn({ offset: failure.record.raw.offset, code: failure.error.code, attempts: failure.attempts, err: failure.error }, 'record dead-lettered');
      }

      const stopTransactionTimer = deps.metrics.transactionSeconds.startTimer();
      try {
        await deps.output.commit(partition, byTopic, nextOffset);
        stopTransactionTimer();
      } catch (error) {
        const reason = (error as { type?: string }).type ?? (error as Error).name ?? 'error';
        deps.metrics.transactionAborts.inc({ reason });
        log.error({ err: error, reason }, 'transaction aborted; the batch will be fetched again');
        await deps.sleep(backoffDelayMs(1, deps.retry)).catch(() => undefined);
        return false;
      }

      const committedAt = now();
      for (const output of execution.outputs) {
        deps.metrics.recordsOut.inc({ topic: output.topic });
        deps.metrics.endToEndSeconds.observe(Math.max(0, committedAt - output.ingestedAt) / 1000);
      }
      for (const failure of failures) deps.metrics.deadLettered.inc({ code: failure.error.code });
      for (const entry of entries) entry.span?.span.end();
      return true;
    }

    /** Decodes a chunk; bad bytes and unknown schemas become failures, a registry outage retries. */
    async function decodeAll(chunk: KafkaMessage[], log: Logger): Promise<{ entries: Entry<I>[]; failures: RecordFailure<Entry<I>>[] } | undefined> {
      const entries: Entry<I>[] = [];
      const failures: RecordFailure<Entry<I>>[] = [];
      for (const raw of chunk) {
        try {
          const value = await deps.decode(raw.value);
          entries.push({ raw, record: toInputRecord(deps.service.input, partition, raw, value) });
        } catch (caught) {
          const error = toSluiceError(caught);
          if (error.retryable) {
            // The registry is down: nothing is wrong with the record. Wait and fetch it again.
            log.warn({ err: error, offset: raw.offset }, 'decode failed with a retryable error; backing off');
            await deps.sleep(backoffDelayMs(2, deps.retry, error.retryAfterMs)).catch(() => undefined);
            return undefined;
          }
          const stub = { raw, record: { offset: raw.offset } as InputRecord<I> };
          failures.push({ record: stub, error, attempts: 1 });
        }
      }
      return { entries, failures };
    }

    async function runHandler(subset: readonly Entry<I>[], attempt: number, log: Logger): Promise<PreparedOutput[]> {
      const records = subset.map((entry) => entry.record);
      deps.metrics.batchSize.observe(records.length);
      const stopTimer = deps.metrics.handlerSeconds.startTimer();
      let outputs: readonly OutputRecord<O>[];
      try {
        outputs = await deps.service.handler(records, {
          logger: log,
          metrics: deps.metrics.registry,
          signal: deps.signal,
          topic: deps.service.input,
          partition,
          lag: deps.lagOf(partition),
          attempt,
          pauseFor: (ms) => deps.pauses.pauseFor(deps.assignedPartitions(), ms),
        });
      } finally {
        stopTimer();
      }
      return prepareOutputs(outputs, subset);
    }

    /** Checks and encodes outputs; each carries its source's trace context and ingest time. */
    async function prepareOutputs(outputs: readonly OutputRecord<O>[], subset: readonly Entry<I>[]): Promise<PreparedOutput[]> {
      const byKey = new Map(subset.map((entry) => [entry.record.key, entry] as const));
      const byRecord = new Map(subset.map((entry) => [entry.record as InputRecord<unknown>, entry] as const));
      return Promise.all(
        outputs.map(async (output) => {
          if (!deps.service.outputs.includes(output.topic)) {
            throw new SluiceError('CONFIG', `handler wrote ${output.topic}, which is not among the outputs of ${deps.service.name}`);
          }
          const source = (output.source && byRecord.get(output.source)) ?? byKey.get(output.key) ?? subset[0];
          const headers: Record<string, string> = { ...output.headers };
          if (source) {
            source.span ??= startRecordSpan(deps.service.name, deps.service.input, source.record.headers);
            injectTraceContext(source.span.context, headers);
          }
          const ingested = source ? ingestedAt(source.record.headers, source.record.timestamp) : now();
          headers[INGESTED_AT_HEADER] = String(ingested);
          const value = await deps.encode(output.topic, output.value);
          if (value.length > deps.maxOutputBytes) {
            // Would fail every transaction of the partition forever: the input's failure instead.
            throw new SluiceError('INVALID_MODEL_OUTPUT', `output for ${output.topic} is ${value.length} bytes, above ${deps.maxOutputBytes}`);
          }
          return { topic: physicalTopic(output.topic, deps.prefix), message: { key: output.key, value, headers }, ingestedAt: ingested };
        }),
      );
    }
  };
}

function append(map: Map<string, Message[]>, topic: string, message: Message): void {
  const list = map.get(topic);
  if (list) list.push(message);
  else map.set(topic, [message]);
}
