import { describe, expect, it } from 'vitest';
import { l2Normalise, meanPool } from './vector-pooling';

describe('vector pooling', () => {
  it('averages element-wise', () => {
    expect(meanPool([[1, 0, 2], [3, 2, 0]])).toEqual([2, 1, 1]);
  });

  it('refuses vectors of different lengths and an empty list', () => {
    expect(() => meanPool([[1], [1, 2]])).toThrow(RangeError);
    expect(() => meanPool([])).toThrow(RangeError);
  });

  it('scales to unit length and leaves a zero vector alone', () => {
    expect(l2Normalise([3, 4])).toEqual([0.6, 0.8]);
    expect(l2Normalise([0, 0])).toEqual([0, 0]);
  });
});
