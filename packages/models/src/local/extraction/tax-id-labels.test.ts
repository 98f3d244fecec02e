import { beforeAll, describe, expect, it } from 'vitest';
import { targetsFor } from '../../extraction-targets';
import type { ExtractionModel } from '../../model-contracts';
import { createDefaultLocalExtractionModel } from './local-extraction-model';

/**
 * Tax-id labels as national documents print them: Vietnamese "Mã số thuế (Tax code)", Bahraini
 * "VAT Account No.", Omani "VATIN", Senegalese NINEA, a Thai till's "TAX#", Kenyan KRA "PIN:",
 * Italian "P.IVA e C.F.". Inputs written for these labels.
 */
let model: ExtractionModel;

async function vatId(text: string): Promise<string | undefined> {
  const result = await model.extract({ documentId: 'tax-label', tenant: 't', kind: 'invoice', text }, targetsFor('invoice'));
  return result.value.find((f) => f.name === 'vatId')?.value;
}

describe('tax-id labels', () => {
  beforeAll(async () => {
    model = await createDefaultLocalExtractionModel();
  });

  it.each([
    ['vi', 'CÔNG TY TNHH AN PHÚ\nMã số thuế (Tax code): 0312345678\nHÓA ĐƠN GIÁ TRỊ GIA TĂNG\nTổng cộng: 1.100.000', '0312345678'],
    ['bh', 'Gulf Paper W.L.L.\nTAX INVOICE\nTotal BHD 11.000\nGulf Paper W.L.L. | C.R. No. 55120-1 | VAT Account No. 220011223300003', '220011223300003'],
    ['om', 'Muscat Pharmacy LLC\n   VATIN: OM1100998877\nTotal OMR 5.250', 'OM1100998877'],
    ['sn', 'DAKAR BUREAUTIQUE SARL\nNINEA : 004412233 2G3\nFACTURE N° DB-118\nTotal TTC 118 000 FCFA', '0044122332G3'],
    ['th', '   ร้านสุขใจ\n  TAX#0105551234567 (VAT Included)\n รวม 100.00', '0105551234567'],
    ['ke', '   DUKA LA AMINA\n   PIN: P051122334Q\nTOTAL KES 300.00', 'P051122334Q'],
    ['it', 'Ferramenta Bassi S.n.c.\nP.IVA e C.F. 01234567890\nFattura n. 18\nTotale 122,00 EUR', '01234567890'],
  ])('%s', async (_country, text, expected) => {
    expect(await vatId(text)).toBe(expected);
  });
});
