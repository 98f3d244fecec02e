import { describe, expect, it } from 'vitest';
import { normalizeReferenceKey } from './reference-keys';

describe('normalizeReferenceKey', () => {
  it('meets printed and registered VAT ids: groups, dots and the Swiss/Norwegian tax suffix removed', () => {
    expect(normalizeReferenceKey('vat-id', 'CHE-123.456.789 MWST')).toBe('CHE123456789');
    expect(normalizeReferenceKey('vat-id', 'NO 923 456 789 MVA')).toBe('NO923456789');
    expect(normalizeReferenceKey('vat-id', 'de 123 456 789')).toBe('DE123456789');
    expect(normalizeReferenceKey('iban', 'DE89 3704 0044 0532 0130 00')).toBe('DE89370400440532013000');
    expect(normalizeReferenceKey('email-domain', '@Acme.Example')).toBe('acme.example');
  });
});
