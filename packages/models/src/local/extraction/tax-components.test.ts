import { beforeAll, describe, expect, it } from 'vitest';
import { targetsFor } from '../../extraction-targets';
import type { ExtractionModel } from '../../model-contracts';
import { createDefaultLocalExtractionModel } from './local-extraction-model';
import { componentTaxSum } from './tax-components';

/**
 * The tax amount where the tax is printed only as its components (India's CGST + SGST, Ghana's
 * NHIL + GETFund + VAT), with or without a net line, and where a total-tax line is printed beside
 * them ("Total GST"). Inputs written for this class.
 */
let model: ExtractionModel;

async function amounts(text: string): Promise<string[]> {
  const result = await model.extract({ documentId: 'tax', tenant: 't', kind: 'invoice', text }, targetsFor('invoice'));
  const get = (name: string) => result.value.find((f) => f.name === name)?.value ?? '-';
  return [get('netAmount'), get('taxAmount'), get('totalAmount')];
}

describe('component taxes', () => {
  beforeAll(async () => {
    model = await createDefaultLocalExtractionModel();
  });

  it('sums components printed once each; never a per-rate table or lines beside a total-tax line', () => {
    expect(componentTaxSum([{ label: 'CGST', cents: 900, line: 4 }, { label: 'SGST', cents: 900, line: 5 }])).toBe(1800);
    expect(componentTaxSum([{ label: 'NHIL', cents: 250, line: 4 }, { label: 'GETFund Levy', cents: 250, line: 5 }, { label: 'VAT', cents: 1500, line: 6 }])).toBe(2000);
    expect(componentTaxSum([{ label: 'CGST', cents: 900, line: 4 }, { label: 'SGST', cents: 900, line: 5 }, { label: 'Total GST', cents: 1800, line: 6 }])).toBeNull();
    expect(componentTaxSum([{ label: 'CGST', cents: 900, line: 4 }, { label: 'CGST', cents: 450, line: 5 }])).toBeNull();
    expect(componentTaxSum([{ label: 'VAT', cents: 900, line: 4 }, { label: 'VAT', cents: 450, line: 5 }])).toBeNull();
  });

  it('India: CGST + SGST after a "Taxable" line or a Hindi taxable value; a "Total Tax" line is the tax', async () => {
    const english = ['TAX INVOICE', 'Invoice No: KT/26/118', 'Taxable          40,000.00', 'CGST @ 9%         3,600.00', 'SGST @ 9%         3,600.00', 'Total Tax         7,200.00', 'Total            47,200.00'].join('\n');
    expect(await amounts(english)).toEqual(['40000.00', '7200.00', '47200.00']);
    const hindi = ['कर बीजक', 'बीजक संख्या: RS/118', 'कर योग्य मूल्य      ₹ 20,000.00', 'CGST @ 6%           ₹  1,200.00', 'SGST @ 6%           ₹  1,200.00', 'कुल देय राशि         ₹ 22,400.00'].join('\n');
    expect(await amounts(hindi)).toEqual(['20000.00', '2400.00', '22400.00']);
  });

  it('India: CGST + SGST with no net line and no total-tax line are summed', async () => {
    const bill = ['CASH BILL', 'Bill No: AK/0042', 'Tea x4                 80.00', 'CGST 2.5%               2.00', 'SGST 2.5%               2.00', 'Grand Total Rs.         84.00'].join('\n');
    expect((await amounts(bill))[1]).toBe('4.00');
  });

  it('Ghana: NHIL, GETFund levy and VAT on their own lines are the tax', async () => {
    const text = ['ACCRA TILEWORKS LTD                          VAT INVOICE', 'Invoice No: ATW-2207', 'Sub-total              8,000.00', 'NHIL 2.5%                200.00', 'GETFund Levy 2.5%        200.00', 'VAT 15%                1,260.00', 'Total Payable (GHS)    9,660.00'].join('\n');
    expect(await amounts(text)).toEqual(['8000.00', '1660.00', '9660.00']);
  });
});
