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
 * numbers, IBANs and VAT ids upper case without spaces (IBANs and VAT ids are printed in groups);
 * a VAT id also without the tax's name that Swiss and Norwegian ids carry after the number
 * (`CHE-123.456.789 MWST`, `NO 123 456 789 MVA`), so the printed and the registered form meet.
 */
export function normalizeReferenceKey(kind: ReferenceKeyKind, value: string): string {
  const trimmed = value.trim();
  if (kind === 'email-domain') return trimmed.replace(/^@/, '').toLowerCase();
  if (kind === 'customer-number') return trimmed.toUpperCase();
  const compact = trimmed.replace(/[\s.-]+/g, '').toUpperCase();
  return kind === 'vat-id' ? compact.replace(/(?<=\d)(?:MWST|TVA|IVA|MVA)$/, '') : compact;
}
