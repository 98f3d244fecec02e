import { beforeAll, describe, expect, it } from 'vitest';
import { targetsFor } from '../../extraction-targets';
import type { ExtractionModel } from '../../model-contracts';
import { createDefaultLocalExtractionModel } from './local-extraction-model';

/**
 * A receipt's number beside its till, the issuer's "Our ref." as the number of a document with no
 * number label, till and terminal ids that are never the number; due dates as national practice
 * prints them (es "vto.", da "Betalingsdato", id "Jatuh Tempo", ko 입금기한 and 년/월/일 dates,
 * fr "Paiement par virement le", nl "te betalen vóór", a key–value table behind pipes) and the
 * expiry of an Argentine CAE that is not one. Korean party grids and totals. Inputs written here.
 */
let model: ExtractionModel;

async function fields(text: string): Promise<Record<string, string>> {
  const result = await model.extract({ documentId: 'receipt', tenant: 't', kind: 'invoice', text }, targetsFor('invoice'));
  return Object.fromEntries(result.value.map((f) => [f.name, f.value]));
}

describe('receipt numbers and due dates', () => {
  beforeAll(async () => {
    model = await createDefaultLocalExtractionModel();
  });

  it("a receipt's bare No. beside its till is the receipt's number; a till or terminal id is never it", async () => {
    expect((await fields(['  さくらベーカリー', '2026年4月2日(木) 09:15   レジ03  No.5182', '合　計   ¥640'].join('\n'))).invoiceNumber).toBe('5182');
    expect((await fields(['Bäckerei Sonnenkorn GmbH', 'Kasse 4   Nr. 2291   02.04.2026', 'SUMME EUR 6,20'].join('\n'))).invoiceNumber).toBe('2291');
    expect((await fields(['Hill Street Deli Ltd', 'Till 2   Op 7   Trans 6610', 'TOTAL  8.90 GBP'].join('\n'))).invoiceNumber).toBe('6610');
    expect((await fields(['KASSENBON', 'Bäckerei Sonnenkorn GmbH', 'Kassen-Nr. 4', 'SUMME EUR 6,20'].join('\n'))).invoiceNumber).toBeUndefined();
    expect((await fields(['Hill Street Deli Ltd', 'RECEIPT', 'TID: 40021877', 'TOTAL  8.90 GBP'].join('\n'))).invoiceNumber).toBeUndefined();
  });

  it("the issuer's own reference is the number of a document with no number label, and only then", async () => {
    const credit = ['Brightwater Stationers Ltd                               CREDIT NOTE', '', 'Customer                        Our ref.        BW-7731', 'Kestrel Homes Ltd               Date            9 May 2026', 'Credit total   -£120.00'].join('\n');
    expect((await fields(credit)).invoiceNumber).toBe('BW-7731');
    const invoice = ['Brightwater Stationers Ltd', 'Invoice No: 4410', 'Our ref.  BW-7731', 'Total  £120.00'].join('\n');
    expect((await fields(invoice)).invoiceNumber).toBe('4410');
  });

  it('due dates in the words of national practice', async () => {
    const due = async (lines: string[]) => (await fields(lines.join('\n'))).dueDate;
    expect(await due(['Factura 2026-88', 'Fecha: 02/03/2026', 'Forma de pago: transferencia (vto. 01/04/2026)', 'Total: 100,00 €'])).toBe('2026-04-01');
    expect(await due(['Faktura 771', 'Dato 02-03-2026', 'I alt DKK 500,00', 'Betalingsdato: 16-03-2026 · Konto 1234'])).toBe('2026-03-16');
    expect(await due(['FAKTUR', 'No. Faktur : INV/88', 'Tanggal : 2 Maret 2026', 'Jatuh Tempo : 1 April 2026', 'Total Rp 1.000.000'])).toBe('2026-04-01');
    expect(await due(['청구서', '발행일: 2026년 3월 2일', '청구금액 500,000', '입금기한: 2026년 3월 31일'])).toBe('2026-03-31');
    expect(await due(['FACTURE N° 12', 'Date : 02/03/2026', 'Total TTC 120,00 €', 'Paiement par virement le 20/03/2026.'])).toBe('2026-03-20');
    expect(await due(['FACTUUR 2026/12', 'Gent, 02/03/2026', 'Te betalen 120,00 EUR', 'Te betalen vóór 01/04/2026 op BE71 0961 2345 6769'])).toBe('2026-04-01');
    expect(await due(['| Factuurnr. | Factuurdatum | Vervaldatum | Projectnr. | Uw ordernr. |', '| 2026-0412  | 02-03-2026   | 01-04-2026  | P-77       | PO/26/9      |', 'Totaal € 100,00'])).toBe('2026-04-01');
  });

  it("an Argentine CAE's expiry is not the due date", async () => {
    const text = ['FACTURA', 'Comp. Nro: 00000412', 'Fecha de Emisión: 02/03/2026', 'Importe Total: $ 1.000,00', 'CAE N°: 71234567890123   Fecha de Vto. de CAE: 12/03/2026'];
    expect((await fields(text.join('\n'))).dueDate).toBeUndefined();
  });

  it("a Korean tax invoice's grid: the supplier's registration number, not the recipient's; totals in Korean", async () => {
    const text = [
      '                   세금계산서',
      ' ┌ 공급자 ────────────────────┬ 공급받는자 ───────────────────┐',
      ' │ 등록번호  211-86-00012        │ 등록번호  105-81-33333        │',
      ' │ 상호      주식회사 새봄기계   │ 상호      (주)동해상사        │',
      ' └────────────────────────────┴───────────────────────────┘',
      ' 작성일자  2026-03-02     공급가액  1,000,000     세액  100,000',
      ' 합계금액  1,100,000',
    ].join('\n');
    const f = await fields(text);
    expect(f.vatId).toBe('2118600012');
    expect(f.totalAmount).toBe('1100000.00');
  });
});
