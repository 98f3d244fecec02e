import type { ExtractedField, FieldTarget, FieldType } from '../model-contracts';

/**
 * The normalised forms promised in model-contracts.ts, in one place: the OpenAI-compatible adapter
 * checks a parsed answer with them, and the extraction router checks every link's answer (local
 * models too), so nothing that does not fit the targets leaves the model layer.
 */
const valueChecks: Record<FieldType, (value: string, target: FieldTarget) => boolean> = {
  string: (value) => value.trim().length > 0,
  date: (value) => /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value)),
  amount: (value) => /^-?\d+(\.\d+)?$/.test(value),
  currency: (value) => /^[A-Z]{3}$/.test(value),
  iban: (value) => /^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(value),
  // Compact, upper case, with the country prefix; a Swiss id keeps its printed MWST/TVA/IVA suffix
  // (CHE123456789MWST), as the extractor reads it and reference keys match it.
  vatId: (value) => /^[A-Z]{2}[A-Z0-9]{2,13}(?:MWST|TVA|IVA)?$/.test(value),
  email: (value) => /^[^\s@]+@[^\s@]+$/.test(value),
  enum: (value, target) => target.values?.includes(value) ?? false,
};

/** `lineItems[3].amount` → `lineItems.amount`, however the target spells its repetition
 * (`lineItems[].amount` or `lineItems.amount`). */
function targetKey(name: string): string {
  return name.replace(/\[\d*\]/g, '');
}

/** The target a (possibly indexed) field name belongs to; indexed names only match repeated targets. */
export function findFieldTarget(name: string, targets: readonly FieldTarget[]): FieldTarget | undefined {
  const exact = targets.find((target) => target.name === name);
  if (exact) return exact;
  const key = targetKey(name);
  return targets.find((target) => target.repeated === true && targetKey(target.name) === key);
}

/** Whether `value` is in the normalised form of `target`'s type. */
export function valueFitsTarget(value: string, target: FieldTarget): boolean {
  return valueChecks[target.type](value, target);
}

/**
 * Everything wrong with an extraction answer against its targets, one readable line per problem
 * (empty when it fits): unknown or repeated names, values not in normalised form, confidences
 * outside 0..1. Values are cut to 40 characters so a problem list never carries a whole document.
 */
export function fieldProblems(fields: readonly ExtractedField[], targets: readonly FieldTarget[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const field of fields) {
    const target = findFieldTarget(field.name, targets);
    if (!target) {
      problems.push(`unknown field ${field.name}`);
      continue;
    }
    if (seen.has(field.name)) problems.push(`${field.name}: given more than once`);
    seen.add(field.name);
    if (!valueFitsTarget(field.value, target)) {
      problems.push(`${field.name}: "${field.value.slice(0, 40)}" is not a normalised ${target.type}`);
    }
    if (!Number.isFinite(field.confidence) || field.confidence < 0 || field.confidence > 1) {
      problems.push(`${field.name}: confidence ${field.confidence} is outside 0..1`);
    }
  }
  return problems;
}
