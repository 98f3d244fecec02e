import type { ExtractedField } from '../model-contracts';

/**
 * Source spans for a chat model's fields. The model answers values, not offsets (offsets a model
 * writes are not to be trusted), so a field gets the span of the first place its value is printed
 * verbatim in the text (case ignored), and null when the value was normalised away from how it is
 * printed (dates, amounts, compacted IBANs) or not printed at all.
 */
export function withValueSpans(fields: readonly ExtractedField[], text: string): ExtractedField[] {
  const lower = text.toLowerCase();
  const sameLength = lower.length === text.length;
  return fields.map((field) => {
    if (field.value.length < 2 || !sameLength) return { ...field, span: null };
    const at = lower.indexOf(field.value.toLowerCase());
    return { ...field, span: at >= 0 ? { start: at, end: at + field.value.length } : null };
  });
}
