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

/**
 * Splits fetched records, in order, into batches of at most `targetRecords` records and
 * `maxBytes` bytes (a single record larger than `maxBytes` travels alone).
 */
export function splitIntoBatches<T>(records: readonly T[], sizeOf: (record: T) => number, targetRecords: number, maxBytes: number): T[][] {
  const batches: T[][] = [];
  let current: T[] = [];
  let bytes = 0;
  for (const record of records) {
    const size = sizeOf(record);
    if (current.length > 0 && (current.length >= targetRecords || bytes + size > maxBytes)) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(record);
    bytes += size;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}
