import { beforeAll, describe, expect, it } from 'vitest';
import { targetsFor } from '../../extraction-targets';
import type { ExtractedField, ExtractionModel } from '../../model-contracts';
import { findAmounts } from './amount-parsing';
import { findCurrencies } from './currency-detection';
import { createDefaultLocalExtractionModel } from './local-extraction-model';

/** Currency marks beside amounts, and the currency of a document that prints none. */
let model: ExtractionModel;

async function fields(text: string): Promise<Map<string, ExtractedField>> {
  const result = await model.extract({ documentId: 'currency', tenant: 't', kind: 'invoice', text }, targetsFor('invoice'));
  return new Map(result.value.map((f) => [f.name, f]));
}

describe('currency evidence', () => {
  beforeAll(async () => {
    model = await createDefaultLocalExtractionModel();
  });

  it('the rand\'s "R" before an amount with cents, glued or spaced; never an id', () => {
    expect(findCurrencies('BALANCE DUE   R18,117.50').map((c) => c.currency)).toEqual(['ZAR']);
    expect(findCurrencies('TOTAL   R   638.00').map((c) => c.currency)).toEqual(['ZAR']);
    expect(findCurrencies('Invoice R2026001')).toEqual([]);
    expect(findAmounts('BALANCE DUE   R18,117.50').map((a) => a.value)).toEqual(['18117.50']);
    expect(findAmounts('Size A4 12.00').map((a) => a.value)).toEqual(['12.00']);
  });

  it('a document with no currency mark takes its country\'s currency, with a modest confidence', async () => {
    const byIban = await fields('Kiosk am Markt\nBeleg-Nr. 4411\nSumme  12,40\nIBAN DE89 3704 0044 0532 0130 00');
    expect(byIban.get('currency')?.value).toBe('EUR');
    expect(byIban.get('currency')?.confidence).toBeLessThan(0.9);
    const byAddress = await fields('Lakeside Diner\n12 Main St, Portland, OR 97201\nCheck 2201\nTotal  24.10');
    expect(byAddress.get('currency')?.value).toBe('USD');
    const marked = await fields('Lakeside Diner\n12 Main St, Portland, OR 97201\nTotal  €24.10');
    expect(marked.get('currency')?.value).toBe('EUR');
  });

  it('any ISO 4217 code; word-like codes only beside a number; a code glued to a non-amount is not one', () => {
    const currencies = (text: string) => findCurrencies(text).map((c) => c.currency);
    expect(currencies('Amount due 4 120.00 GHS')).toEqual(['GHS']);
    expect(currencies('Montant: 980.000 TND')).toEqual(['TND']);
    expect(currencies('ALL ITEMS ARE FINAL SALE')).toEqual([]);
    expect(currencies('Total ALL 12,500.00')).toEqual(['ALL']);
    expect(currencies('Unleaded RON95 41.20 L')).toEqual([]);
    expect(currencies('USD1,200.00')).toEqual(['USD']);
  });

  it('local marks across a column gap, in a column head, and the marks a country settles', async () => {
    const currencies = (text: string) => findCurrencies(text).map((c) => c.currency);
    expect(currencies('TOTAL          S/      88.50')).toEqual(['PEN']);
    expect(currencies('Amaun (RM)')).toEqual(['MYR']);
    expect(currencies('Jumlah (Rp)')).toEqual(['IDR']);
    expect(currencies('합계 12,000원')).toEqual(['KRW']);
    expect(currencies('المجموع 420.00 ر.س')).toEqual(['SAR']);
    expect(currencies('contact: sales@example.co.kr')).toEqual([]);
    const dakar = await fields('Studio Baobab\nDakar, Sénégal\nFacture N° 77\nTotal TTC   1 180 000 FCFA');
    expect(dakar.get('currency')?.value).toBe('XOF');
    expect(dakar.get('totalAmount')?.value).toBe('1180000.00');
    const douala = await fields('Studio Wouri\nDouala, Cameroun\nFacture N° 78\nTotal TTC   590 000 FCFA');
    expect(douala.get('currency')?.value).toBe('XAF');
    const rabat = await fields('Imprimerie Andalous\nRabat, Maroc\nFacture N° 12\nTotal TTC   4 800,00 DH');
    expect(rabat.get('currency')?.value).toBe('MAD');
  });

  it('no mark at all: the country its tax ids, taxes or script name, at the modest by-country confidence', async () => {
    const jakarta = await fields('PT Contoh Sejahtera\nNPWP: 09.876.543.2-111.000\nNo. Invoice: A-17\nTotal Tagihan    5.550.000');
    expect(jakarta.get('currency')?.value).toBe('IDR');
    expect(jakarta.get('currency')?.confidence).toBeLessThan(0.9);
    expect(jakarta.get('totalAmount')?.value).toBe('5550000.00');
    const till = await fields('CORNER HARDWARE\nOxford, MS   (662) 555-0188\nHammer  14.99\nSALES TAX 7%  1.05\nTOTAL  16.04');
    expect(till.get('currency')?.value).toBe('USD');
  });

  it('three minor digits when the currency has them (ISO 4217): "88.500" is 88.50', async () => {
    const manama = await fields('Gulf Prints W.L.L.\nInvoice No: GP-9\nTotal excluding VAT   80.455 BHD\nVAT 10%    8.045 BHD\nTotal including VAT   88.500 BHD');
    expect(manama.get('totalAmount')?.value).toBe('88.50');
    expect(manama.get('netAmount')?.value).toBe('80.46');
  });
});
