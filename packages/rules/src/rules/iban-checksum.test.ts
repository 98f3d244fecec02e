import { describe, expect, it } from 'vitest';
import { breakIban, createRandom, generateIban } from '@sluice/samples';
import { validationInput } from '../validation-input-builder';
import { ibanChecksum, ibanChecksumValid } from './iban-checksum';

const run = (fields: Record<string, string>) =>
  ibanChecksum.bind(ibanChecksum.params.parse({}))(validationInput(fields)).map((f) => (typeof f === 'string' ? f : f.detail));

describe('iban-checksum', () => {
  it('accepts published example IBANs', () => {
    // Examples from the SWIFT IBAN registry.
    for (const iban of [
      'DE89370400440532013000',
      'GB29NWBK60161331926819',
      'FR1420041010050500013M02606',
      'CH9300762011623852957',
    ]) {
      expect(ibanChecksumValid(iban)).toBe(true);
    }
  });

  it('agrees with the sample generator on good and broken IBANs', () => {
    const random = createRandom(11);
    for (const country of ['DE', 'GB', 'FR', 'NL', 'PL']) {
      const iban = generateIban(country, random);
      expect(ibanChecksumValid(iban)).toBe(true);
      expect(ibanChecksumValid(breakIban(iban, random))).toBe(false);
    }
  });

  it('reports a bad IBAN, tolerating print spacing', () => {
    expect(run({ iban: 'DE89 3704 0044 0532 0130 00' })).toEqual([]);
    expect(run({ iban: 'DE89370400440532013001' })).toEqual([
      'iban DE89370400440532013001 fails the mod-97 check',
    ]);
    expect(run({ iban: 'not an iban' })).toHaveLength(1);
  });

  it('has nothing to say without an IBAN', () => {
    expect(run({})).toEqual([]);
  });
});
