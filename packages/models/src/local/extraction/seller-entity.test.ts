import { beforeAll, describe, expect, it } from 'vitest';
import { targetsFor } from '../../extraction-targets';
import type { ExtractionModel } from '../../model-contracts';
import { legalEntityStatement } from './legal-entity-statement';
import { createDefaultLocalExtractionModel } from './local-extraction-model';

/**
 * The seller (BT-27, the registered legal name) where the document's most visible name is
 * something else: a shop sign or brand with its operating company printed below, a party block
 * whose name row has its own label (Korean 공급자 / 상호, Chinese fapiao 销售方 / 名称, Brazilian
 * NFS-e prestador / razão social), an account holder written with initials, a legal form wrapped
 * to its own line or followed by the trade on the next line. Inputs written for these classes.
 */
let model: ExtractionModel;

async function vendor(text: string): Promise<string | undefined> {
  const result = await model.extract({ documentId: 'seller', tenant: 't', kind: 'invoice', text }, targetsFor('invoice'));
  return result.value.find((f) => f.name === 'vendorName')?.value;
}

describe('the seller behind a trading name', () => {
  beforeAll(async () => {
    model = await createDefaultLocalExtractionModel();
  });

  it('a brand-led receipt names the company that runs it ("operated by", "a unit of", 運営, 법인명)', async () => {
    const cafe = ['      THE COPPER KETTLE', '   14 Harbour Row, Whitby YO21 3PU', '', 'Receipt no. 20417', '2 Flat white          7.40', 'Total                 7.40 GBP', '', 'The Copper Kettle is operated by Kettleworth Catering Ltd, reg. in England'].join('\n');
    expect(await vendor(cafe)).toBe('Kettleworth Catering Ltd');
    const unit = ['        SPICE ROUTE DHABA', '   (A unit of Meridian Foodworks Pvt Ltd)', '   GSTIN: 27AAACM1234F1Z5', 'Bill No: SR/118', 'Grand Total  Rs. 940.00'].join('\n');
    expect(await vendor(unit)).toBe('Meridian Foodworks Pvt Ltd');
    const konbini = ['   ひかりストア 本町店', '   大阪府大阪市中央区本町1-2-3', '   運営：株式会社ひかりリテール', '', '合計  ¥540'].join('\n');
    expect(await vendor(konbini)).toBe('株式会社ひかりリテール');
    const bunsik = ['  바다분식 서면점', '  법인명: 주식회사 바다푸드', '  사업자번호: 123-81-45678', '  합계  12,000'].join('\n');
    expect(await vendor(bunsik)).toBe('주식회사 바다푸드');
  });

  it('a company that names its owner is still the seller; a cue with no legal name after it names nobody', () => {
    expect(legalEntityStatement('Invoice\nNordwind Solar GmbH is owned by Nordwind Holding AG\nTotal 10 EUR')).toBeNull();
    expect(legalEntityStatement('Bar Luna\nThis bar is run by our friendly team\nTotal 5 EUR')).toBeNull();
  });

  it('a seller block whose rows carry labels: the name row, not the first row', async () => {
    const taxInvoice = [
      '                   세금계산서',
      ' ┌ 공급자 ────────────────────┬ 공급받는자 ───────────────────┐',
      ' │ 등록번호  211-86-00012        │ 등록번호  105-81-33333        │',
      ' │ 상호      주식회사 새봄기계   │ 상호      (주)동해상사        │',
      ' │ 성명      박지훈              │ 성명      최수아              │',
      ' └────────────────────────────┴───────────────────────────┘',
      ' 합계금액  1,100,000',
    ].join('\n');
    expect(await vendor(taxInvoice)).toBe('주식회사 새봄기계');
    const nfse = ['NOTA FISCAL DE SERVIÇOS ELETRÔNICA', 'Número da Nota: 00000077', '', 'PRESTADOR DE SERVIÇOS', 'Nome/Razão Social: 12.345.678 MARIANA COSTA LIMA', 'CPF/CNPJ: 12.345.678/0001-95', '', 'TOMADOR DE SERVIÇOS', 'Nome/Razão Social: PADARIA BOM DIA LTDA', 'VALOR TOTAL DO SERVIÇO = R$ 800,00'].join('\n');
    expect(await vendor(nfse)).toBe('12.345.678 MARIANA COSTA LIMA');
  });

  it("a fapiao's seller block with its label printed vertically (销 / 售 / 方)", async () => {
    const fapiao = [
      '                 电子发票（普通发票）',
      '                                          发票号码：26110000000012345678',
      ' 购 名称：北京青禾文化有限公司              销 名称：杭州云帆科技有限公司',
      ' 买 纳税人识别号：91110105MA00ABCD1X        售 纳税人识别号：91330106MA2ABCDE3Y',
      ' 方                                          方',
      '  价税合计（小写）¥1060.00',
    ].join('\n');
    expect(await vendor(fapiao)).toBe('杭州云帆科技有限公司');
  });

  it('an account holder written with initials is the person the letterhead names in full', async () => {
    const text = ['Maartje de Wit', 'Tekstschrijver', 'Lange Nieuwstraat 9', '3512 PA Utrecht', '', 'FACTUUR 2026-031', 'Totaal  € 605,00', 'Graag overmaken op NL20 INGB 0001 2345 67 t.n.v. M. de Wit.'].join('\n');
    expect(await vendor(text)).toBe('Maartje de Wit');
  });

  it("an attention line marks the addressee's block: a buyer printed left of the seller, with no labels, is not the seller", async () => {
    const text = [
      'Landgasthof Zur Linde                                   Malerei Huber',
      'z.H. Hr. Josef Brandner                                 Inh. Karl Huber',
      'Dorfplatz 2                                             Werkstraße 9',
      '5020 Salzburg                                           5071 Wals',
      '',
      'RECHNUNG',
      'Rechnungs-Nr.: 2026/0031        Datum: 02.03.2026',
      'Rechnungsbetrag   1.200,00',
    ].join('\n');
    expect(await vendor(text)).toBe('Malerei Huber');
  });

  it('a legal form ends the name: the trade under it is not part of it; a legal form alone on the next line is', async () => {
    const trade = ['Eladó:                         Vevő:', 'Szabó Anna e.v.                Kert Bt.', 'festő                          8000 Székesfehérvár, Fő utca 1.', '9021 Győr, Baross út 5.', '', 'SZÁMLA', 'Számla sorszáma: SA-2026/12', 'Fizetendő: 50 000 Ft'].join('\n');
    expect(await vendor(trade)).toBe('Szabó Anna e.v.');
    const wrapped = ['FERRETERIA EL ALGARROBO          FACTURA', 'S.R.L.', 'Av. San Martín 1200, Córdoba', '', 'Comp. Nro: 0004-00001234', 'Importe Total: $ 12.000,00'].join('\n');
    expect(await vendor(wrapped)).toBe('FERRETERIA EL ALGARROBO S.R.L.');
  });
});
