/**
 * Calibration of reported confidences: ten equal-width bins over [0, 1], each with its count,
 * mean confidence and accuracy, and the expected calibration error
 * ECE = Σ_b (n_b / N) · |accuracy_b − meanConfidence_b| (Guo et al., "On Calibration of Modern
 * Neural Networks", 2017, eq. 3). A perfectly calibrated extractor has ECE 0; one that says 0.95
 * and is right 80% of the time has 0.15.
 */
export interface Judgement {
  confidence: number;
  right: boolean;
}

export interface CalibrationBin {
  /** Lower edge, inclusive; the last bin also includes 1. */
  from: number;
  to: number;
  count: number;
  meanConfidence: number;
  accuracy: number;
}

export interface Calibration {
  judged: number;
  ece: number;
  bins: CalibrationBin[];
  /** Values reported with confidence ≥ 0.9: how many, and the share that was right (null when none). */
  confident: { count: number; accuracy: number | null };
}

const binCount = 10;

export function calibrationOf(judgements: readonly Judgement[]): Calibration {
  const sums = Array.from({ length: binCount }, () => ({ count: 0, confidence: 0, right: 0 }));
  for (const j of judgements) {
    const b = sums[Math.min(binCount - 1, Math.max(0, Math.floor(j.confidence * binCount)))]!;
    b.count++;
    b.confidence += j.confidence;
    if (j.right) b.right++;
  }
  const bins: CalibrationBin[] = [];
  let ece = 0;
  sums.forEach((s, i) => {
    if (s.count === 0) return;
    const bin = { from: i / binCount, to: (i + 1) / binCount, count: s.count, meanConfidence: s.confidence / s.count, accuracy: s.right / s.count };
    bins.push(bin);
    ece += (s.count / judgements.length) * Math.abs(bin.accuracy - bin.meanConfidence);
  });
  const confident = judgements.filter((j) => j.confidence >= 0.9);
  return {
    judged: judgements.length,
    ece,
    bins,
    confident: { count: confident.length, accuracy: confident.length === 0 ? null : confident.filter((j) => j.right).length / confident.length },
  };
}
