import { describe, expect, it } from 'vitest';
import { splitIntoBatches, targetBatchRecords } from './batcher';

const options = { minRecords: 10, maxRecords: 110, maxBytes: 1000, maxWaitMs: 50, highLagRecords: 1000 };

describe('targetBatchRecords', () => {
  it('is small when caught up, grows with lag, and stops at the maximum', () => {
    expect(targetBatchRecords(0, options)).toBe(10);
    expect(targetBatchRecords(500, options)).toBe(60);
    expect(targetBatchRecords(1000, options)).toBe(110);
    expect(targetBatchRecords(50_000, options)).toBe(110);
  });
});

describe('splitIntoBatches', () => {
  it('bounds batches by count and by bytes, keeping order', () => {
    const records = Array.from({ length: 7 }, (_, i) => i);
    expect(splitIntoBatches(records, () => 1, 3, 100)).toEqual([[0, 1, 2], [3, 4, 5], [6]]);
    expect(splitIntoBatches(records, () => 40, 10, 100)).toEqual([[0, 1], [2, 3], [4, 5], [6]]);
  });

  it('lets a record larger than the byte bound travel alone', () => {
    expect(splitIntoBatches([1, 500, 2], (n) => n, 10, 100)).toEqual([[1], [500], [2]]);
  });
});
