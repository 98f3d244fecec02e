import type { ExtractedField } from './validation-input';

/** A person's decision on a document the rules sent to review (reviews.completed.v1). */
export interface ReviewDecision {
  decision: 'ACCEPTED' | 'REJECTED';
  reviewer: string;
  rationale: string | null;
  corrections: readonly { name: string; value: string }[];
}

/**
 * The fields after a review: each correction replaces the extracted field of that name (or adds it)
 * with confidence 1, because a person vouched for it, and no source span (the person's value need
 * not be printed anywhere); an empty value removes the field. Order of the
 * extracted fields is kept; added fields come last.
 */
export function applyReviewCorrections(
  fields: readonly ExtractedField[],
  review: Pick<ReviewDecision, 'corrections'>,
): ExtractedField[] {
  const corrections = new Map(review.corrections.map((c) => [c.name, c.value]));
  const out: ExtractedField[] = [];
  for (const field of fields) {
    const corrected = corrections.get(field.name);
    if (corrected === undefined) out.push({ ...field });
    else if (corrected !== '') out.push({ name: field.name, value: corrected, confidence: 1, span: null });
  }
  const present = new Set(fields.map((field) => field.name));
  for (const [name, value] of corrections) {
    if (!present.has(name) && value !== '') out.push({ name, value, confidence: 1, span: null });
  }
  return out;
}
