import { beforeAll, describe, expect, it } from 'vitest';
import { targetsFor } from '../../extraction-targets';
import type { ExtractedField, ExtractionModel } from '../../model-contracts';
import { createDefaultLocalExtractionModel } from './local-extraction-model';

/**
 * The small inputs of issue 8, each standing for a class of documents the extractor misread
 * (input 13, HTML entities in e-mail headers, belongs to the e-mail parsing of issue 9). Each
 * test also checks the span: the field's value is read from where the span points.
 */
let model: ExtractionModel;

async function extract(text: string): Promise<Map<string, ExtractedField>> {
  const result = await model.extract({ documentId: 'issue-8', tenant: 't', kind: 'invoice', text }, targetsFor('invoice'));
  return new Map(result.value.map((f) => [f.name, f]));
}

function printed(text: string, field: ExtractedField | undefined): string | undefined {
  return field?.span ? text.slice(field.span.start, field.span.end) : undefined;
}

describe('issue 8 inputs', () => {
  beforeAll(async () => {
    model = await createDefaultLocalExtractionModel();
  });

  it('1: "No:" under the title is the invoice number', async () => {
    const text = 'ACME Tooling Ltd\nInvoice\nNo: AT-5521\nDate: 02.03.2026\nTotal due: 120.00 GBP';
    const fields = await extract(text);
    expect(fields.get('invoiceNumber')?.value).toBe('AT-5521');
    expect(printed(text, fields.get('invoiceNumber'))).toBe('AT-5521');
    expect(fields.get('issueDate')?.value).toBe('2026-03-02');
    expect(fields.get('totalAmount')?.value).toBe('120.00');
    expect(fields.get('currency')?.value).toBe('GBP');
    expect(fields.get('vendorName')?.value).toBe('ACME Tooling Ltd');
  });

  it('2: "Nr." and Polish "Faktura nr:" give the whole number, inner spaces kept', async () => {
    const nr = await extract('ACME Tooling Ltd\nInvoice\nNr. 2026/0117\nDate: 02.03.2026\nTotal due: 120.00 GBP');
    expect(nr.get('invoiceNumber')?.value).toBe('2026/0117');
    const text = 'Drukarnia Wisła Sp. z o.o.\nFaktura nr: FV 12/03/2026\nData wystawienia: 12.03.2026\nRazem do zapłaty: 246,00 PLN';
    const pl = await extract(text);
    expect(pl.get('invoiceNumber')?.value).toBe('FV 12/03/2026');
    expect(printed(text, pl.get('invoiceNumber'))).toBe('FV 12/03/2026');
    expect(pl.get('totalAmount')?.value).toBe('246.00');
    expect(pl.get('currency')?.value).toBe('PLN');
  });

  it('3: the letterhead name, not the registration line of the footer', async () => {
    const text = [
      'Bakkerij Zonneveld B.V.                                        FACTUUR',
      'Kerkstraat 12',
      '1017 GC Amsterdam',
      '',
      'Factuuradres: Jan de Vries, Prinsengracht 200, 1016 HK Amsterdam',
      'Factuurnummer: 2026-0042',
      'Factuurdatum: 03-03-2026',
      '',
      'Subtotaal                 100,00',
      'BTW 9%                      9,00',
      'Totaal                    109,00 EUR',
      '',
      'KvK 12345678 · BTW NL001234567B01 · IBAN NL91 ABNA 0417 1643 00',
    ].join('\n');
    const fields = await extract(text);
    expect(fields.get('vendorName')?.value).toBe('Bakkerij Zonneveld B.V.');
    expect(printed(text, fields.get('vendorName'))).toBe('Bakkerij Zonneveld B.V.');
    expect(fields.get('invoiceNumber')?.value).toBe('2026-0042');
    expect(fields.get('vatId')?.value).toBe('NL001234567B01');
    expect(fields.get('iban')?.value).toBe('NL91ABNA0417164300');
    expect(fields.get('totalAmount')?.value).toBe('109.00');
  });

  it('4: the seller label is not part of the name, and the buyer is not the seller', async () => {
    const text = 'FAKTURA VAT nr 7/2026\nSprzedawca: Drukarnia Wisła Sp. z o.o.\nNabywca: Kowalski i Synowie S.A.\nDo zapłaty: 1 230,00 zł';
    const fields = await extract(text);
    expect(fields.get('vendorName')?.value).toBe('Drukarnia Wisła Sp. z o.o.');
    expect(printed(text, fields.get('vendorName'))).toBe('Drukarnia Wisła Sp. z o.o.');
    expect(fields.get('totalAmount')?.value).toBe('1230.00');
    expect(fields.get('currency')?.value).toBe('PLN');
  });

  it('5: the total is the amount after the label, not the day of a date on its line', async () => {
    const text = 'Cloudworks Inc.\nInvoice Number: 55120093\nInvoice Date: March 3 , 2026\nTOTAL AMOUNT DUE ON March 3 , 2026      $41.10\nCharges      $40.00\nTax          $1.10';
    const fields = await extract(text);
    expect(fields.get('totalAmount')?.value).toBe('41.10');
    expect(printed(text, fields.get('totalAmount'))).toBe('41.10');
    expect(fields.get('issueDate')?.value).toBe('2026-03-03');
    expect(fields.get('invoiceNumber')?.value).toBe('55120093');
    expect(fields.get('vendorName')?.value).toBe('Cloudworks Inc.');
    expect(fields.get('currency')?.value).toBe('USD');
  });

  it('6: ₹ and Rs. are Indian rupees', async () => {
    const a = await extract('Tax Invoice\nInvoice No: INV/26/331\nGrand Total ₹ 1,939.00');
    expect(a.get('currency')?.value).toBe('INR');
    expect(a.get('totalAmount')?.value).toBe('1939.00');
    const b = await extract('Receipt\nAmount Payable Rs. 319');
    expect(b.get('currency')?.value).toBe('INR');
    expect(b.get('totalAmount')?.value).toBe('319.00');
  });

  it('8: credit notes keep the sign: a negative total, a kind of their own', async () => {
    const a = await extract('Credit Note\nCredit note no: CN-0042\nOriginal invoice: INV-0917\nTotal: -119.00 EUR');
    expect(a.get('totalAmount')?.value).toBe('-119.00');
    expect(a.get('documentType')?.value).toBe('credit_note');
    expect(a.get('invoiceNumber')?.value).toBe('CN-0042');
    const b = await extract('CREDIT NOTE CN-77\nAmount: -€1,200.00\nTotal -€1,200.00');
    expect(b.get('totalAmount')?.value).toBe('-1200.00');
    expect(b.get('currency')?.value).toBe('EUR');
    // Printed without a sign, a credit note's amounts are still owed to the buyer.
    const c = await extract('Gutschrift\nGutschrift Nr. G-2026-3\nNetto 100,00 EUR\nMwSt 19% 19,00 EUR\nGesamtbetrag 119,00 EUR');
    expect(c.get('totalAmount')?.value).toBe('-119.00');
    expect(c.get('netAmount')?.value).toBe('-100.00');
  });

  it('9: a thin space groups thousands', async () => {
    const text = 'Invoice No: 1\nTotal: 1\u2009234,56 EUR';
    const fields = await extract(text);
    expect(fields.get('totalAmount')?.value).toBe('1234.56');
    expect(printed(text, fields.get('totalAmount'))).toBe('1\u2009234,56');
  });

  it('10: a British invoice reads 03/04/2025 as 3 April; one weak cue does not decide the order', async () => {
    const text = 'Harbour Tools Ltd\n12 Quay Street, Bristol BS1 4DJ\nInvoice No: HT-1001\nInvoice date: 03/04/2025\nTotal due: £240.00\nUSD accepted.';
    const fields = await extract(text);
    expect(fields.get('issueDate')?.value).toBe('2025-04-03');
    // Nothing settles the order: the date is flagged (low confidence) instead of guessed confidently.
    const bare = await extract('Invoice No: 77-1\nInvoice date: 03/04/2025\nTotal due: 240.00\nUSD accepted.');
    expect(bare.get('issueDate')?.confidence).toBeLessThan(0.5);
  });

  it('11: the total and its currency come from the same line', async () => {
    const fields = await extract('Invoice No: X-1\nTotal: 1,200.00 USD\nTotal in GBP: 948.00 GBP');
    expect(fields.get('totalAmount')?.value).toBe('1200.00');
    expect(fields.get('currency')?.value).toBe('USD');
  });

  it('12: zero-width spaces inside an IBAN are ignored, and the span covers them', async () => {
    const text = 'Invoice No: Z-1\nIBAN: DE89\u200b3704\u200b0044\u200b0532\u200b0130\u200b00\nTotal: 10.00 EUR';
    const fields = await extract(text);
    expect(fields.get('iban')?.value).toBe('DE89370400440532013000');
    expect(printed(text, fields.get('iban'))).toBe('DE89\u200b3704\u200b0044\u200b0532\u200b0130\u200b00');
  });
});
