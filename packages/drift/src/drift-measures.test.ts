import { describe, expect, it } from 'vitest';
import { cosineDistance, jensenShannon, kolmogorovSmirnov, populationStabilityIndex, wasserstein } from './drift-measures';

describe('drift measures', () => {
  it('are zero for equal distributions whatever the sample sizes', () => {
    const counts = [10, 20, 30, 40];
    const doubled = counts.map((c) => c * 2);
    expect(populationStabilityIndex(counts, doubled)).toBeCloseTo(0, 12);
    expect(jensenShannon(counts, doubled)).toBeCloseTo(0, 12);
    expect(kolmogorovSmirnov(counts, doubled)).toBeCloseTo(0, 12);
    expect(wasserstein(counts, doubled, [1, 2, 3])).toBeCloseTo(0, 12);
    expect(cosineDistance([1, 2, 3], [2, 4, 6])).toBeCloseTo(0, 12);
  });

  it('match hand-computed values', () => {
    // PSI of 50/50 against 25/75: (0.25−0.5)ln(0.5) + (0.75−0.5)ln(1.5) = 0.1733 + 0.1014
    expect(populationStabilityIndex([50, 50], [25, 75])).toBeCloseTo(0.25 * Math.log(2) + 0.25 * Math.log(1.5), 10);
    expect(jensenShannon([1, 0], [0, 1])).toBeCloseTo(1, 12); // disjoint: one bit
    expect(kolmogorovSmirnov([1, 1, 0, 0], [0, 0, 1, 1])).toBeCloseTo(1, 12);
    // All mass moved two bins of width 0.5 to the right: W1 = 1.
    expect(wasserstein([1, 0, 0, 0], [0, 0, 1, 0], [0, 0.5, 1])).toBeCloseTo(1, 12);
    expect(cosineDistance([1, 0], [0, 1])).toBeCloseTo(1, 12);
  });
});
