import type { Calibration } from './calibration';
import type { CorpusScore, FieldVerdict } from './extraction-scoring';
import type { CaseResult } from './labelled-case';

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

/**
 * Confusion of one single-valued enum field (`intent`, `category`, ...), per tenant: a row per
 * labelled value with its count, accuracy and what it was taken for (`refund→complaint 2`).
 * Counts only, no document: safe to print for blind corpora.
 */
export function confusionLines(results: readonly CaseResult[], field: string): string[] {
  const byTenant = new Map<string, Map<string, Map<string, number>>>();
  for (const r of results) {
    const expected = r.case.expected[field];
    if (typeof expected !== 'string') continue;
    const predicted = [...r.fields].filter((f) => f.name === field).sort((a, b) => b.confidence - a.confidence)[0]?.value ?? '(none)';
    const rows = byTenant.get(r.case.tenant) ?? new Map<string, Map<string, number>>();
    byTenant.set(r.case.tenant, rows);
    const row = rows.get(expected.toLowerCase()) ?? new Map<string, number>();
    rows.set(expected.toLowerCase(), row);
    row.set(predicted.toLowerCase(), (row.get(predicted.toLowerCase()) ?? 0) + 1);
  }
  const out: string[] = [];
  for (const [tenant, rows] of [...byTenant].sort(([a], [b]) => a.localeCompare(b))) {
    const total = [...rows.values()].reduce((n, row) => n + [...row.values()].reduce((a, b) => a + b, 0), 0);
    const right = [...rows].reduce((n, [label, row]) => n + (row.get(label) ?? 0), 0);
    out.push(`${field} confusion, tenant ${tenant}: ${right}/${total} right (${pct(total === 0 ? 0 : right / total)})`);
    for (const [label, row] of [...rows].sort(([a], [b]) => a.localeCompare(b))) {
      const n = [...row.values()].reduce((a, b) => a + b, 0);
      const wrong = [...row].filter(([p]) => p !== label).sort((a, b) => b[1] - a[1]).map(([p, c]) => `${p} ${c}`);
      out.push(`  ${label.padEnd(18)} n=${String(n).padStart(3)}  acc ${pct((row.get(label) ?? 0) / n)}${wrong.length ? `  taken for: ${wrong.join(', ')}` : ''}`);
    }
  }
  return out;
}
