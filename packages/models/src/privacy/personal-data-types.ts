/**
 * The closed list of personal-data types the redactor hides. Each becomes a placeholder tag
 * (`[PERSON_1]`, `[NATIONAL_ID_2]`); the audit trail counts them per type, never the values.
 */
export const personalDataTypes = [
  'EMAIL',
  'IBAN',
  'CARD',
  'PHONE',
  'PERSON',
  'ADDRESS',
  'DATE_OF_BIRTH',
  'IP_ADDRESS',
  /** Identifiers with a check digit or fixed scheme: SSN, NINO, BSN, Steuer-IdNr, NIR, Aadhaar, PAN, DNI/NIE, codice fiscale, PESEL, personnummer, ... */
  'NATIONAL_ID',
  'PASSPORT',
  'ID_CARD',
  'HEALTH_INSURANCE',
  'DRIVING_LICENCE',
] as const;

export type PersonalDataType = (typeof personalDataTypes)[number];

/** One recognised occurrence: `text.slice(start, end)` is personal data of `type`. */
export interface Finding {
  start: number;
  end: number;
  type: PersonalDataType;
}

/** A recogniser finds occurrences of one family of personal data in a text. */
export interface Recogniser {
  /** Shown in docs and eval output, e.g. `national-id (stdnum)`. */
  name: string;
  find(text: string): Finding[];
}

/** Every match of a global pattern as a finding, optionally filtered (e.g. by a checksum). */
export function patternFindings(
  text: string,
  pattern: RegExp,
  type: PersonalDataType,
  accept: (value: string, match: RegExpExecArray) => boolean = () => true,
  group = 0,
): Finding[] {
  const found: Finding[] = [];
  for (const match of text.matchAll(pattern)) {
    const value = match[group];
    if (value === undefined || !accept(value, match)) continue;
    // Capture groups need the pattern's `d` flag for their offsets.
    const start = group === 0 ? (match.index ?? 0) : (match.indices?.[group]?.[0] ?? (match.index ?? 0) + match[0].indexOf(value));
    found.push({ start, end: start + value.length, type });
  }
  return found;
}
