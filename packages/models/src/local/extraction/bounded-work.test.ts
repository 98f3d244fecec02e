import { beforeAll, describe, expect, it } from 'vitest';
import { targetsFor } from '../../extraction-targets';
import type { ExtractionModel } from '../../model-contracts';
import { createDefaultLocalExtractionModel } from './local-extraction-model';

/**
 * Issue 12, input 1: one 7 KB line of 1,200 numbers took 2.3 s and each doubling ~8x (a 57 KB
 * one-line HTML invoice blocked the event loop past the session timeout). The class is work that
 * grows faster than the text. Asserted as a ratio of costs per character between a text and one
 * eight times longer (best of five each, so load on the machine cancels out): linear work keeps
 * it near 1, quadratic work makes it ~8; the bound, 4, is half the quadratic figure. No absolute
 * time is asserted.
 */
let model: ExtractionModel;

const priceList = (n: number) => `Price list ${Array.from({ length: n }, (_, i) => (i + i / 100).toFixed(2)).join(' ')}`;
const htmlInvoice = (rows: number) =>
  `<html><body><h1>Invoice</h1><p>Invoice No: H-1</p><table>${Array.from({ length: rows }, (_, i) => `<tr><td>Item ${i}</td><td>${(i * 1.5).toFixed(2)} EUR</td></tr>`).join('')}</table><p>Total: 99.00 EUR</p></body></html>`;

async function msPerChar(text: string): Promise<number> {
  let best = Infinity;
  for (let round = 0; round < 5; round++) {
    const started = performance.now();
    await model.extract({ documentId: 'bounded', tenant: 't', kind: 'invoice', text }, targetsFor('invoice'));
    best = Math.min(best, performance.now() - started);
  }
  return best / text.length;
}

describe('work per document grows linearly with its length', () => {
  beforeAll(async () => {
    model = await createDefaultLocalExtractionModel();
    await msPerChar(priceList(100)); // warm the model's lazy parts
  });

  it('a one-line price list of 1,200 vs 9,600 numbers', async () => {
    const ratio = (await msPerChar(priceList(9_600))) / (await msPerChar(priceList(1_200)));
    expect(ratio).toBeLessThan(4);
  }, 120_000);

  it('a one-line HTML invoice of 7 KB vs 57 KB', async () => {
    const ratio = (await msPerChar(htmlInvoice(1_100))) / (await msPerChar(htmlInvoice(140)));
    expect(ratio).toBeLessThan(4);
  }, 120_000);
});
