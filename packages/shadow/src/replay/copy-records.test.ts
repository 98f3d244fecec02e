import { describe, expect, it } from 'vitest';
import type { RawRecord } from '../kafka/range-reader';
import { sendParts } from './copy-records';

const record = (offset: number, bytes: number): RawRecord => ({
  topic: 't',
  partition: 0,
  offset: BigInt(offset),
  timestamp: offset,
  key: Buffer.from(`k${offset}`),
  value: Buffer.alloc(bytes),
  headers: {},
});

describe('sendParts', () => {
  it('cuts by count and by bytes, in order, a record larger than the limit alone', () => {
    const records = [record(0, 100), record(1, 100), record(2, 100), record(3, 5000), record(4, 100)];
    expect(sendParts(records, 2, 1000).map((part) => part.map((r) => Number(r.offset)))).toEqual([[0, 1], [2], [3], [4]]);
    expect(sendParts(records, Number.POSITIVE_INFINITY, 400).map((part) => part.map((r) => Number(r.offset)))).toEqual([[0, 1], [2], [3], [4]]);
    expect(sendParts([], 10)).toEqual([]);
  });
});
