/** The kinds of exact keys a reference entity can carry (table `reference_entity_keys`, migration 0008). */
export const referenceKeyKinds = ['email-domain', 'customer-number', 'iban', 'vat-id'] as const;
export type ReferenceKeyKind = (typeof referenceKeyKinds)[number];

/** An exact identifier of a reference entity: `{ kind: 'email-domain', value: 'acme.example' }`. */
export interface ReferenceKey {
  kind: ReferenceKeyKind;
  value: string;
}

/**
 * The stored and queried form of a key: e-mail domains lower case without a leading `@`; customer
 * numbers, IBANs and VAT ids upper case without spaces (IBANs and VAT ids are printed in groups).
 */
export function normalizeReferenceKey(kind: ReferenceKeyKind, value: string): string {
  const trimmed = value.trim();
  if (kind === 'email-domain') return trimmed.replace(/^@/, '').toLowerCase();
  if (kind === 'customer-number') return trimmed.toUpperCase();
  return trimmed.replace(/[\s.-]+/g, '').toUpperCase();
}
