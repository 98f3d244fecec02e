/**
 * Amounts in any of the common print conventions — 1,234.56 · 1.234,56 · 1 234,56 · 1'234.56 —
 * normalised to `1234.56`. The decimal separator is inferred per token (the last of `.`/`,` when
 * followed by one or two digits), never from the document's language, so unseen locales work.
 */

// Grouped with . , ' or (narrow) no-break space; plain space grouping only with a decimal part,
// because in tables a single space also separates columns. Parts of codes ("A4-500") are not amounts.
const amountPattern =
  /(?<![\p{L}\d.,'])(?<![\p{L}\d][-/])-?(?:\d{1,3}(?:[.,'\u00a0\u202f]\d{3})+(?:[.,]\d{1,2})?|\d{1,3}(?: \d{3})+[.,]\d{2}|\d+(?:[.,]\d{1,2})?)(?![\d\p{L}]|[.,]\d)/gu;

export interface AmountToken {
  value: string; // normalised, e.g. "1234.56"
  number: number;
  index: number;
  length: number;
  hasDecimals: boolean;
}

export function normaliseAmount(raw: string): string | null {
  const negative = raw.startsWith('-');
  const body = raw.replace(/^-/, '').replace(/[\s\u00a0\u202f']/g, '');
  const lastDot = body.lastIndexOf('.');
  const lastComma = body.lastIndexOf(',');
  const last = Math.max(lastDot, lastComma);
  let whole = body;
  let fraction = '';
  if (last >= 0) {
    const tail = body.slice(last + 1);
    const separatorKinds = new Set(body.replace(/\d/g, '')).size;
    // "1.234" and "1,234": one separator kind followed by three digits is grouping.
    const isDecimal = separatorKinds === 2 || tail.length <= 2;
    if (isDecimal) {
      whole = body.slice(0, last);
      fraction = tail;
    }
  }
  whole = whole.replace(/[.,]/g, '');
  if (!/^\d+$/.test(whole) || !/^\d{0,2}$/.test(fraction)) return null;
  const value = `${String(Number(whole))}.${fraction.padEnd(2, '0')}`;
  return negative ? `-${value}` : value;
}

export function findAmounts(text: string): AmountToken[] {
  const out: AmountToken[] = [];
  for (const match of text.matchAll(amountPattern)) {
    const value = normaliseAmount(match[0]);
    if (value === null) continue;
    out.push({ value, number: Number(value), index: match.index, length: match[0].length, hasDecimals: /[.,]\d{1,2}$/.test(match[0]) });
  }
  return out;
}

/** Removes percentages ("19%", "8,1 %") so a tax line yields the tax amount, not the rate. */
export function withoutPercentages(text: string): string {
  return text.replace(/\d+(?:[.,]\d+)?\s?%/g, (m) => ' '.repeat(m.length));
}
