import { beforeAll, describe, expect, it } from 'vitest';
import { targetsFor } from '../../extraction-targets';
import type { ExtractionModel } from '../../model-contracts';
import { createDefaultLocalExtractionModel } from './local-extraction-model';

/** Net (BT-109), tax (BT-110) and total (BT-112/BT-115) under their names in more languages. */
let model: ExtractionModel;

async function amounts(text: string): Promise<string[]> {
  const result = await model.extract({ documentId: 'labels', tenant: 't', kind: 'invoice', text }, targetsFor('invoice'));
  const get = (name: string) => result.value.find((f) => f.name === name)?.value ?? '-';
  return [get('netAmount'), get('taxAmount'), get('totalAmount')];
}

describe('amount labels', () => {
  beforeAll(async () => {
    model = await createDefaultLocalExtractionModel();
  });

  it.each([
    ['et', 'Puutöö OÜ\nARVE nr 17\nSumma km-ta:   100,00 EUR\nKäibemaks 24%:   24,00 EUR\nKokku tasuda:  124,00 EUR'],
    ['lv', 'Koks SIA\nRēķins Nr. 9\nKopā bez PVN:   100,00 EUR\nPVN 21%:   24,00 EUR\nKopā apmaksai:  124,00 EUR'],
    ['el', 'Ξύλο Α.Ε.\nΤιμολόγιο 31\nΚαθαρή αξία:   100,00\nΦ.Π.Α. 24%:   24,00\nΣύνολο πληρωτέο:  124,00 €'],
    ['de-CH', 'Holz AG\nRechnung 5\nTotal exkl. MWST   100.00\nMWST 24 %   24.00\nTotal inkl. MWST   124.00'],
    ['id', 'PT Kayu\nInvoice 3\nDasar Pengenaan Pajak   100.000\nPPN 24%   24.000\nTotal Tagihan   124.000'],
    ['ms', 'Kayu Sdn. Bhd.\nInvois 4\nJumlah Sebelum SST   100.00\nCukai Perkhidmatan 24%   24.00\nJumlah Perlu Dibayar (RM)   124.00'],
    ['vi', 'Công ty Gỗ\nHóa đơn 5\nCộng tiền hàng:   100.000\nTiền thuế GTGT:   24.000\nTổng cộng tiền thanh toán:   124.000'],
    ['ar', 'شركة الخشب\nفاتورة ضريبية\nالإجمالي غير شامل الضريبة   100.00\nضريبة القيمة المضافة 24%   24.00\nالإجمالي شامل الضريبة   124.00'],
  ])('%s: net, tax and total', async (_language, text) => {
    const [net, tax, total] = await amounts(text);
    const scale = /100\.000/.test(text) ? 1000 : 1;
    expect([net, tax, total]).toEqual([(100 * scale).toFixed(2), (24 * scale).toFixed(2), (124 * scale).toFixed(2)]);
  });

  it('a tax base named with the tax ("Základ DPH", "Osnovica PDV") is the net, and a line of label/amount pairs splits', async () => {
    expect(await amounts('Topenáři s.r.o.\nFaktura 8\nZáklad DPH 21 %   1 000,00 Kč\nDPH 21 %   210,00 Kč\nCelkem k úhradě   1 210,00 Kč')).toEqual(['1000.00', '210.00', '1210.00']);
    expect(await amounts('Duka Ltd\nReceipt 4\nTOTAL   KES 116.00\nVAT A 16%   Net 100.00  VAT 16.00')).toEqual(['100.00', '16.00', '116.00']);
  });
});
