import type { RedactionScore } from './redaction-scoring';

/** Types whose labelled strings carry check digits (stdnum validators). */
export const checksumTypes = ['us_ssn', 'uk_nino', 'nl_bsn', 'de_tax_id', 'fr_nir', 'in_aadhaar', 'in_pan', 'es_dni', 'it_codice_fiscale', 'pl_pesel', 'se_personnummer'];

/**
 * Recall groups and the floors of issue 13 (`target`), with the floor committed for the test split
 * (`floor`): equal to the target where the redactor meets it, else the level it holds today, so a
 * change that loses ground fails while the gap stays visible in `npm run eval -- privacy`.
 */
export const privacyFloors = [
  { group: 'checksum identifiers', types: checksumTypes, target: 0.99, floor: 0.99 },
  { group: 'e-mail', types: ['email'], target: 0.99, floor: 0.99 },
  { group: 'IBAN', types: ['iban'], target: 0.99, floor: 0.99 },
  { group: 'payment card', types: ['payment_card'], target: 0.99, floor: 0.99 },
  { group: 'phone', types: ['phone'], target: 0.99, floor: 0.99 },
  { group: 'IP address', types: ['ip_address'], target: 0.99, floor: 0.99 },
  { group: 'person name', types: ['person_name'], target: 0.95, floor: 0.95 },
  { group: 'postal address', types: ['postal_address'], target: 0.95, floor: 0.95 },
  { group: 'date of birth', types: ['date_of_birth'], target: 0.95, floor: 0.95 },
] as const;

export const precisionFloor = { target: 0.95, floor: 0.95 };

/** Pooled recall of a group of types: hidden strings over labelled strings. */
export function groupRecall(score: RedactionScore, types: readonly string[]): number {
  const entries = score.recall.filter((entry) => types.includes(entry.type));
  const labelled = entries.reduce((sum, entry) => sum + entry.labelled, 0);
  return labelled === 0 ? 1 : entries.reduce((sum, entry) => sum + entry.hidden, 0) / labelled;
}
