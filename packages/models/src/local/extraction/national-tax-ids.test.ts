import { beforeAll, describe, expect, it } from 'vitest';
import { targetsFor } from '../../extraction-targets';
import type { ExtractionModel } from '../../model-contracts';
import { createDefaultLocalExtractionModel } from './local-extraction-model';
import { innValid, nationalTaxScheme, partyTaxIds, readNationalTaxId, taxOfficeVkn, ubnValid, usccValid, vknValid } from './national-tax-ids';

/**
 * National taxpayer numbers as the seller's tax id: Russian ИНН (with its КПП beside it), Turkish
 * VKN after "VKN" or after the tax office ("V.D."), the Chinese unified social credit code, also
 * under its label in a fapiao's two-column party block with vertical headings. Inputs written for
 * these classes; the ids are made up with valid check digits.
 */
let model: ExtractionModel;

async function vatId(text: string): Promise<string | undefined> {
  const result = await model.extract({ documentId: 'tax-id', tenant: 't', kind: 'invoice', text }, targetsFor('invoice'));
  return result.value.find((f) => f.name === 'vatId')?.value;
}

describe('check digits', () => {
  it('ИНН: 10 digits with one check digit, 12 with two', () => {
    expect(innValid('5027349180')).toBe(true);
    expect(innValid('5027349181')).toBe(false);
    expect(innValid('501234567802')).toBe(true);
    expect(innValid('501234567803')).toBe(false);
    expect(innValid('502734918')).toBe(false); // a КПП's length
  });

  it('VKN: 10 digits, the last the GİB check digit', () => {
    expect(vknValid('4182037753')).toBe(true);
    expect(vknValid('4182037754')).toBe(false);
  });

  it('unified social credit code: 18 characters, no I O S V Z, mod-31 check character', () => {
    expect(usccValid('91440106MA59C3KX2N')).toBe(true);
    expect(usccValid('91440106MA59C3KX2P')).toBe(false);
    expect(usccValid('91440106MA59C3KXZN')).toBe(false);
  });

  it('Taiwan unified business number: weighted digit sums divisible by 5', () => {
    expect(ubnValid('12345675')).toBe(true);
    expect(ubnValid('12345678')).toBe(false);
    expect(partyTaxIds('賣方 12345675   買方 12345678').map((v) => v.id)).toEqual(['12345675']);
    expect(partyTaxIds('RC 55120 – IF 4410227 – ICE 001122334000055').map((v) => v.id)).toEqual(['4410227']);
    expect(partyTaxIds('if 4410227')).toEqual([]);
  });

  it('reads the scheme a label names and a valid id from its value', () => {
    expect(nationalTaxScheme('ИНН/КПП продавца')).toBe('ru-inn');
    expect(nationalTaxScheme('Vergi No')).toBe('tr-vkn');
    expect(nationalTaxScheme('统一社会信用代码/纳税人识别号：')).toBe('cn-uscc');
    expect(nationalTaxScheme('USt-IdNr.')).toBeNull();
    expect(readNationalTaxId('ru-inn', ': 5027349180/502701001')?.id).toBe('5027349180');
    expect(readNationalTaxId('cn-uscc', '方  91440106MA59C3KX2N')?.id).toBe('91440106MA59C3KX2N');
    expect(readNationalTaxId('ru-inn', ': 5027349181/502701001')).toBeNull();
    expect(taxOfficeVkn('MODA V.D. 4182037753').map((v) => v.id)).toEqual(['4182037753']);
    // Valid first; a number whose check fails is still read when it is the only one (a typo, OCR).
    expect(taxOfficeVkn('MODA V.D. 4182037754\nKADIKÖY V.D. 4182037753').map((v) => v.id)).toEqual(['4182037753', '4182037754']);
    expect(taxOfficeVkn('MODA V.D. 4182037754').map((v) => v.id)).toEqual(['4182037754']);
  });
});

describe('national tax ids as the seller’s tax id', () => {
  beforeAll(async () => {
    model = await createDefaultLocalExtractionModel();
  });

  it('Russian счёт-фактура: the seller’s ИНН from "ИНН/КПП продавца", not the КПП nor the buyer’s', async () => {
    const text = [
      '                         СЧЁТ-ФАКТУРА № 318 от 02.10.2026',
      'Продавец:                                  Покупатель:',
      'ООО «Ладога Пласт»                          ООО «Вектор Строй»',
      'ИНН/КПП продавца: 5027349180/502701001      ИНН/КПП покупателя: 7812045569/781201001',
      '',
      'Итого без НДС            40 000,00',
      'НДС 20%                   8 000,00',
      'Всего к оплате           48 000,00 RUB',
    ].join('\n');
    expect(await vatId(text)).toBe('5027349180');
  });

  it('Turkish receipt: the VKN printed after the tax office', async () => {
    const text = ['      ÇINAR KIRTASİYE', ' ÇINAR KIRTASİYE TİC. LTD. ŞTİ.', '  Moda Cad. No:12 Kadıköy', '  MODA V.D. 4182037753', 'TARİH: 03.10.2026', 'FİŞ NO: 0042', 'DEFTER x3        *90,00', 'TOPKDV           *15,00', 'TOPLAM           *90,00'].join('\n');
    expect(await vatId(text)).toBe('4182037753');
    expect(await vatId(['ÇINAR KIRTASİYE TİC. LTD. ŞTİ.', 'Ver gi Dairesi: Moda   V.K.N: 4182037753', 'TOPLAM  *90,00'].join('\n'))).toBe('4182037753');
  });

  it('fapiao with vertical party headings: the seller’s code under its label, not the buyer’s', async () => {
    const text = [
      '                  电子发票（增值税专用发票）      发票号码：26110000000012345678',
      '                                                  开票日期：2026年10月02日',
      ' 购  名称：北京云杉科技有限公司               销  名称：广州星河贸易有限公司',
      ' 买                                           售',
      ' 方  统一社会信用代码/纳税人识别号：          方  统一社会信用代码/纳税人识别号：',
      ' 信  91110108MA01R7QL37                       信  91440106MA59C3KX2N',
      ' 息                                           息',
      '  合    计                     ¥1000.00            ¥130.00',
      '  价税合计（大写）  壹仟壹佰叁拾圆整       （小写）¥1130.00',
    ].join('\n');
    expect(await vatId(text)).toBe('91440106MA59C3KX2N');
  });

  it('Taiwanese e-invoice proof: the seller’s number after 賣方; Moroccan footer: the IF, not the ICE', async () => {
    const slip = ['      星光文具', '    電子發票證明聯', '     115年09-10月', '     AB-12345678', ' 2026-10-02 10:12:00', ' 賣方 12345675   買方 24703183', ' 總計: 120'].join('\n');
    expect(await vatId(slip)).toBe('12345675');
    const maroc = ['ATLAS FOURNITURES SARL', 'FACTURE N° AF-2026-118', 'Total TTC   1 200,00 MAD', '', 'RC Rabat 55120 – IF 4410227 – Patente 2551190 – ICE : 001122334000055'].join('\n');
    expect(await vatId(maroc)).toBe('4410227');
  });

  it('Chinese till receipt: the code after 税号', async () => {
    const text = ['     星河便利店', '  广州星河贸易有限公司', '  税号：91440106MA59C3KX2N', '  日期：2026-10-02 18:20', '  合计：  35.50', '  微信支付：  35.50'].join('\n');
    expect(await vatId(text)).toBe('91440106MA59C3KX2N');
  });
});
