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
});
