import { beforeAll, describe, expect, it } from 'vitest';
import { targetsFor } from '../../extraction-targets';
import type { ExtractionModel } from '../../model-contracts';
import { createDefaultLocalExtractionModel } from './local-extraction-model';
import { nameAfterPayeeCue, namePart, plausibleName } from './seller-name-shape';

/**
 * Ways a seller presents itself that a reader of seller identity must handle in general, not one
 * document's wording: the name inside prose that says whose it is, a greeting or a sentence at the
 * top, a "FROM / TO" heading row, a signature under a closing phrase, a legal form wrapped to the
 * next line, decoration around a name. Inputs written for these classes.
 */
let model: ExtractionModel;

async function vendor(text: string): Promise<{ value: string; confidence: number } | undefined> {
  const result = await model.extract({ documentId: 'presentation', tenant: 't', kind: 'invoice', text }, targetsFor('invoice'));
  return result.value.find((f) => f.name === 'vendorName');
}

describe('how sellers present themselves', () => {
  beforeAll(async () => {
    model = await createDefaultLocalExtractionModel();
  });

  it('prose that names the payee gives the name, never the sentence', async () => {
    expect(nameAfterPayeeCue('Please make all cheques payable to Tallow & Wick Candles Ltd.')?.name).toBe('Tallow & Wick Candles Ltd.');
    expect(nameAfterPayeeCue('Thank you for shopping at Corner Crumb Bakery!')?.name).toBe('Corner Crumb Bakery');
    expect(nameAfterPayeeCue('Your receipt from Orbitrail Software Ltd')?.name).toBe('Orbitrail Software Ltd');
    expect(nameAfterPayeeCue('Make cheques payable to "Harlan Stone Masonry LLC"')?.name).toBe('Harlan Stone Masonry LLC');
    expect(nameAfterPayeeCue('payable to the account below')).toBeNull();
    const footer = ['Mrs J. Carter', '7 Willow Way', 'Exeter EX1 2QQ', '', 'Invoice 5120', 'Date 04.02.2026', 'Window cleaning           45.00', 'Total due GBP             45.00', '', 'Please make all cheques payable to Clearview Window Care Ltd.', 'Clearview Window Care Ltd · 3 Dock Road · Exeter EX2 8AB · VAT GB 987 6543 21'].join('\n');
    expect((await vendor(footer))?.value).toBe('Clearview Window Care Ltd');
    const receipt = ['Your receipt from Orbitrail Software Ltd', 'Receipt #2209-1187', 'Amount paid: £12.00', 'Date paid: February 2, 2026', '', 'Starter plan          £10.00', 'VAT (20%)              £2.00', 'Amount paid           £12.00'].join('\n');
    expect((await vendor(receipt))?.value).toBe('Orbitrail Software Ltd');
    const titled = ['Tax Invoice from Saltmarsh Pilates', 'ABN 11 222 333 444', 'Invoice number: SP-81', 'Date: 03/02/2026', 'To: Mr D. Okafor', '8-class pass     $160.00', 'Total            $160.00'].join('\n');
    expect((await vendor(titled))?.value).toBe('Saltmarsh Pilates');
  });

  it('a greeting or a sentence at the top is not a name; the signature under a closing phrase names the business', async () => {
    expect(plausibleName('Hello Priya')).toBe(false);
    expect(plausibleName('Please find attached the invoice')).toBe(false);
    expect(plausibleName('Общество с ограниченной ответственностью «Ладога»')).toBe(true);
    expect(plausibleName('Zakład usług dźwigowych')).toBe(true);
    const letter = ['Hello Priya,', '', 'as agreed, here is the invoice for the garden wall.', '', 'Invoice no: 77', 'Date: 5 February 2026', 'Wall repair             £640.00', 'Total                   £640.00', '', 'Best regards,', 'Owen Pritchard', 'Pritchard Stonework', '07700 900456'].join('\n');
    expect((await vendor(letter))?.value).toBe('Pritchard Stonework');
  });

  it('"FROM / TO" headings over two blocks: the seller heads the first, never the buyer the second', async () => {
    const text = ['INVOICE', 'Invoice #: GL-204', 'Date: 6 February 2026', '', 'FROM                              TO', 'Gull Lane Ceramics                Tidewell Hotels Ltd', '4 Quay Street                     1 Esplanade', 'Whitby YO21 3PU                   Scarborough YO11 2AA', '', 'Tableware set x 40                £2,400.00', 'Total                             £2,400.00'].join('\n');
    expect((await vendor(text))?.value).toBe('Gull Lane Ceramics');
  });

  it('a legal form wrapped to the line under the name joins it; a hotel\'s stars and a Mexican "S.A. de C.V." are read as printed', async () => {
    const wrapped = ['Becker & Kollegen', 'Wirtschaftsprüfungsgesellschaft mbH', 'Zeil 5 · 60313 Frankfurt am Main', '', 'Herrn', 'Jonas Weber', 'Bergweg 3', '60318 Frankfurt', '', 'Rechnung Nr. 2026/031            Datum: 07.02.2026', 'Honorar                 900,00 €', 'Rechnungsbetrag       1.071,00 €'].join('\n');
    expect((await vendor(wrapped))?.value).toBe('Becker & Kollegen Wirtschaftsprüfungsgesellschaft mbH');
    expect(namePart('GASTHOF ZUR LINDE ***')).toBe('GASTHOF ZUR LINDE');
    expect(namePart('Distribuidora Laguna Azul S.A. de C.V. con domicilio en Monterrey')).toBe('Distribuidora Laguna Azul S.A. de C.V.');
  });

  it('quotes inside a labelled name stay as printed', async () => {
    const text = ['FAKTURA VAT nr 4/02/2026', 'Sprzedawca:', 'PRZEDSIĘBIORSTWO "SOKÓŁ" Sp. z o.o.', 'ul. Lipowa 3, 20-001 Lublin', 'Nabywca:', 'Hurtownia Bór S.A.', 'Razem do zapłaty: 123,00 PLN'].join('\n');
    expect((await vendor(text))?.value).toBe('PRZEDSIĘBIORSTWO "SOKÓŁ" Sp. z o.o.');
  });

  it('local legal forms close the name, with the partners a comma separates and a form in brackets', () => {
    expect(namePart('Épicerie Muller & Fils S.à r.l.   12, rue Haute')).toBe('Épicerie Muller & Fils S.à r.l.');
    expect(namePart('Gulf Horizon Trading W.L.L. | C.R. No. 55120-1')).toBe('Gulf Horizon Trading W.L.L.');
    expect(namePart('nordwerk UG (haftungsbeschränkt)          Kunde:')).toBe('nordwerk UG (haftungsbeschränkt)');
    expect(namePart('Carvalho, Pinto & Associados, Lda.')).toBe('Carvalho, Pinto & Associados, Lda.');
    expect(namePart('BOROVNIK, gradnja in montaža, d.o.o.')).toBe('BOROVNIK, gradnja in montaža, d.o.o.');
    expect(namePart('Sosa, Quiroga y Asociados S.R.L.')).toBe('Sosa, Quiroga y Asociados S.R.L.');
    expect(namePart('For NILGIRI TEXTILES LLP')).toBe('NILGIRI TEXTILES LLP');
    expect(namePart('Fernway Trading LLC)        12 Elm St')).toBe('Fernway Trading LLC');
    expect(namePart('Aarau Gebäudetechnik AG Aarau Gebäudetechnik AG')).toBe('Aarau Gebäudetechnik AG');
  });

  it('a brand over the legal name that repeats it is not joined to it; a department heading is not the buyer', async () => {
    const brand = ['            DELFINI', '  DELFINI MARINE SERVICES LTD', '  12 Quay Road, Limassol 3042', '  VAT CY10293847X', '', 'INVOICE 2026/118        Date: 09/02/2026', 'Hull cleaning          800.00', 'Total EUR              800.00'].join('\n');
    expect((await vendor(brand))?.value).toBe('DELFINI MARINE SERVICES LTD');
    const department = ['Accounts Receivable', 'Client Services Team', 'Oakridge Timber Supplies PLC', 'PO Box 88, Derby DE1 1AA', '', 'INVOICE              Invoice No: OT-55120', '                     Date: 10/02/2026', 'Invoice to:', 'Fellside Builders Ltd', '2 Mill Road, Leek ST13 5AA', 'Total due            £1,200.00'].join('\n');
    expect((await vendor(department))?.value).toBe('Oakridge Timber Supplies PLC');
  });

  it("a factored invoice's account holder is the factor, not the seller; a buyer label's block stays under it", async () => {
    const factored = ['Brandsma Staalbouw B.V.', 'Havenweg 3, 8861 NL Harlingen', 'KvK 12345678  Btw NL123456789B01', '', 'Aan:', 'Scheepswerf Noord B.V.', '', 'Factuurnummer: 2026-331', 'Totaal € 12.100,00', '', 'Deze vordering is gecedeerd aan Waddenfactor B.V.; betaling uitsluitend op', 'NL91 ABNA 0417 1643 00 t.n.v. Waddenfactor B.V.'].join('\n');
    expect((await vendor(factored))?.value).toBe('Brandsma Staalbouw B.V.');
    const sideBySide = ['Bill to:                                  RIVERSTONE', 'Kestrel Foods Ltd                         Riverstone Packaging Ltd', '5 Harbour Way, Hull HU1 2AA               Unit 9, Goole DN14 6XL', '                                          VAT GB 123 4567 89', '', 'INVOICE   No. RP-4471   Date 11/02/2026', 'Total   £960.00'].join('\n');
    expect((await vendor(sideBySide))?.value).toBe('Riverstone Packaging Ltd');
  });

  it("the seller's name row at the head; a legal name beside the seller's details above a payment slip", async () => {
    const row = ['ESTUDIO NORTE           FACTURA B', 'Razón Social: Campos, Lema y Asociados S.R.L.', 'Domicilio: Av. Santa Fe 1200, CABA     CUIT: 30-71234567-8', '', 'Cliente: Panadería El Sol', 'Total: $ 121000,00'].join('\n');
    expect((await vendor(row))?.value).toBe('Campos, Lema y Asociados S.R.L.');
    const slip = [
      '   BERGWERK',
      '   Malerei · Gipserei',
      '',
      '                                   Müller Immobilien & Co.',
      '                                   Seestrasse 4',
      '                                   8002 Zürich',
      '',
      'Rechnung 26-118',
      'Total inkl. MWST                  1\'080.00',
      '',
      'Bergwerk Malerei GmbH · Werkstrasse 2 · 8400 Winterthur',
      'CHE-123.456.789 MWST',
      '',
      'Empfangsschein                  Zahlteil',
      'Konto / Zahlbar an              Konto / Zahlbar an',
      'CH93 0076 2011 6238 5295 7      CH93 0076 2011 6238 5295 7',
      'Bergwerk Malerei GmbH           Bergwerk Malerei GmbH',
      'Werkstrasse 2                   Werkstrasse 2',
      '8400 Winterthur                 8400 Winterthur',
      'Zahlbar durch                   Referenz',
      'Müller Immobilien               21 00000 00003 13947 14300 09017',
      'Währung   Betrag                Währung   Betrag',
      "CHF        1'080.00             CHF        1'080.00",
    ].join('\n');
    expect((await vendor(slip))?.value).toBe('Bergwerk Malerei GmbH');
  });

  it("a document's own seller label outranks the mail header of the platform that sent it", async () => {
    const text = ['From: Shelfmart <orders@shelfmart.example>', 'To: ana@example.org', 'Subject: Your invoice', '', 'INVOICE', 'Sold by:   Quarry Lane Records Ltd', '           VAT Reg. No. GB 123 4567 89', 'Invoice number: QLR-2026-88', 'Total      £24.00'].join('\n');
    expect((await vendor(text))?.value).toBe('Quarry Lane Records Ltd');
  });

  it("East Asian seller blocks: a vertical 销售方信息 label; the addressee before 御中 and a name's translation in brackets", async () => {
    const fapiao = [
      '                 电子发票（普通发票）               发票号码：26110000000012345678',
      ' 购  名称：北京云杉咨询有限公司                   销  名称：天津海河软件有限公司',
      ' 买                                               售',
      ' 方  纳税人识别号：91110105MA01ABCD1X             方  纳税人识别号：91120116MA05EFGH2Y',
      ' 信                                               信',
      ' 息                                               息',
      '      价税合计（小写）¥1060.00',
    ].join('\n');
    expect((await vendor(fapiao))?.value).toBe('天津海河软件有限公司');
    const seikyusho = [
      '                              請  求  書',
      '                                                     請求番号: 2026-118',
      '株式会社みどり商会  御中                             合同会社ソラノ工房',
      '〒530-0001 大阪府大阪市北区梅田1-1                    (Sorano Kobo LLC)',
      '                                                     〒600-8001',
      '                                                     京都府京都市下京区四条通1-2',
      '                                                     登録番号: T1234567890123',
      'ご請求金額  ¥55,000-',
    ].join('\n');
    expect((await vendor(seikyusho))?.value).toBe('合同会社ソラノ工房');
  });

  it("of two parties' VAT ids with no buyer label, the one printed with the seller's name", async () => {
    const vat = async (text: string) => (await model.extract({ documentId: 'vat', tenant: 't', kind: 'invoice', text }, targetsFor('invoice'))).value.find((f) => f.name === 'vatId')?.value;
    const letter = ['Dipl.-Ing. Klara Moosbrugger', 'Vermessung und Geoinformation', 'Rathausgasse 2 · 6900 Bregenz', '', '                                   An', '                                   Holzbau Feurstein GmbH', '                                   Werkstraße 9', '                                   6850 Dornbirn', '                                   UID: ATU12345678', '', 'HONORARNOTE Nr. 2026/14', 'Gesamtbetrag          1.200,00 EUR', '', 'UID-Nr.: ATU87654321'].join('\n');
    expect(await vat(letter)).toBe('ATU87654321');
    const selfBilled = ['HILLCREST FOODS LTD                               SELF-BILLING INVOICE', 'Unit 2, Dock Road, Hull HU1 1AA', 'VAT Reg No GB 111 2222 33', '', 'Supplier:                                   Self-bill invoice no:  SB-1001', 'Brookside Farm Partnership                  Tax point:             02/03/2026', 'Low Lane, Beverley HU17 8AA', 'Supplier VAT No: GB 444 5555 66', '', 'Total                                       £4,000.00'].join('\n');
    expect(await vat(selfBilled)).toBe('GB444555566');
  });
});
