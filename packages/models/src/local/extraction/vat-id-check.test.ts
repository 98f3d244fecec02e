import { describe, expect, it } from 'vitest';
import { findVatIds, normaliseVatId } from './vat-id-check';

describe('VAT ids', () => {
  it.each([
    ['DE 123 456 789', 'DE123456789'],
    ['ATU12345678', 'ATU12345678'],
    ['FR 40 303 265 045', 'FR40303265045'],
    ['BE 0123.456.789', 'BE0123456789'],
    ['NL123456789B01', 'NL123456789B01'],
    ['GB 123 4567 89', 'GB123456789'],
    ['ES-B12345678', 'ESB12345678'],
    ['CHE-123.456.789 MWST', 'CHE123456789'],
  ])('%s → %s', (raw, expected) => {
    expect(normaliseVatId(raw)).toBe(expected);
  });

  it('rejects wrong lengths and a wrong French key', () => {
    expect(normaliseVatId('DE12345678')).toBeNull();
    expect(normaliseVatId('FR41303265045')).toBeNull();
    expect(normaliseVatId('NL123456789')).toBeNull();
  });

  it('finds a spaced VAT id in text and stops before the next word', () => {
    expect(findVatIds('USt-IdNr.: DE 123 456 789 Amtsgericht Berlin').map((v) => v.vatId)).toEqual(['DE123456789']);
  });
});
