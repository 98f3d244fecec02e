import { describe, expect, it } from 'vitest';
import { findAmounts, normaliseAmount, withoutPercentages } from './amount-parsing';

describe('amount normalisation', () => {
  it.each([
    ['1,234.56', '1234.56'],
    ['1.234,56', '1234.56'],
    ['1\u202f234,56', '1234.56'],
    ['1\u00a0234,56', '1234.56'],
    ["1'234.56", '1234.56'],
    ['1234,5', '1234.50'],
    ['1.234.567,00', '1234567.00'],
    ['1,234', '1234.00'],
    ['12', '12.00'],
    ['-45,10', '-45.10'],
  ])('%s → %s', (raw, expected) => {
    expect(normaliseAmount(raw)).toBe(expected);
  });

  it('finds amounts in a line without reading dates, ids or percentages as amounts', () => {
    const line = withoutPercentages('MwSt. 19% auf 1.234,56 € am 04.03.2025, Art. A4-500: 2 x 12,50');
    expect(findAmounts(line).map((a) => a.value)).toEqual(['1234.56', '2.00', '12.50']);
  });

  it('keeps space-grouped amounts together only with a decimal part', () => {
    expect(findAmounts('Total 1 234,56 EUR').map((a) => a.value)).toEqual(['1234.56']);
    expect(findAmounts('3 250').map((a) => a.value)).toEqual(['3.00', '250.00']);
  });
});

describe('amounts in the conventions of currencies without minor units', () => {
  it('a grouped whole number is an amount; a zero-padded counter is not', () => {
    expect(findAmounts('Tổng cộng   4.250.000').map((a) => [a.value, a.grouped])).toEqual([['4250000.00', true]]);
    expect(findAmounts('No. 007').map((a) => a.value)).toEqual([]);
    expect(findAmounts('Total 2 400 000 FCFA').map((a) => a.value)).toEqual(['2400000.00']);
    expect(findAmounts('Qty 2 400 000').map((a) => a.value)).not.toContain('2400000.00');
  });

  it('"¥52,800-": a dash closing a yen amount is no minus sign', () => {
    expect(findAmounts('ご請求金額 ¥52,800-').map((a) => a.value)).toEqual(['52800.00']);
    expect(findAmounts('Total 52.80-').map((a) => a.value)).toEqual(['-52.80']);
  });

  it('three minor digits on request', () => {
    expect(normaliseAmount('1,204.750', { minorDigits: 3 })).toBe('1204.75');
    expect(normaliseAmount('12.125', { minorDigits: 3 })).toBe('12.13');
    expect(normaliseAmount('12.125')).toBe('12125.00');
  });
});

describe('CJK currency signs glued after an amount', () => {
  it('"179,622円", "86元", "44,000원" are amounts; a word glued to digits is not', () => {
    expect(findAmounts('差引ご請求額 179,622円').map((a) => a.value)).toEqual(['179622.00']);
    expect(findAmounts('合计 86.50元').map((a) => a.value)).toEqual(['86.50']);
    expect(findAmounts('합계 44,000원').map((a) => a.value)).toEqual(['44000.00']);
    expect(findAmounts('Typ 12kg').map((a) => a.value)).toEqual([]);
  });
});
