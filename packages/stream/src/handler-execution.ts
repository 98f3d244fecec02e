import type { Logger } from 'pino';
import { executeBatch, type Execution } from './batch-executor';
import type { StreamMetrics } from './metrics';
import type { PreparedOutput } from './output-encoder';
import type { PauseController } from './pause-controller';
import type { RebalanceNotice } from './rebalance-notice';
import type { Entry } from './record-decoder';
import type { RetryOptions } from './retry-policy';
import type { OutputRecord, ServiceDefinition } from './service-definition';

export interface HandlerExecutionDeps<I, O> {
  service: ServiceDefinition<I, O>;
  /** Checks and encodes a handler's outputs (`createOutputEncoder`). */
  prepareOutputs: (outputs: readonly OutputRecord<O>[], subset: readonly Entry<I>[], inputTopic: string) => Promise<PreparedOutput[]>;
  retry: RetryOptions;
  metrics: StreamMetrics;
  pauses: PauseController;
  /** Assigned partitions by physical input topic (for the handler's `pauseFor`). */
  assignedPartitions: () => ReadonlyMap<string, readonly number[]>;
  lagOf: (topic: string, partition: number) => number;
  /** Tells liveness the partition is working (a handler try): a long batch is not a stall. */
  progressed?: () => void;
  signal: AbortSignal;
  sleep: (ms: number) => Promise<void>;
  /** Told of a heartbeat's rebalance error the handler's own `heartbeat()` swallows. */
  rebalance: RebalanceNotice;
}

/** The micro-batch being executed: where from, and the kafkajs heartbeat of its fetch. */
export interface HandlerCall {
  /** Physical input topic. */
  topic: string;
  logical: string;
  partition: number;
  heartbeat: () => Promise<void>;
  log: Logger;
}

/**
 * Runs micro-batches through the service's handler with retries, bisection and outage detection
 * (`executeBatch`): the handler gets its context (logger, metrics, lag, attempt, `pauseFor`,
 * `heartbeat`), its outputs are encoded, retries wait with a heartbeat so the member keeps its
 * place in the group, and each retry is counted and logged. Rejects only when the service stops
 * during a wait.
 */
export function createHandlerExecution<I, O>(deps: HandlerExecutionDeps<I, O>) {
  return function execute(entries: readonly Entry<I>[], call: HandlerCall): Promise<Execution<Entry<I>, PreparedOutput>> {
    return executeBatch<Entry<I>, PreparedOutput>(entries, {
      attempt: (subset, attempt) => runHandler(subset, attempt, call),
      retry: deps.retry,
      wait: async (ms) => {
        await deps.sleep(ms);
        await call.heartbeat();
      },
      onRetry: (error, attempt, delayMs, size) => {
        deps.metrics.retries.inc({ code: error.code });
        call.log.warn({ code: error.code, err: error, attempt, delayMs, size }, 'batch failed with a retryable error; retrying');
      },
    });
  };

  async function runHandler(subset: readonly Entry<I>[], attempt: number, call: HandlerCall): Promise<PreparedOutput[]> {
    deps.progressed?.();
    const records = subset.map((entry) => entry.record);
    deps.metrics.batchSize.observe(records.length);
    const stopTimer = deps.metrics.handlerSeconds.startTimer();
    let outputs: readonly OutputRecord<O>[];
    try {
      outputs = await deps.service.handler(records, {
        logger: call.log,
        metrics: deps.metrics.registry,
        signal: deps.signal,
        topic: call.logical,
        partition: call.partition,
        lag: deps.lagOf(call.topic, call.partition),
        attempt,
        pauseFor: (ms) => {
          for (const [assignedTopic, partitions] of deps.assignedPartitions()) deps.pauses.pauseFor(assignedTopic, partitions, ms);
        },
        heartbeat: async () => {
          deps.progressed?.();
          // A rebalance answers the heartbeat with an error: the commit will be fenced and tell;
          // the handler's work is not the place to fail on it.
          await call.heartbeat().catch((error: unknown) => {
            deps.rebalance.observe(error);
            call.log.debug({ err: error }, 'heartbeat during the handler failed');
          });
        },
      });
    } finally {
      stopTimer();
    }
    return deps.prepareOutputs(outputs, subset, call.logical);
  }
}
