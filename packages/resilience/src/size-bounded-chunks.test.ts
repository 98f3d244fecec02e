import { describe, expect, it } from 'vitest';
import { chunkByCountAndSize } from './size-bounded-chunks';

describe('chunkByCountAndSize', () => {
  it('bounds chunks by count and by size, keeping order', () => {
    const records = Array.from({ length: 7 }, (_, i) => i);
    expect(chunkByCountAndSize(records, () => 1, { maxCount: 3, maxSize: 100 })).toEqual([[0, 1, 2], [3, 4, 5], [6]]);
    expect(chunkByCountAndSize(records, () => 40, { maxCount: 10, maxSize: 100 })).toEqual([[0, 1], [2, 3], [4, 5], [6]]);
  });

  it('lets an item larger than the size bound travel alone', () => {
    expect(chunkByCountAndSize([1, 500, 2], (n) => n, { maxCount: 10, maxSize: 100 })).toEqual([[1], [500], [2]]);
  });

  it('calls sizeOf once per item and returns nothing for nothing', () => {
    let calls = 0;
    chunkByCountAndSize([1, 2, 3], () => ++calls, { maxCount: 2, maxSize: 10 });
    expect(calls).toBe(3);
    expect(chunkByCountAndSize([], () => 1, { maxCount: 2, maxSize: 10 })).toEqual([]);
  });
});
