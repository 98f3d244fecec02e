import type { PrivacyDocument } from './privacy-corpus';

/** A redacted span on the original text, with the type the redactor gave it. */
export interface RedactedSpan {
  start: number;
  end: number;
  type: string;
}

export interface TypeRecall {
  type: string;
  labelled: number;
  hidden: number;
  recall: number;
}

export interface SpanPrecision {
  type: string;
  spans: number;
  onPersonalData: number;
  precision: number;
}

export interface KeepPreservation {
  type: string;
  labelled: number;
  intact: number;
  rate: number;
}

export interface RedactionScore {
  documents: number;
  recall: TypeRecall[];
  precision: SpanPrecision[];
  overallPrecision: number;
  keep: KeepPreservation[];
  /** Labelled strings left (partly) visible, per document: printed for the dev split only. */
  misses: Array<{ id: string; type: string; text: string }>;
  /** Redacted spans on no labelled personal data, per document: printed for the dev split only. */
  falsePositives: Array<{ id: string; type: string; text: string }>;
}

function occurrences(text: string, needle: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) found.push(at);
  return found;
}

/**
 * Scores redaction against the labels. Definitions (also in bench/privacy/README.md):
 * - recall of a type: the share of its labelled strings of which EVERY occurrence in the document
 *   is fully hidden, i.e. every letter and digit of the occurrence lies inside a redacted span
 *   (separating spaces and punctuation may stay);
 * - precision: the share of redacted spans that overlap a labelled personal-data occurrence; a
 *   span on a look-alike (`keep`) or on unlabelled text counts against it; per type of the span;
 * - keep preservation: the share of look-alike strings no redacted span touches.
 */
export function scoreRedaction(documents: readonly PrivacyDocument[], spansOf: (document: PrivacyDocument) => RedactedSpan[]): RedactionScore {
  const recall = new Map<string, { labelled: number; hidden: number }>();
  const precision = new Map<string, { spans: number; onPersonalData: number }>();
  const keep = new Map<string, { labelled: number; intact: number }>();
  const misses: RedactionScore['misses'] = [];
  const falsePositives: RedactionScore['falsePositives'] = [];
  for (const document of documents) {
    const spans = spansOf(document);
    const covered = new Uint8Array(document.text.length);
    for (const span of spans) covered.fill(1, span.start, span.end);
    const personal: Array<[number, number]> = [];
    for (const label of document.pii) {
      const entry = recall.get(label.type) ?? { labelled: 0, hidden: 0 };
      entry.labelled += 1;
      let hidden = true;
      for (const at of occurrences(document.text, label.text)) {
        personal.push([at, at + label.text.length]);
        for (let i = at; i < at + label.text.length; i += 1) {
          if (/[\p{L}\p{N}]/u.test(document.text[i] ?? '') && covered[i] === 0) hidden = false;
        }
      }
      if (hidden) entry.hidden += 1;
      else misses.push({ id: document.id, type: label.type, text: label.text });
      recall.set(label.type, entry);
    }
    for (const span of spans) {
      const entry = precision.get(span.type) ?? { spans: 0, onPersonalData: 0 };
      entry.spans += 1;
      if (personal.some(([start, end]) => span.start < end && start < span.end)) entry.onPersonalData += 1;
      else falsePositives.push({ id: document.id, type: span.type, text: document.text.slice(span.start, span.end) });
      precision.set(span.type, entry);
    }
    for (const label of document.keep) {
      const entry = keep.get(label.type) ?? { labelled: 0, intact: 0 };
      entry.labelled += 1;
      const touched = occurrences(document.text, label.text).some((at) => spans.some((span) => span.start < at + label.text.length && at < span.end));
      if (!touched) entry.intact += 1;
      keep.set(label.type, entry);
    }
  }
  const totalSpans = [...precision.values()].reduce((sum, entry) => sum + entry.spans, 0);
  const totalRight = [...precision.values()].reduce((sum, entry) => sum + entry.onPersonalData, 0);
  return {
    documents: documents.length,
    recall: [...recall].sort(([a], [b]) => a.localeCompare(b)).map(([type, e]) => ({ type, ...e, recall: e.labelled ? e.hidden / e.labelled : 1 })),
    precision: [...precision].sort(([a], [b]) => a.localeCompare(b)).map(([type, e]) => ({ type, ...e, precision: e.spans ? e.onPersonalData / e.spans : 1 })),
    overallPrecision: totalSpans ? totalRight / totalSpans : 1,
    keep: [...keep].sort(([a], [b]) => a.localeCompare(b)).map(([type, e]) => ({ type, ...e, rate: e.labelled ? e.intact / e.labelled : 1 })),
    misses,
    falsePositives,
  };
}
