import type { ExtractedField, ValidationInput } from './validation-input';

/** The value of a field when it is present and not blank. */
export function fieldValue(input: ValidationInput, name: string): string | undefined {
  const value = input.fields.find((field) => field.name === name)?.value.trim();
  return value === undefined || value === '' ? undefined : value;
}

/** `lineItems[3].amount` → `lineItems.amount`, `customerIds[0]` → `customerIds` (the target name). */
export function targetNameOf(fieldName: string): string {
  return fieldName.replace(/\[\d+\]/g, '');
}

/** Fields whose target name is `targetName`, e.g. every `lineItems[i].amount` for `lineItems.amount`. */
export function fieldsOfTarget(input: ValidationInput, targetName: string): ExtractedField[] {
  return input.fields.filter((field) => targetNameOf(field.name) === targetName);
}

/**
 * Normalised amount → integer cents, so sums compare exactly instead of in binary floating point.
 * Undefined for anything that is not a plain decimal (the schema check reports those).
 */
export function toCents(value: string | undefined): number | undefined {
  if (value === undefined || !/^-?\d+(\.\d+)?$/.test(value)) return undefined;
  return Math.round(Number(value) * 100);
}

export function formatCents(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** A real calendar date in YYYY-MM-DD (2025-02-30 is not one). */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}
