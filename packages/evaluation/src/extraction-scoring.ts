import type { DocumentKind } from '@sluice/models';
import { calibrationOf, type Calibration, type Judgement } from './calibration';
import { sameFieldValue } from './field-comparison';
import type { CaseResult, ExpectedValue, PredictedField } from './labelled-case';

/**
 * Field-by-field scores of one corpus. A field is scored on a document when the document's
 * labels name it (a `null` label included). Per field:
 * - accuracy = documents where the extractor is right / documents scored, where right means the
 *   value equals the label (field-comparison.ts), or the label is `null` and the extractor left
 *   the field out; for repeated fields (`customerIds`, `orderIds`), the two lists hold the same
 *   values, order ignored;
 * - precision = right values / values extracted; recall = right values / labelled values (a
 *   `null` label counts in neither; a repeated field counts each value);
 * - calibration over every extracted value (calibration.ts).
 */
export const scoredFields: Readonly<Record<DocumentKind, readonly string[]>> = {
  invoice: ['invoiceNumber', 'issueDate', 'dueDate', 'currency', 'netAmount', 'taxAmount', 'totalAmount', 'vendorName', 'iban', 'vatId', 'orderNumber', 'documentType', 'lineItems.amount'],
  email: ['intent', 'senderEmail', 'senderName', 'customerIds', 'orderIds', 'urgency'],
  ticket: ['category', 'priority'],
  other: [],
};

/** The invoice fields issue 8's floors are set on (mean accuracy ≥ 0.95, none below 0.90). */
export const invoiceKeyFields = ['invoiceNumber', 'issueDate', 'dueDate', 'totalAmount', 'currency', 'vendorName', 'iban', 'vatId'] as const;

const repeatedFields = new Set(['customerIds', 'orderIds', 'lineItems.amount']);

export interface FieldScore {
  field: string;
  documents: number;
  correct: number;
  truth: number;
  predicted: number;
  truePositives: number;
  accuracy: number;
  precision: number;
  recall: number;
}

export interface CorpusScore {
  documents: number;
  fields: FieldScore[];
  calibration: Calibration;
  /** Mean accuracy over the invoice key fields present (null when the corpus has no invoices). */
  invoiceKeyAccuracy: number | null;
}

/** One field's verdict on one document, for failure listings of readable corpora. */
export interface FieldVerdict {
  caseId: string;
  field: string;
  expected: ExpectedValue;
  predicted: string | string[] | null;
  right: boolean;
}

function baseName(name: string): string {
  return name.replace(/\[\d+\]/g, '');
}

interface Tally {
  documents: number;
  correct: number;
  truth: number;
  predicted: number;
  truePositives: number;
}

function judgeSingle(field: string, expected: string | null, predictions: readonly PredictedField[], judged: Judgement[]) {
  const best = [...predictions].sort((a, b) => b.confidence - a.confidence)[0];
  const rightValue = best !== undefined && expected !== null && sameFieldValue(field, expected, best.value);
  if (best) judged.push({ confidence: best.confidence, right: rightValue });
  return {
    right: best === undefined ? expected === null : rightValue,
    truth: expected === null ? 0 : 1,
    predicted: best ? 1 : 0,
    truePositives: rightValue ? 1 : 0,
    value: best?.value ?? null,
  };
}

function judgeRepeated(field: string, expected: readonly string[], predictions: readonly PredictedField[], judged: Judgement[]) {
  const open = [...expected];
  let matched = 0;
  for (const p of predictions) {
    const at = open.findIndex((e) => sameFieldValue(field, e, p.value));
    if (at >= 0) {
      open.splice(at, 1);
      matched++;
    }
    judged.push({ confidence: p.confidence, right: at >= 0 });
  }
  return {
    right: open.length === 0 && matched === predictions.length,
    truth: expected.length,
    predicted: predictions.length,
    truePositives: matched,
    value: predictions.map((p) => p.value),
  };
}

/** Scores every result; `verdicts` receives each field's verdict when given (readable corpora only). */
export function scoreCorpus(results: readonly CaseResult[], verdicts?: FieldVerdict[]): CorpusScore {
  const tallies = new Map<string, Tally>();
  const judged: Judgement[] = [];
  for (const { case: c, fields } of results) {
    for (const field of scoredFields[c.kind]) {
      if (!(field in c.expected)) continue;
      const expected = c.expected[field] ?? null;
      const predictions = fields.filter((f) => baseName(f.name) === field);
      const verdict = repeatedFields.has(field)
        ? judgeRepeated(field, typeof expected === 'string' ? [expected] : (expected ?? []), predictions, judged)
        : judgeSingle(field, typeof expected === 'string' || expected === null ? expected : (expected[0] ?? null), predictions, judged);
      const t = tallies.get(field) ?? { documents: 0, correct: 0, truth: 0, predicted: 0, truePositives: 0 };
      t.documents++;
      if (verdict.right) t.correct++;
      t.truth += verdict.truth;
      t.predicted += verdict.predicted;
      t.truePositives += verdict.truePositives;
      tallies.set(field, t);
      verdicts?.push({ caseId: c.id, field, expected, predicted: verdict.value, right: verdict.right });
    }
  }
  const fields = [...tallies.entries()].map(([field, t]) => ({
    field,
    ...t,
    accuracy: t.correct / t.documents,
    precision: t.predicted === 0 ? 1 : t.truePositives / t.predicted,
    recall: t.truth === 0 ? 1 : t.truePositives / t.truth,
  }));
  const key = fields.filter((f) => (invoiceKeyFields as readonly string[]).includes(f.field));
  return {
    documents: results.length,
    fields,
    calibration: calibrationOf(judged),
    invoiceKeyAccuracy: key.length === 0 ? null : key.reduce((s, f) => s + f.accuracy, 0) / key.length,
  };
}
