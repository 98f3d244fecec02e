import type { Message } from 'kafkajs';
import type { Logger } from 'pino';
import type { StreamMetrics } from './metrics';
import type { PartitionOutput } from './partition-output';
import { backoffDelayMs, type RetryOptions } from './retry-policy';

export interface MicroBatchCommitDeps {
  output: Pick<PartitionOutput, 'commit'>;
  metrics: StreamMetrics;
  retry: RetryOptions;
  sleep: (ms: number) => Promise<void>;
}

/**
 * Commits a micro-batch's messages (by physical topic) and its consumed offset `nextOffset` through
 * the partition's output, timing the transaction. A failed commit (aborted transaction, fenced
 * producer, broker refusal) is counted and logged by reason, waits one backoff step, and returns
 * false: the caller leaves the micro-batch unresolved and kafkajs fetches it again.
 */
export async function commitMicroBatch(
  deps: MicroBatchCommitDeps,
  topic: string,
  partition: number,
  messages: ReadonlyMap<string, Message[]>,
  nextOffset: string,
  log: Logger,
): Promise<boolean> {
  const stopTransactionTimer = deps.metrics.transactionSeconds.startTimer();
  try {
    await deps.output.commit(topic, partition, messages, nextOffset);
    stopTransactionTimer();
    return true;
  } catch (error) {
    const reason = (error as { type?: string }).type ?? (error as Error).name ?? 'error';
    deps.metrics.transactionAborts.inc({ reason });
    log.error({ err: error, reason }, 'commit failed (transaction aborted); the batch will be fetched again');
    await deps.sleep(backoffDelayMs(1, deps.retry)).catch(() => undefined);
    return false;
  }
}
