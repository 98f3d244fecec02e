import type { RecordFailure } from './batch-executor';
import type { StreamMetrics } from './metrics';
import type { PreparedOutput } from './output-encoder';

/**
 * Counts a committed micro-batch: records out per output topic, end-to-end latency (ingest to
 * commit, seconds) per output, dead letters per error code. Counters are incremented once per
 * topic, not once per record: prom-client hashes the labels on every inc().
 */
export function recordCommittedMicroBatch(metrics: StreamMetrics, outputs: readonly PreparedOutput[], failures: readonly RecordFailure<unknown>[], committedAt: number): void {
  const perTopic = new Map<string, number>();
  for (const output of outputs) perTopic.set(output.topic, (perTopic.get(output.topic) ?? 0) + 1);
  for (const [topic, count] of perTopic) metrics.recordsOut.inc({ topic }, count);
  for (const output of outputs) metrics.endToEndSeconds.observe(Math.max(0, committedAt - output.ingestedAt) / 1000);
  for (const failure of failures) metrics.deadLettered.inc({ code: failure.error.code });
}
