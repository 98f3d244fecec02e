import type { KafkaMessage } from 'kafkajs';
import { chunkByCountAndSize } from '@sluice/resilience';
import { messageBytes } from './input-record';

/**
 * Micro-batches: how many fetched records go to one handler call and one transaction.
 *
 * Each transaction costs a fixed number of round trips (AddPartitionsToTxn, Produce, AddOffsetsToTxn,
 * TxnOffsetCommit, EndTxn), so large batches buy throughput; small batches commit sooner and buy
 * latency. The lag monitor decides: batches grow toward `maxRecords` while the partition lags and
 * shrink toward `minRecords` once it has caught up.
 */
export interface BatchingOptions {
  /** Batch size when the partition has caught up. */
  minRecords: number;
  /** Batch size at or above `highLagRecords` of lag; also the largest batch a handler ever sees. */
  maxRecords: number;
  /** Key + value bytes per batch, whatever the count. */
  maxBytes: number;
  /** How long the broker may hold a fetch to fill it (fetch.max.wait.ms). */
  maxWaitMs: number;
  /** Lag (records, per partition) at which batches reach `maxRecords`. */
  highLagRecords: number;
}

export const defaultBatchingOptions = {
  minRecords: 50,
  maxRecords: 1000,
  maxBytes: 4 * 1024 * 1024,
  maxWaitMs: 100,
  highLagRecords: 5000,
} satisfies BatchingOptions;

/** Target records per batch for a partition lagging by `lag` records: linear from min to max. */
export function targetBatchRecords(lag: number, options: BatchingOptions): number {
  const pressure = Math.min(1, Math.max(0, lag) / options.highLagRecords);
  return Math.max(1, Math.round(options.minRecords + (options.maxRecords - options.minRecords) * pressure));
}

/** One micro-batch of a fetched partition batch: its records, their key + value bytes, and the offset to commit after it. */
export interface MicroBatch {
  messages: KafkaMessage[];
  bytes: number;
  /** Next offset to read once this micro-batch is committed (the consumed offset of its transaction). */
  nextOffset: string;
}

/**
 * Cuts a partition's fetched records, in order, into micro-batches of at most `targetRecords`
 * records and `options.maxBytes` key + value bytes (`chunkByCountAndSize`; a record larger than
 * that travels alone). Each micro-batch commits the offset after its last record, and the last one
 * the offset after `lastOffset`, the fetch's last offset, which may be a transaction marker of the
 * input: committing past it keeps the group's lag at zero once caught up.
 */
export function planMicroBatches(messages: readonly KafkaMessage[], lastOffset: string, targetRecords: number, options: Pick<BatchingOptions, 'maxBytes'>): MicroBatch[] {
  const chunks = chunkByCountAndSize(messages, messageBytes, { maxCount: targetRecords, maxSize: options.maxBytes });
  return chunks.map((chunk, index) => ({
    messages: chunk,
    bytes: chunk.reduce((sum, message) => sum + messageBytes(message), 0),
    nextOffset: String(BigInt(index === chunks.length - 1 ? lastOffset : chunk[chunk.length - 1]!.offset) + 1n),
  }));
}
