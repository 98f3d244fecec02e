/** Element-wise mean of equally long vectors: the pooled vector of a chunked document. */
export function meanPool(vectors: readonly (readonly number[])[]): number[] {
  const [first] = vectors;
  if (!first) throw new RangeError('meanPool needs at least one vector');
  const sum = new Array<number>(first.length).fill(0);
  for (const vector of vectors) {
    if (vector.length !== first.length) throw new RangeError(`cannot pool vectors of ${first.length} and ${vector.length} dimensions`);
    for (let i = 0; i < vector.length; i++) sum[i] = (sum[i] ?? 0) + (vector[i] ?? 0);
  }
  return sum.map((value) => value / vectors.length);
}

/**
 * Scales to unit length, so cosine similarity is a dot product and a pooled vector is comparable
 * with single-chunk ones (the mean of unit vectors is shorter than 1). A zero vector stays zero.
 */
export function l2Normalise(vector: readonly number[]): number[] {
  const norm = Math.sqrt(vector.reduce((sum, value) => sum + value * value, 0));
  return norm === 0 ? [...vector] : vector.map((value) => value / norm);
}
