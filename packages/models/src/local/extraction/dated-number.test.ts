import { beforeAll, describe, expect, it } from 'vitest';
import { targetsFor } from '../../extraction-targets';
import type { ExtractionModel } from '../../model-contracts';
import { createDefaultLocalExtractionModel } from './local-extraction-model';

/**
 * The document's number where its label is a bare "№" or "Số:" or where two numbers compete:
 * the Russian/Ukrainian "№ X от <date>" phrase (also on the line under the title, with the date
 * on the next line), the Vietnamese bill's "Số:" under its title, a receipt that prints a
 * receipt number and an invoice number (the receipt's own number is its receipt number), and till
 * serials (流水号, R#, a Polish printout's "nr wydr." after the paragon's "nr par."). Inputs
 * written for these classes.
 */
let model: ExtractionModel;

async function number(text: string): Promise<string | undefined> {
  const result = await model.extract({ documentId: 'number', tenant: 't', kind: 'invoice', text }, targetsFor('invoice'));
  return result.value.find((f) => f.name === 'invoiceNumber')?.value;
}

describe('numbers in a number-and-date phrase and on receipts', () => {
  beforeAll(async () => {
    model = await createDefaultLocalExtractionModel();
  });

  it('"№ X от <date>" opening its line, the date on the same or the next line; a contract\'s № is not it', async () => {
    const invoice = [
      '                          СЧЁТ-ФАКТУРА',
      'Продавец: ООО «Ладога Пласт»',
      'Р/с 40702810900000001234 в ПАО «Банк», отд. № 4410',
      '',
      '№ ЛП-0318',
      'от 02.10.2026',
      'Договор № 77-Д от 01.02.2026',
      'Всего к оплате  48 000,00 RUB',
    ].join('\n');
    expect(await number(invoice)).toBe('ЛП-0318');
    const bill = ['ООО «Вектор Строй»', 'Счёт № 1187 от 03.10.2026', 'Основание: договор № 12 от 01.02.2026', 'Итого к оплате: 12 000,00 руб.'].join('\n');
    expect(await number(bill)).toBe('1187');
    const ukrainian = ['ТОВ «Дніпро Тех»', 'Рахунок № 45/10 від 03.10.2026', 'Усього до сплати: 6 000,00 грн'].join('\n');
    expect(await number(ukrainian)).toBe('45/10');
  });

  it('Vietnamese bill: "Số:" under the title PHIẾU TÍNH TIỀN', async () => {
    const text = ['      QUÁN CƠM NHÀ LAN', '  Công ty TNHH Nhà Lan', '      PHIẾU TÍNH TIỀN', '  Số: HD-004417       Bàn: 3', '  Ngày: 02/10/2026', '  Cơm tấm   2 x 45.000   90.000', '  TỔNG CỘNG            90.000'].join('\n');
    expect(await number(text)).toBe('HD-004417');
  });

  it('a receipt printing a receipt number and an invoice number: the receipt number', async () => {
    const saas = ['From: Nexa Metrics <billing@nexa.example>', 'Subject: Your Nexa Metrics receipt', '', 'Hi Dana,', 'Thanks for your payment. Here is your receipt.', '', 'Receipt #4410-2207', 'Invoice #NX-0007712', 'Date paid: October 2, 2026', 'Payment method: Visa ending 4242', 'Total   $49.00', 'Amount paid   $49.00'].join('\n');
    expect(await number(saas)).toBe('4410-2207');
    const till = ['   DUKA LA MAMA AMINA', 'CASH SALE     Rcpt No: DMA-00418', 'TOTAL          KES 300.00', 'CU Invoice No: 0400021177000000418'].join('\n');
    expect(await number(till)).toBe('DMA-00418');
    // A Chinese till's serial (流水号), a Thai till's R#, a Polish printout number only without the paragon's own.
    expect(await number(['     星河超市', '  流水号：0412-20261002-000118', '  收银员：0021', '  合计：  35.50'].join('\n'))).toBe('0412-20261002-000118');
    expect(await number(['   ร้านสุขใจ', '  POS#E0412', '  R#0004412P0012-004417', ' รวม 100.00', ' เงินสด 100.00'].join('\n'))).toBe('0004412P0012-004417');
    expect(await number(['Sklep "Pod Dębem"', '2026-10-02        nr wydr. 0412', '   PARAGON FISKALNY', 'SUMA PLN  12,00', 'nr par. 55120  #Kasa 1'].join('\n'))).toBe('55120');
    expect(await number(['Sklep "Pod Dębem"', '2026-10-02        nr wydr.0412', '   PARAGON FISKALNY', 'SUMA PLN  12,00'].join('\n'))).toBe('0412');
    // An invoice keeps its invoice number over a receipt number printed on it.
    const invoice = ['TAX INVOICE', 'Invoice No: INV-2207', 'Receipt No: R-9981', 'Total 100.00 GBP'].join('\n');
    expect(await number(invoice)).toBe('INV-2207');
  });
});
