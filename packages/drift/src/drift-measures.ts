/**
 * Distances between a reference and a current distribution. All take counts (not probabilities)
 * over the same bins or categories and are pure functions.
 */

// A bin with no observations on one side would make PSI infinite; the usual fix is a small floor.
const EPSILON = 1e-4;

function probabilities(counts: readonly number[]): number[] {
  const total = counts.reduce((sum, count) => sum + count, 0);
  return counts.map((count) => (total > 0 ? count / total : 0));
}

/**
 * Population stability index: Σ (q − p) · ln(q / p) over bins, p the reference share and q the
 * current one, each floored at 1e-4. Common reading: < 0.1 stable, 0.1–0.25 moderate shift,
 * > 0.25 significant shift (Siddiqi, "Credit Risk Scorecards", 2006).
 */
export function populationStabilityIndex(reference: readonly number[], current: readonly number[]): number {
  const p = probabilities(reference).map((value) => Math.max(value, EPSILON));
  const q = probabilities(current).map((value) => Math.max(value, EPSILON));
  return p.reduce((sum, pi, index) => {
    const qi = q[index] as number;
    return sum + (qi - pi) * Math.log(qi / pi);
  }, 0);
}

/** Jensen–Shannon divergence in bits (base 2): 0 for equal distributions, 1 for disjoint ones. */
export function jensenShannon(reference: readonly number[], current: readonly number[]): number {
  const p = probabilities(reference);
  const q = probabilities(current);
  const kl = (a: number[], b: number[]) => a.reduce((sum, ai, index) => (ai > 0 ? sum + ai * Math.log2(ai / (b[index] as number)) : sum), 0);
  const m = p.map((pi, index) => (pi + (q[index] as number)) / 2);
  return Math.max(0, (kl(p, m) + kl(q, m)) / 2);
}

function cumulative(counts: readonly number[]): number[] {
  const p = probabilities(counts);
  let running = 0;
  return p.map((value) => (running += value));
}

/**
 * Two-sample Kolmogorov–Smirnov statistic on binned data: the largest gap between the two
 * empirical CDFs at the bin edges (a lower bound of the exact statistic, exact at bin resolution).
 */
export function kolmogorovSmirnov(reference: readonly number[], current: readonly number[]): number {
  const a = cumulative(reference);
  const b = cumulative(current);
  return a.reduce((max, value, index) => Math.max(max, Math.abs(value - (b[index] as number))), 0);
}

/**
 * First Wasserstein (earth mover's) distance on binned data with evenly spaced bins (in the space
 * they are laid out in): the mass of each bin sits at its centre, so W1 = Σ |F_ref(i) − F_cur(i)| · w
 * over bin boundaries, w the bin width. Units are those of the bin space: decades for log10
 * amounts, confidence points for confidences.
 */
export function wasserstein(reference: readonly number[], current: readonly number[], edges: readonly number[]): number {
  if (edges.length < 2) return 0;
  const width = ((edges.at(-1) as number) - (edges[0] as number)) / (edges.length - 1);
  const a = cumulative(reference);
  const b = cumulative(current);
  let distance = 0;
  for (let i = 0; i < a.length - 1; i += 1) distance += Math.abs((a[i] as number) - (b[i] as number)) * width;
  return distance;
}

/** 1 − cosine similarity of two centroids (sum vectors; their scale does not matter). */
export function cosineDistance(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i += 1) {
    const x = a[i] as number;
    const y = b[i] as number;
    dot += x * y;
    na += x * x;
    nb += y * y;
  }
  if (na === 0 || nb === 0) return 0;
  return 1 - dot / Math.sqrt(na * nb);
}
