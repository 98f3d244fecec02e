import type { LaneComparison } from './compare-lanes';

/** A disagreement rate with the part a re-run of production's configuration already shows taken out. */
export interface AdjustedRate {
  /** Candidate vs reference. */
  raw: number;
  /** Baseline (production's configuration, run again as a shadow) vs reference; 0 without a baseline. */
  noise: number;
  /** max(0, raw − noise): what the candidate's change itself accounts for. */
  adjusted: number;
}

export interface NoiseAdjusted {
  /** Whether a baseline lane was there to measure noise (else adjusted = raw). */
  measured: boolean;
  decision: AdjustedRate;
  fields: (AdjustedRate & { field: string })[];
}

const adjust = (raw: number, noise: number): AdjustedRate => ({ raw, noise, adjusted: Math.max(0, raw - noise) });

/**
 * Subtracts, per field and for the decision, the disagreement the baseline shows against the same
 * reference over the same records: a sampling model, a flaky connector or documents whose
 * duplicates lie outside the replayed range disagree there too, and that part is not the
 * candidate's doing. Rates are shares of documents, so the difference is in the same unit.
 */
export function adjustForNoise(candidate: LaneComparison, baseline: LaneComparison | null): NoiseAdjusted {
  const noiseOf = new Map(baseline?.fields.map((stats) => [stats.field, stats.rate] as const) ?? []);
  const fields = new Set([...candidate.fields.map((stats) => stats.field), ...noiseOf.keys()]);
  const rateOf = new Map(candidate.fields.map((stats) => [stats.field, stats.rate] as const));
  return {
    measured: baseline !== null,
    decision: adjust(candidate.decisions.disagreement, baseline?.decisions.disagreement ?? 0),
    fields: [...fields].sort().map((field) => ({ field, ...adjust(rateOf.get(field) ?? 0, noiseOf.get(field) ?? 0) })),
  };
}
