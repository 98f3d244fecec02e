import { beforeAll, describe, expect, it } from 'vitest';
import { targetsFor } from '../../extraction-targets';
import type { ExtractionModel } from '../../model-contracts';
import { createDefaultLocalExtractionModel } from './local-extraction-model';

/**
 * Sellers on bilingual documents: an export invoice labelled in English whose seller name is
 * printed in Japanese with its registered English form in brackets under it, and an Arabic
 * invoice whose party blocks are headed "بيانات المورد" / "بيانات العميل" (supplier's / customer's
 * details) over their "الاسم:" (name) rows. Inputs written for these classes.
 */
let model: ExtractionModel;

async function vendor(text: string): Promise<string | undefined> {
  const result = await model.extract({ documentId: 'seller', tenant: 't', kind: 'invoice', text }, targetsFor('invoice'));
  return result.value.find((f) => f.name === 'vendorName')?.value;
}

describe('sellers on bilingual documents', () => {
  beforeAll(async () => {
    model = await createDefaultLocalExtractionModel();
  });

  it('an English-labelled export invoice: the bracketed English form under the Japanese name', async () => {
    const text = ['                               COMMERCIAL INVOICE', ' Seller:                                   Buyer:', ' 株式会社大和工機                           Lakeside Tools Inc.', ' (Yamato Koki Co., Ltd.)                   410 Shore Rd, Duluth, MN 55802', ' Invoice No.: YK-26-0415', ' TOTAL (USD)      4,200.00'].join('\n');
    expect(await vendor(text)).toBe('Yamato Koki Co., Ltd.');
  });

  it('a Japanese-labelled invoice keeps the Japanese name', async () => {
    const text = ['                               請求書', ' 販売者:                                   御中', ' 株式会社大和工機                           湖畔ツール株式会社', ' (Yamato Koki Co., Ltd.)', ' 請求書番号: YK-26-0416', ' 合計  ¥42,000'].join('\n');
    expect(await vendor(text)).toBe('株式会社大和工機');
  });

  it('an Arabic invoice: the name row under the supplier details heading', async () => {
    const text = [
      '                                  فاتورة ضريبية',
      ' رقم الفاتورة: NQ-2026-044',
      ' بيانات المورد                                  بيانات العميل',
      ' الاسم: مؤسسة النخلة للتجارة                   الاسم: شركة الساحل للخدمات',
      ' الرقم الضريبي: 310122334400003                الرقم الضريبي: 300998877600003',
      ' الإجمالي شامل الضريبة       1,150.00',
    ].join('\n');
    expect(await vendor(text)).toBe('مؤسسة النخلة للتجارة');
  });
});
