import type { LabelledDocument } from './labelled-document';

/**
 * Scores extracted fields against the ground truth: per field precision, recall and F1, and a
 * calibration table (accuracy per confidence bucket). Indexed fields are scored under their
 * base name; customer ids as a set (order is not meaningful), line items by position.
 */
export interface ScoredField {
  name: string;
  value: string;
  confidence: number;
}

export interface FieldScore {
  field: string;
  truth: number;
  predicted: number;
  correct: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface CalibrationBucket {
  range: string;
  count: number;
  accuracy: number;
  meanConfidence: number;
}

export interface ExtractionScore {
  documents: number;
  fields: FieldScore[];
  calibration: CalibrationBucket[];
}

const bucketEdges = [0, 0.5, 0.7, 0.8, 0.9, 0.95, 1.0001];

function baseName(name: string): string {
  return name.replace(/\[\d+\]/g, '');
}

function sameValue(field: string, a: string, b: string): boolean {
  if (/amount|unitPrice|quantity|Amount$/i.test(field) && !/description/.test(field)) {
    return Number.isFinite(Number(a)) && Math.abs(Number(a) - Number(b)) < 0.005;
  }
  const norm = (s: string) => s.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
  return norm(a) === norm(b);
}

export function scoreExtraction(results: readonly { sample: LabelledDocument; fields: readonly ScoredField[] }[]): ExtractionScore {
  const tally = new Map<string, { truth: number; predicted: number; correct: number }>();
  const judged: { confidence: number; right: boolean }[] = [];
  const bump = (field: string, key: 'truth' | 'predicted' | 'correct') => {
    const t = tally.get(field) ?? { truth: 0, predicted: 0, correct: 0 };
    t[key]++;
    tally.set(field, t);
  };
  for (const { sample, fields } of results) {
    const truth = sample.truth.fields;
    for (const name of Object.keys(truth)) bump(baseName(name), 'truth');
    const truthIds = Object.entries(truth).filter(([n]) => baseName(n) === 'customerIds').map(([, v]) => v);
    for (const f of fields) {
      const field = baseName(f.name);
      bump(field, 'predicted');
      const expected = truth[f.name];
      const right = field === 'customerIds' ? truthIds.some((v) => sameValue(field, v, f.value)) : expected !== undefined && sameValue(field, expected, f.value);
      if (right) bump(field, 'correct');
      judged.push({ confidence: f.confidence, right });
    }
  }
  const fieldScores = [...tally.entries()]
    .map(([field, t]) => {
      const precision = t.predicted === 0 ? (t.truth === 0 ? 1 : 0) : t.correct / t.predicted;
      const recall = t.truth === 0 ? 1 : t.correct / t.truth;
      const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
      return { field, ...t, precision, recall, f1 };
    })
    .sort((a, b) => a.field.localeCompare(b.field));
  const calibration: CalibrationBucket[] = [];
  for (let i = 0; i < bucketEdges.length - 1; i++) {
    const lo = bucketEdges[i]!;
    const hi = bucketEdges[i + 1]!;
    const inBucket = judged.filter((j) => j.confidence >= lo && j.confidence < hi);
    if (inBucket.length === 0) continue;
    calibration.push({
      range: `[${lo.toFixed(2)}, ${Math.min(hi, 1).toFixed(2)}${hi > 1 ? ']' : ')'}`,
      count: inBucket.length,
      accuracy: inBucket.filter((j) => j.right).length / inBucket.length,
      meanConfidence: inBucket.reduce((s, j) => s + j.confidence, 0) / inBucket.length,
    });
  }
  return { documents: results.length, fields: fieldScores, calibration };
}
