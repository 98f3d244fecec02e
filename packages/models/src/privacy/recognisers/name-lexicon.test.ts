import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nameLexicon, nameListsUrl, neverAName } from './name-lexicon';
import { nameListsFromFaker } from './name-lexicon-source';

describe('name lexicon', () => {
  it('is the generated file of the installed @faker-js/faker (npx tsx packages/models/scripts/generate-name-lexicon.ts)', () => {
    expect(JSON.parse(readFileSync(nameListsUrl, 'utf8'))).toEqual(nameListsFromFaker());
  }, 60_000);

  it('knows given and family names of many cultures, and not common capitalised words', () => {
    const lexicon = nameLexicon();
    for (const given of ['Chiamaka', 'Mehmet', 'Katarzyna', 'Priya', 'Sanne']) expect(lexicon.isGivenName(given)).toBe(true);
    for (const family of ['Nguyễn', 'Yılmaz', 'Kowalski', 'Bakker', 'Agarwal']) expect(lexicon.isFamilyName(family)).toBe(true);
    for (const word of ['Invoice', 'Regards', 'Total', 'Paris']) expect(lexicon.isGivenName(word) || lexicon.isFamilyName(word)).toBe(false);
  });

  it('the names of identifier schemes are never names (`Priya Aadhaar` in a signature is Priya)', () => {
    for (const scheme of ['Aadhaar', 'PESEL', 'Nino', 'Passport']) expect(neverAName(scheme), scheme).toBe(true);
  });
});
