import { describe, expect, it } from 'vitest';
import { findIbans, ibanChecksumValid } from './iban-check';

describe('IBAN mod-97', () => {
  it('accepts published example IBANs', () => {
    expect(ibanChecksumValid('DE89370400440532013000')).toBe(true);
    expect(ibanChecksumValid('GB82 WEST 1234 5698 7654 32')).toBe(true);
    expect(ibanChecksumValid('FR1420041010050500013M02606')).toBe(true);
  });

  it('rejects a single changed digit and swapped check digits', () => {
    expect(ibanChecksumValid('DE89370400440532013001')).toBe(false);
    expect(ibanChecksumValid('DE98370400440532013000')).toBe(false);
  });

  it('finds grouped and compact IBANs and stops at the country length', () => {
    const text = 'IBAN: DE89 3704 0044 0532 0130 00 BIC COBADEFFXXX\nor GB82WEST12345698765432.';
    const found = findIbans(text);
    expect(found.map((f) => f.iban)).toEqual(['DE89370400440532013000', 'GB82WEST12345698765432']);
    expect(found.every((f) => f.valid)).toBe(true);
  });

  it('reports a broken checksum instead of dropping the IBAN', () => {
    expect(findIbans('IBAN DE89 3704 0044 0532 0130 01')).toEqual([expect.objectContaining({ iban: 'DE89370400440532013001', valid: false })]);
  });
});
