import { beforeAll, describe, expect, it } from 'vitest';
import { targetsFor } from '../../extraction-targets';
import type { ExtractionModel } from '../../model-contracts';
import { createDefaultLocalExtractionModel } from './local-extraction-model';
import { namePart } from './seller-name-shape';

/**
 * Sellers whose registered name is more than the first part of the line, or a person behind a
 * trading name: a Slovak/Czech sole trader's "Ing. X – ADDITION", a Polish s.c. with its partners,
 * an Italian s.a.s. with "di … & C." wrapped to the next line, a Philippine sole proprietor
 * "doing business under the name and style of", a Czech shop sign over its owner with the IČO.
 * Inputs written for these classes.
 */
let model: ExtractionModel;

async function vendor(text: string): Promise<string | undefined> {
  const result = await model.extract({ documentId: 'seller', tenant: 't', kind: 'invoice', text }, targetsFor('invoice'));
  return result.value.find((f) => f.name === 'vendorName')?.value;
}

describe('the registered name of partnerships and sole traders', () => {
  beforeAll(async () => {
    model = await createDefaultLocalExtractionModel();
  });

  it('a titled person with a business addition keeps it; a person with a street does not', () => {
    expect(namePart('Ing. Pavol Bielik – BIELIK STAV')).toBe('Ing. Pavol Bielik – BIELIK STAV');
    expect(namePart('Mgr. Jana Nováková - JN PREKLADY')).toBe('Mgr. Jana Nováková - JN PREKLADY');
    expect(namePart('Ing. Pavol Bielik - Hlavná 12')).toBe('Ing. Pavol Bielik');
  });

  it('a Polish s.c. names its partners after commas; an address after them is not a partner', () => {
    expect(namePart('"DREWNEX" s.c. Piotr Lis, Ewa Kruk, ul. Długa 4')).toBe('"DREWNEX" s.c. Piotr Lis, Ewa Kruk');
    expect(namePart('Kowalski Piotr Lis, Ewa Kruk')).toBe('Kowalski Piotr Lis');
  });

  it('a Slovak invoice: the sole trader with the business addition', async () => {
    const text = ['                      FAKTÚRA', 'Dodávateľ:                         Odberateľ:', 'Ing. Pavol Bielik – BIELIK STAV       Obec Hrabovka', 'Hlavná 12                           Námestie 1', 'IČO: 12 345 678', 'Faktúra číslo: 2026018', 'Spolu k úhrade:  1 200,00 EUR'].join('\n');
    expect(await vendor(text)).toBe('Ing. Pavol Bielik – BIELIK STAV');
  });

  it('an Italian receipt: the s.a.s. with "di … & C." on the next line', async () => {
    const text = ['        ALIMENTARI DA NINO', '   gestito da', '   ROSSETTI ALIMENTI S.A.S.', '   DI ROSSETTI NINO & C.', '   Via Po 3 - Torino', '   P.IVA 01234567890', '   DOCUMENTO COMMERCIALE', 'PANE              2,40', 'TOTALE COMPLESSIVO   2,40'].join('\n');
    expect(await vendor(text)).toBe('ROSSETTI ALIMENTI S.A.S. DI ROSSETTI NINO & C.');
    expect(namePart('Ferramenta Bassi S.n.c. di Bassi Luca & C.')).toBe('Ferramenta Bassi S.n.c. di Bassi Luca & C.');
  });

  it('a sole proprietor "doing business under the name and style of" the trading name is the seller', async () => {
    const text = ['                 RDL AIRCON SERVICES', '        14 Rizal Ave., Quezon City', '             SERVICE INVOICE', 'Sold to: Ortigas Dental Clinic            No. 0088', 'Total Amount Due       PHP 5,600.00', '', ' RAMON D. LUNA doing business under the name and style of RDL AIRCON SERVICES'].join('\n');
    expect(await vendor(text)).toBe('RAMON D. LUNA');
  });

  it('a Czech receipt: the owner with the IČO under the shop sign', async () => {
    const text = ['  PEKÁRNA U MOSTU', '  Karel Dvořák, IČO 12345678', '  Mostní 4, Písek', 'Účtenka č. 2026/0412   02.10.2026', 'Chléb 1 ks        49,00', 'CELKEM Kč         49,00'].join('\n');
    expect(await vendor(text)).toBe('Karel Dvořák');
  });
});
