import { beforeAll, describe, expect, it } from 'vitest';
import { targetsFor } from '../../extraction-targets';
import type { ExtractedField, ExtractionModel } from '../../model-contracts';
import { foldLookAlikes, labelsIn } from './label-segments';
import { createDefaultLocalExtractionModel } from './local-extraction-model';

/**
 * The document's number (BT-1) across layouts and national practice: each case stands for a
 * class found in error analysis on the readable development corpora, written here with other
 * names and numbers.
 */
let model: ExtractionModel;

async function field(text: string, name: string): Promise<ExtractedField | undefined> {
  const result = await model.extract({ documentId: 'number', tenant: 't', kind: 'invoice', text }, targetsFor('invoice'));
  return result.value.find((f) => f.name === name);
}

describe('document numbers', () => {
  beforeAll(async () => {
    model = await createDefaultLocalExtractionModel();
  });

  it('a label is not read across a column gap: "Date      Due date" is two labels', () => {
    expect(labelsIn('Invoice No.    Date            Due date').map((h) => h.kind)).toEqual(['invoiceNumber', 'issueDate', 'dueDate']);
  });

  it('"<label> No." is one label of the first kind', async () => {
    expect(labelsIn('Folio No.:    5521').map((h) => h.kind)).toEqual(['invoiceNumber']);
    expect((await field('Harbour Inn\n\nGuest: A. Smith            Folio No.:    770412\nTotal: 120.00 USD', 'invoiceNumber'))?.value).toBe('770412');
  });

  it('Greek capitals without accents, Turkish dotted İ and Romanian cedillas match their labels', async () => {
    expect(labelsIn('ΤΙΜΟΛΟΓΙΟ').map((h) => h.kind)).toEqual(['invoiceTitle']);
    expect(labelsIn('FİŞ NO : 0045').map((h) => h.kind)).toEqual(['receiptNumber']);
    const greek = 'ΑΛΦΑ ΒΗΤΑ Ο.Ε.\n                         ΤΙΜΟΛΟΓΙΟ\n                         Αριθμός: ΤΔ-2026-88\nΣύνολο: 124,00 €';
    expect((await field(greek, 'invoiceNumber'))?.value).toBe('ΤΔ-2026-88');
  });

  it('a number in a right-hand header block is under the title of its column', async () => {
    const text = [
      'ATELIER MARTIN                                      FACTURE',
      'SARL au capital de 8 000 €',
      '12 rue des Lilas                                    N° F-2026-0107',
      '69003 Lyon                                          Date : 02/03/2026',
      '',
      'Total TTC : 240,00 €',
    ].join('\n');
    expect((await field(text, 'invoiceNumber'))?.value).toBe('F-2026-0107');
  });

  it('a pipe table keeps its header row over the row below its rule line', async () => {
    const text = ['RECHNUNG', 'Rechnungsdatum | Rechnungsnummer | Kundennummer', '---------------+-----------------+-------------', '02.03.2026     | RE-4410         | 20417', 'Gesamtbetrag: 99,00 EUR'].join('\n');
    expect((await field(text, 'invoiceNumber'))?.value).toBe('RE-4410');
  });

  it('the number alone on the line under the title (Portuguese series/number)', async () => {
    const text = 'CAFÉ CENTRAL, LDA.\nNIF 500100200\n\nFATURA SIMPLIFICADA\nFS B2026/77\nData: 2026-03-15\nTOTAL  EUR  4,20';
    expect((await field(text, 'invoiceNumber'))?.value).toBe('FS B2026/77');
  });

  it('register details and transport documents do not give the number', async () => {
    const spanish = 'TALLERES SUR S.L.\nFACTURA Nº A-2026-15\nTotal: 121,00 €\nInscrita en el Registro Mercantil de Sevilla, Tomo 1.234, Folio 56, Hoja SE-7.';
    expect((await field(spanish, 'invoiceNumber'))?.value).toBe('A-2026-15');
    const indian = 'TAX INVOICE\nAck No.: 1126180044     e-Way Bill No.: 3218 4410 0001\nInvoice No.: KSR/2026-27/0041\nTotal: ₹ 1,180.00';
    expect((await field(indian, 'invoiceNumber'))?.value).toBe('KSR/2026-27/0041');
  });

  it('an id shaped like a date is an id; a date needs a plausible year', async () => {
    expect((await field('Drukarnia Nowak\nFAKTURA nr 7/03/2026\nData wystawienia: 10.03.2026\nRazem: 100,00 PLN', 'invoiceNumber'))?.value).toBe('7/03/2026');
    const french = 'FACTURE n° 26-03-0412          Lyon, le 25/03/2026\nTotal TTC : 100,00 €';
    expect((await field(french, 'invoiceNumber'))?.value).toBe('26-03-0412');
    expect((await field(french, 'issueDate'))?.value).toBe('2026-03-25');
  });

  it('national labels: credit and adjustment notes, utility bills, Greek series-number', async () => {
    expect((await field('Southern Desks Pty Ltd\nADJUSTMENT NOTE\nAdjustment Note No.    AN-0077\nTotal: -$110.00', 'invoiceNumber'))?.value).toBe('AN-0077');
    expect((await field('Oy Esimerkki Ab\nHYVITYSLASKU\nHyvityslaskun nro     4410\nYhteensä -24,80 EUR', 'invoiceNumber'))?.value).toBe('4410');
    expect((await field('LUCE NORD S.p.A.\nBolletta n. 202600001234     emessa il 04/03/2026\nTOTALE DA PAGARE € 80,10', 'invoiceNumber'))?.value).toBe('202600001234');
    expect((await field('ΓΑΜΜΑ Α.Ε.\nΤΙΜΟΛΟΓΙΟ            Σειρά-Αριθμός: Α-91\nΣύνολο: 10,00 €', 'invoiceNumber'))?.value).toBe('Α-91');
  });

  it('till receipts print transaction numbers', () => {
    expect(labelsIn('Rcpt # 20418').map((h) => h.kind)).toEqual(['receiptNumber']);
    expect(labelsIn('TA-Nr. 4471   Kasse 2').map((h) => h.kind)[0]).toBe('receiptNumber');
  });

  it('a letter-spaced Japanese title is a title', () => {
    expect(labelsIn('                 請 求 書').map((h) => h.kind)).toEqual(['invoiceTitle']);
  });

  it('OCR look-alikes in labels: a zero or a one for a letter, a lower-case l in capitals', async () => {
    expect(foldLookAlikes('T0TAL  12,00   Verva1datum: 0mschrijving QUlTTUNG')).toBe('TOTAL  12,00   Vervaldatum: omschrijving QUITTUNG');
    expect(foldLookAlikes('A1 F10 ISO9001 100kg R-2026-0101')).toBe('A1 F10 ISO9001 100kg R-2026-0101');
    const scanned = ['MERCATO VERDE S.R.L.', 'B0N FISCAL   nr. 0733', 'T0TAL     12,40', 'B0N FISCAL  Z: 0119'].join('\n');
    expect((await field(scanned, 'invoiceNumber'))?.value).toBe('0733');
  });

  it('a value row that opens with a label word ("Net 30") is still the row under its header', async () => {
    const text = ['Harlow Signs Co.', 'INVOICE NO.   DATE        TERMS', '7731          04/02/2026  Net 30', 'Total: $75.00'].join('\n');
    expect((await field(text, 'invoiceNumber'))?.value).toBe('7731');
  });

  it('bare number words in a header grid under the title; "Invoice Code", "Document:"', async () => {
    const grid = ['Rotkehlchen Druck GmbH', '', 'Rechnung', '', 'Datum        Nummer      Kunde', '05.03.2026   RD-30917    K-88', '', 'Gesamtbetrag 59,50 EUR'].join('\n');
    expect((await field(grid, 'invoiceNumber'))?.value).toBe('RD-30917');
    expect((await field('Lotus Weaves Pvt. Ltd.\nTAX INVOICE\nInvoice Code: LW/26-27/0088\nGrand Total Rs. 900.00', 'invoiceNumber'))?.value).toBe('LW/26-27/0088');
    expect((await field('Fenwick Tools Ltd\nDocument: INV-004471\nTotal due: 30.00 GBP', 'invoiceNumber'))?.value).toBe('INV-004471');
  });

  it('box-drawing tables, letter-spaced titles with ideographic spaces, an id across the gap after the title', async () => {
    const boxed = ['TALLERES ORIO S.L.', '┌────────────┬────────────┐', '│ Factura nº │ Fecha      │', '├────────────┼────────────┤', '│ T26-00071  │ 02/03/2026 │', '└────────────┴────────────┘', 'Total: 121,00 €'].join('\n');
    expect((await field(boxed, 'invoiceNumber'))?.value).toBe('T26-00071');
    expect(labelsIn('        領\u3000収\u3000書').map((h) => h.kind)).toEqual(['receiptTitle']);
    expect((await field('KAURI JOINERY LTD\nKAURI JOINERY                      TAX INVOICE   KJ-2026-07\nTotal NZD 230.00', 'invoiceNumber'))?.value).toBe('KJ-2026-07');
    expect((await field('小吃店 大安店\n   電子發票證明聯\n   115年03月02日\n   AB-12345678\n總計:120', 'invoiceNumber'))?.value).toBe('AB-12345678');
  });

  it('a remark in brackets after a number label is part of the label', async () => {
    expect((await field('Bouwmarkt Noord B.V.\nFactuurnummer (reeks afnemer): ZB-2026-0091\nTotaal € 50,00', 'invoiceNumber'))?.value).toBe('ZB-2026-0091');
  });

  it('national number labels: pièce, NFC-e, comprobante, faktur, số, Arabic, Hebrew, Korean; a CJK order number is not one', async () => {
    const cases: [string, string][] = [
      ['SARL Breizh Outils\nN° de pièce      FB26-0031\nTotal TTC 60,00 €', 'FB26-0031'],
      ['Padaria Sol Ltda\nNFC-e nº 000012345 Série 001\nValor total R$ 12,00', '000012345'],
      ['Agro Sur S.R.L.\nPunto de Venta: 0002   Comp. Nro: 00000451\nTotal $ 1.000,00', '00000451'],
      ['PT Sinar Abadi\nNo. Faktura  : SA/INV/III/2026/0012\nTotal Rp 500.000', 'SA/INV/III/2026/0012'],
      ['CÔNG TY TNHH AN BÌNH\nSố (No.): 00000712\nTổng cộng: 1.100.000 VND', '00000712'],
      ['شركة الأمل للتجارة\nرقم الفاتورة: AM-2026-0044\nالإجمالي 115.00 SAR', 'AM-2026-0044'],
      ["אופק שירותים בע\"מ\nחשבונית מס מס' 20417\nסה\"כ 117.00 ₪", '20417'],
      ['한빛디자인\n문서번호: HB-2603-01\n합계 110,000', 'HB-2603-01'],
    ];
    for (const [text, number] of cases) expect((await field(text, 'invoiceNumber'))?.value, text).toBe(number);
    const coffee = ['  豆子咖啡 中山店', '  订单号：DZ202603021104', '  小票号：0302-0017', '  实付金额   34.70'].join('\n');
    expect((await field(coffee, 'invoiceNumber'))?.value).toBe('0302-0017');
  });

  it('a bare number label opening the details block over the issue date is the number', async () => {
    const cases: [string, string][] = [
      ['                FAKTURA VAT\n\nSprzedawca:                 Nabywca:\nKowal Serwis Sp. z o.o.     Mebel S.A.\nul. Polna 4                 ul. Leśna 9\n\nNr FS/0077/03/2026\nData wystawienia: 2026-03-02\nDo zapłaty 123,00 PLN', 'FS/0077/03/2026'],
      ['                ФАКТУРА\n\nДоставчик:                  Получател:\n„Бряг Трейд“ ЕООД           „Явор“ АД\nгр. Варна                   гр. Русе\n\nНомер: 0000000712\nДата на издаване: 02.03.2026 г.\nСума за плащане 120,00 EUR', '0000000712'],
      ['        HÓA ĐƠN GIÁ TRỊ GIA TĂNG\n\nNgười bán:                 Người mua:\nCÔNG TY TNHH MINH AN       CÔNG TY CP HOA SEN\n\nSố: 00000315\nNgày lập: 02/03/2026\nTổng tiền thanh toán 1.100.000 VND', '00000315'],
    ];
    for (const [text, number] of cases) expect((await field(text, 'invoiceNumber'))?.value, text).toBe(number);
    // Without the date under it, a house number ("Nr 14") is nobody's invoice number.
    expect((await field('Kowal Serwis\nNr 14\n\nSuma 10,00 PLN', 'invoiceNumber'))?.value).toBeUndefined();
  });

  it('titles of fee notes and instalment invoices carry their number; a hyphenated series opens a number', async () => {
    const cases: [string, string][] = [
      ['Baufirma Keller AG\n\n2. ABSCHLAGSRECHNUNG Nr. 2026-AK-07\nZahlbetrag 1000.00 CHF', '2026-AK-07'],
      ["Cabinet Morel\n\nNOTE D'HONORAIRES N° HN-26-014\nTOTAL TTC 600,00 €", 'HN-26-014'],
      ['Dr. Anna Berger\n\nHonorarnote Nr. 2026/0088\nGesamtbetrag 90,00', '2026/0088'],
      ['ACEROS DEL BAJÍO, S.A. DE C.V.\nFACTURA            Serie y Folio: ABJ-B 4410\n                   Folio fiscal (UUID): 1A2B3C4D-0000-4E71-9A0C-5D2E3F4A7B19\nTotal $ 100.00', 'ABJ-B 4410'],
    ];
    for (const [text, number] of cases) expect((await field(text, 'invoiceNumber'))?.value, text).toBe(number);
  });

  it('a printed invoice number beats a hotel folio; a credit note is read by its own label', async () => {
    const hotel = 'SEASIDE TOWERS\nTAX INVOICE\nGuest: Ms. R. Lee              Folio No.   : 51120\nCompany: Acme                   Invoice No. : ST-TI-26-0042\nTotal 300.00';
    expect((await field(hotel, 'invoiceNumber'))?.value).toBe('ST-TI-26-0042');
    const credit = 'ALPES MOBILIER SA\n\nNOTE DE CRÉDIT N° NC-26-0031          Genève, le 3 mars 2026\nConcerne notre facture n° F-26-0990\nTotal en votre faveur 120.00 CHF';
    expect((await field(credit, 'invoiceNumber'))?.value).toBe('NC-26-0031');
  });

  it('national labels: Malay invois, Hindi bījak, a Korean card slip keeps its transaction number over the approval number', async () => {
    expect((await field('KEDAI ABC SDN. BHD.\nNo. Invois: KA-26-0091\nJumlah 10.00 MYR', 'invoiceNumber'))?.value).toBe('KA-26-0091');
    expect((await field('शर्मा ट्रेडर्स\nबीजक संख्या: ST/26-27/0042\nकुल ₹ 1,000.00', 'invoiceNumber'))?.value).toBe('ST/26-27/0042');
    expect((await field('[카드 영수증]\n상호: 바다 분식\n합계금액  9,000\n승인번호: 55120033\n거래번호: 20260302-0007', 'invoiceNumber'))?.value).toBe('20260302-0007');
  });

  it('receipt and invoice number labels as printed in Japanese, Malay, Croatian and Hebrew', async () => {
    expect((await field(['ファミリーストア', '2026年3月1日 12:10', '責No.22             取引No.0105-774', '合計  ¥880'].join('\n'), 'invoiceNumber'))?.value).toBe('0105-774');
    expect((await field(['KEDAI RUNCIT SENTOSA', 'No. Resit : 0031-558201', 'JUMLAH  RM 12.50'].join('\n'), 'invoiceNumber'))?.value).toBe('0031-558201');
    expect((await field(['Pekara Klas d.o.o.', 'Račun br: 77/PP2/3          01.03.2026 08:15', 'UKUPNO EUR  6,40'].join('\n'), 'invoiceNumber'))?.value).toBe('77/PP2/3');
    expect((await field(['נגרות השרון בע"מ', 'חשבונית מס מספר 51230', 'סה"כ לתשלום 1,170.00'].join('\n'), 'invoiceNumber'))?.value).toBe('51230');
  });
});
