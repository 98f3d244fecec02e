import type { Calibration } from './calibration';
import type { CorpusScore, FieldVerdict } from './extraction-scoring';

/**
 * Plain-text tables of a corpus score: per field (documents, labelled, extracted, right values,
 * accuracy, precision, recall), then the calibration bins with the ECE. Aggregates only: safe
 * to print for blind corpora. `failureLines` lists per-document misses and is for readable
 * corpora only (the caller enforces that).
 */
const pct = (x: number) => x.toFixed(3);

export function fieldTable(score: CorpusScore): string[] {
  const head = `${'field'.padEnd(18)}${'docs'.padStart(6)}${'label'.padStart(7)}${'pred'.padStart(6)}${'right'.padStart(7)}${'acc'.padStart(8)}${'P'.padStart(8)}${'R'.padStart(8)}`;
  const rows = [...score.fields]
    .sort((a, b) => a.field.localeCompare(b.field))
    .map(
      (f) =>
        `${f.field.padEnd(18)}${String(f.documents).padStart(6)}${String(f.truth).padStart(7)}${String(f.predicted).padStart(6)}${String(f.truePositives).padStart(7)}${pct(f.accuracy).padStart(8)}${pct(f.precision).padStart(8)}${pct(f.recall).padStart(8)}`,
    );
  const key = score.invoiceKeyAccuracy === null ? [] : [`mean accuracy over the invoice key fields: ${pct(score.invoiceKeyAccuracy)}`];
  return [head, ...rows, ...key];
}

export function calibrationTable(calibration: Calibration): string[] {
  const rows = calibration.bins.map(
    (b) => `  [${b.from.toFixed(1)}, ${b.to.toFixed(1)}${b.to >= 1 ? ']' : ')'}  n=${String(b.count).padStart(5)}  mean confidence ${pct(b.meanConfidence)}  accuracy ${pct(b.accuracy)}`,
  );
  const confident = calibration.confident.accuracy === null ? 'none' : `${pct(calibration.confident.accuracy)} of ${calibration.confident.count}`;
  return [`calibration (${calibration.judged} extracted values): ECE ${pct(calibration.ece)}; right at confidence ≥ 0.9: ${confident}`, ...rows];
}

export function failureLines(verdicts: readonly FieldVerdict[]): string[] {
  return verdicts.filter((v) => !v.right).map((v) => `  ${v.caseId}  ${v.field}: expected ${JSON.stringify(v.expected)}, got ${JSON.stringify(v.predicted)}`);
}
