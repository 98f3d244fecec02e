import { beforeAll, describe, expect, it } from 'vitest';
import { targetsFor } from '../../extraction-targets';
import type { ExtractionModel } from '../../model-contracts';
import { findCurrencies } from './currency-detection';
import { createDefaultLocalExtractionModel } from './local-extraction-model';

/**
 * National marks outside the EU: local currency marks (Rp, RM, S/, KSh, ₦, E£, NT$, đ), the peso
 * and dollar countries told apart by their tax authorities' ids (CUIT, RUT, NIT), and tax-id
 * labels (NPWP, Mã số thuế, R.U.T., R.U.C., SST, KRA PIN, 统一社会信用代码, ח.פ., the Arabic tax
 * registration number). Inputs written here.
 */
let model: ExtractionModel;

async function fields(text: string): Promise<Record<string, string>> {
  const result = await model.extract({ documentId: 'marks', tenant: 't', kind: 'invoice', text }, targetsFor('invoice'));
  return Object.fromEntries(result.value.map((f) => [f.name, f.value]));
}

describe('national currency marks and tax ids', () => {
  beforeAll(async () => {
    model = await createDefaultLocalExtractionModel();
  });

  it('local currency marks before or after an amount', () => {
    const currencies = (text: string) => findCurrencies(text).map((c) => c.currency);
    expect(currencies('Total Rp 1.250.000')).toEqual(['IDR']);
    expect(currencies('Jumlah RM 480.00')).toEqual(['MYR']);
    expect(currencies('Importe Total S/ 1,180.00')).toEqual(['PEN']);
    expect(currencies('Total KSh 2,400.00')).toEqual(['KES']);
    expect(currencies('Total ₦ 45,000.00')).toEqual(['NGN']);
    expect(currencies('الإجمالي E£ 1,140.00')).toEqual(['EGP']);
    expect(currencies('總計 NT$ 3,150')).toEqual(['TWD']);
    expect(currencies('Tổng cộng 12.500.000 đ')).toEqual(['VND']);
  });

  it("a '$' in a peso country is the peso its tax authority's id points to", async () => {
    expect((await fields(['FACTURA B', 'CUIT: 30-71234567-1', 'Importe Total: $ 12.100,00'].join('\n'))).currency).toBe('ARS');
    expect((await fields(['BOLETA ELECTRÓNICA', 'R.U.T.: 76.123.456-0', 'Total: $ 23.800'].join('\n'))).currency).toBe('CLP');
    expect((await fields(['Factura de venta', 'NIT 900.123.456-7', 'Bogotá', 'Total a pagar: $ 1.190.000'].join('\n'))).currency).toBe('COP');
  });

  it('tax-id labels of national practice', async () => {
    const vat = async (lines: string[]) => (await fields(lines.join('\n'))).vatId;
    expect(await vat(['CV MAJU JAYA', 'NPWP 01.234.567.8-901.000', 'FAKTUR', 'Total Rp 1.000.000'])).toBe('012345678901000');
    expect(await vat(['CÔNG TY TNHH AN BÌNH', 'Mã số thuế: 0312345678', 'HÓA ĐƠN', 'Tổng cộng 1.000.000 đ'])).toBe('0312345678');
    expect(await vat(['PANADERÍA LOS ANDES E.I.R.L.   │ R.U.C. 20512345678 │', 'Importe Total S/ 118.00'])).toBe('20512345678');
    expect(await vat(['Kedai Runcit Sdn Bhd', 'SST Reg. No.: W10-1808-31000123', 'Jumlah RM 48.00'])).toBe('W10180831000123');
    expect(await vat(['Nyali Tools Ltd', 'KRA PIN P051234567X', 'Total KSh 2,400.00'])).toBe('P051234567X');
    expect(await vat(['          电子发票（普通发票）', '销售方名称：厦门海湾贸易有限公司', '统一社会信用代码：91350200MA2Y1234XK', '价税合计 ¥1060.00'])).toBe('91350200MA2Y1234XK');
    expect(await vat(['נגרות השרון בע"מ', 'ח.פ. 512345678', 'חשבונית מס 1042', 'סה"כ לתשלום ₪ 1,170.00'])).toBe('512345678');
    expect(await vat(['شركة النيل للتوريدات', 'رقم التسجيل الضريبي: 412-345-678', 'فاتورة ضريبية', 'الإجمالي E£ 1,140.00'])).toBe('412345678');
  });

  it('the prefixed VAT id (BT-31) over the national tax number (BT-32) printed beside it', async () => {
    const cases: [string, string][] = [
      ['Lindner Übersetzungen\nSteuernummer: 123/4567/8901\nUSt-IdNr.: DE 136 695 976\nRechnung Nr. 5\nGesamtbetrag 119,00 €', 'DE136695976'],
      ['„Бор“ ЕООД\nЕИК: 131468980\nИН по ДДС: BG131468980\nФАКТУРА № 0000000012\nСума за плащане 12,00 EUR', 'BG131468980'],
    ];
    for (const [text, id] of cases) expect((await fields(text)).vatId, text).toBe(id);
  });

  it('a Swiss UID keeps its MWST suffix; an IBAN label after the id is not part of it; HST, SST, Thai, Ukrainian labels', async () => {
    expect((await fields('Keller Bau AG\nCHE-116.281.710 MWST\n\nRECHNUNG Nr. 7\nTotal CHF 10.00')).vatId).toBe('CHE116281710MWST');
    expect((await fields('Glen Print Ltd\nVAT IE6388047V IBAN IE29 AIBK 9311 5212 3456 78\nInvoice No. 4\nTotal €10.00')).vatId).toBe('IE6388047V');
    expect((await fields('Maple Desk Inc.\nHST Reg. No. 123456789 RT0001\nInvoice No. 4\nTotal $10.00')).vatId).toBe('123456789RT0001');
    expect((await fields('KEDAI ABC SDN. BHD.\nNo. Pendaftaran SST: W10-1808-32000001\nJumlah 10.00 MYR')).vatId).toBe('W10180832000001');
    expect((await fields('บริษัท ทองดี จำกัด\nเลขประจำตัวผู้เสียภาษี 0105551000001\nรวม 107.00')).vatId).toBe('0105551000001');
    expect((await fields('ТОВ «Ясна Зоря»\nІПН 123456789012\nРазом 500,00 UAH')).vatId).toBe('123456789012');
  });
});
