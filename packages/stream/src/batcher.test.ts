import { describe, expect, it } from 'vitest';
import type { KafkaMessage } from 'kafkajs';
import { planMicroBatches, targetBatchRecords, type MicroBatch } from './batcher';

const options = { minRecords: 10, maxRecords: 110, maxBytes: 1000, maxWaitMs: 50, highLagRecords: 1000 };

describe('targetBatchRecords', () => {
  it('is small when caught up, grows with lag, and stops at the maximum', () => {
    expect(targetBatchRecords(0, options)).toBe(10);
    expect(targetBatchRecords(500, options)).toBe(60);
    expect(targetBatchRecords(1000, options)).toBe(110);
    expect(targetBatchRecords(50_000, options)).toBe(110);
  });
});

describe('planMicroBatches', () => {
  const message = (offset: number, bytes: number): KafkaMessage =>
    ({ offset: String(offset), key: Buffer.from('k'), value: Buffer.alloc(bytes - 1), headers: {}, timestamp: '0', attributes: 0 });
  const offsets = (batches: MicroBatch[]) => batches.map((b) => b.messages.map((m) => Number(m.offset)));

  it('bounds micro-batches by count and by bytes, keeping order', () => {
    const messages = Array.from({ length: 7 }, (_, i) => message(i, 1));
    expect(offsets(planMicroBatches(messages, '6', 3, { maxBytes: 100 }))).toEqual([[0, 1, 2], [3, 4, 5], [6]]);
    const big = Array.from({ length: 7 }, (_, i) => message(i, 40));
    const batches = planMicroBatches(big, '6', 10, { maxBytes: 100 });
    expect(offsets(batches)).toEqual([[0, 1], [2, 3], [4, 5], [6]]);
    expect(batches.map((b) => b.bytes)).toEqual([80, 80, 80, 40]);
  });

  it('lets a record larger than the byte bound travel alone', () => {
    expect(offsets(planMicroBatches([message(0, 1), message(1, 500), message(2, 2)], '2', 10, { maxBytes: 100 }))).toEqual([[0], [1], [2]]);
  });

  it('commits the offset after each micro-batch, and after the fetch (a transaction marker included) for the last one', () => {
    const messages = [10, 11, 12, 13, 14].map((offset) => message(offset, 1));
    expect(planMicroBatches(messages, '15', 2, { maxBytes: 100 }).map((b) => b.nextOffset)).toEqual(['12', '14', '16']);
    expect(planMicroBatches([], '3', 2, { maxBytes: 100 })).toEqual([]);
  });
});
