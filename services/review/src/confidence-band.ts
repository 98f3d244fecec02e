/** How sure the extractor was, as the console shows it and the queue filters by. */
export type ConfidenceBand = 'high' | 'medium' | 'low';

/**
 * Bands over the extractor's confidence. 0.9 is where the extractor's calibration target sits
 * ("fields with confidence ≥ 0.9 are right at least 97% of the time", issue 8); below 0.6 a field
 * is more guess than reading.
 */
export const confidenceBands = { high: 0.9, medium: 0.6 } as const;

export function confidenceBand(confidence: number): ConfidenceBand {
  if (confidence >= confidenceBands.high) return 'high';
  if (confidence >= confidenceBands.medium) return 'medium';
  return 'low';
}

/** The confidence range of a band, `[min, max)`, for queries. */
export function bandRange(band: ConfidenceBand): { min: number; max: number } {
  if (band === 'high') return { min: confidenceBands.high, max: Number.POSITIVE_INFINITY };
  if (band === 'medium') return { min: confidenceBands.medium, max: confidenceBands.high };
  return { min: Number.NEGATIVE_INFINITY, max: confidenceBands.medium };
}
