/**
 * Fixed-size summaries of a distribution, mergeable so a sliding window is the sum of its panes.
 * Memory is bounded by construction: numeric sketches have fixed bins, categorical ones a fixed
 * number of categories (later newcomers share one overflow bucket), centroids one vector.
 */
export interface Sketch<S> {
  empty(): S;
  add(state: S, value: unknown): void;
  merge(into: S, from: S): void;
  count(state: S): number;
}

export interface BinnedState {
  counts: number[];
  total: number;
  sum: number;
}

/**
 * Numeric values in fixed bins. `edges` are the inner bin boundaries (ascending); values below the
 * first and above the last fall into the two outer bins. `transform` maps a value into the space the
 * bins are laid out in (log10 for amounts, identity for confidences).
 */
export function binnedSketch(edges: readonly number[], transform: (value: number) => number = (value) => value): Sketch<BinnedState> & { edges: readonly number[]; transform: (value: number) => number } {
  return {
    edges,
    transform,
    empty: () => ({ counts: new Array<number>(edges.length + 1).fill(0), total: 0, sum: 0 }),
    add: (state, value) => {
      if (typeof value !== 'number' || !Number.isFinite(value)) return;
      const x = transform(value);
      if (!Number.isFinite(x)) return;
      let low = 0;
      let high = edges.length;
      while (low < high) {
        const mid = (low + high) >> 1;
        if (x < (edges[mid] as number)) high = mid;
        else low = mid + 1;
      }
      state.counts[low] = (state.counts[low] ?? 0) + 1;
      state.total += 1;
      state.sum += value;
    },
    merge: (into, from) => {
      from.counts.forEach((count, index) => (into.counts[index] = (into.counts[index] ?? 0) + count));
      into.total += from.total;
      into.sum += from.sum;
    },
    count: (state) => state.total,
  };
}

/** Evenly spaced edges from `low` to `high` in `bins` bins. */
export function linearEdges(low: number, high: number, bins: number): number[] {
  return Array.from({ length: bins - 1 }, (_, index) => low + ((high - low) * (index + 1)) / bins);
}

export const OVERFLOW_CATEGORY = '(other)';

export interface CategoricalState {
  counts: Map<string, number>;
  total: number;
}

/** Category counts, at most `maxCategories` distinct names; the rest count as OVERFLOW_CATEGORY. */
export function categoricalSketch(maxCategories = 64): Sketch<CategoricalState> {
  const add = (state: CategoricalState, name: string, count: number) => {
    const key = state.counts.has(name) || state.counts.size < maxCategories ? name : OVERFLOW_CATEGORY;
    state.counts.set(key, (state.counts.get(key) ?? 0) + count);
    state.total += count;
  };
  return {
    empty: () => ({ counts: new Map(), total: 0 }),
    add: (state, value) => {
      if (typeof value === 'string' && value) add(state, value, 1);
    },
    merge: (into, from) => from.counts.forEach((count, name) => add(into, name, count)),
    count: (state) => state.total,
  };
}

export interface CentroidState {
  sum: Float64Array | null;
  total: number;
}

/** The running mean of vectors (embeddings): one sum vector and a count. */
export const centroidSketch: Sketch<CentroidState> = {
  empty: () => ({ sum: null, total: 0 }),
  add: (state, value) => {
    if (!Array.isArray(value) || value.length === 0) return;
    const vector = value as number[];
    if (!state.sum) state.sum = new Float64Array(vector.length);
    if (state.sum.length !== vector.length) return; // another model's dimension: not comparable
    for (let i = 0; i < vector.length; i += 1) state.sum[i] = (state.sum[i] as number) + (vector[i] as number);
    state.total += 1;
  },
  merge: (into, from) => {
    if (!from.sum) return;
    if (!into.sum) into.sum = new Float64Array(from.sum.length);
    if (into.sum.length !== from.sum.length) return;
    for (let i = 0; i < from.sum.length; i += 1) into.sum[i] = (into.sum[i] as number) + (from.sum[i] as number);
    into.total += from.total;
  },
  count: (state) => state.total,
};

export interface RatioState {
  hits: number;
  total: number;
}

/** A health ratio: the share of observations that are `true`. */
export const ratioSketch: Sketch<RatioState> = {
  empty: () => ({ hits: 0, total: 0 }),
  add: (state, value) => {
    if (typeof value !== 'boolean') return;
    state.total += 1;
    if (value) state.hits += 1;
  },
  merge: (into, from) => {
    into.hits += from.hits;
    into.total += from.total;
  },
  count: (state) => state.total,
};
