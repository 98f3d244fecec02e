import { describe, expect, it } from 'vitest';
import { foldName, normalizeCompanyName } from './company-name';

describe('normalizeCompanyName', () => {
  it('reduces legal-form and case variants of one company to one name', () => {
    for (const variant of ['ACME GmbH', 'Acme', 'ACME Gesellschaft mbH', 'Acme  G.m.b.H.', 'acme gmbh & co. kg']) {
      expect(normalizeCompanyName(variant)).toBe('acme');
    }
  });

  it('folds accents and letters NFKD keeps', () => {
    expect(foldName('Société Générale')).toBe('societe generale');
    expect(normalizeCompanyName('Wisła Meble Sp. z o.o.')).toBe('wisla meble');
    expect(normalizeCompanyName('Wisła Meble Spółka z ograniczoną odpowiedzialnością')).toBe('wisla meble');
    expect(normalizeCompanyName('Straßenbau Süd GmbH')).toBe('strassenbau sud');
  });

  it('strips legal forms only at the end and keeps a name that is only a legal form', () => {
    expect(normalizeCompanyName('AG Bank Holding Ltd')).toBe('ag bank holding');
    expect(normalizeCompanyName('Limited')).toBe('limited');
    expect(normalizeCompanyName('Brandt & Söhne KG')).toBe('brandt sohne');
    expect(normalizeCompanyName('Papeterie Durand Société à responsabilité limitée')).toBe('papeterie durand');
  });
});
