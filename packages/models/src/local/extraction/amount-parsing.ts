/**
 * Amounts in any of the common print conventions — 1,234.56 · 1.234,56 · 1 234,56 (normal,
 * thin or no-break space) · 1'234.56 · Indian 1,23,456.00 — normalised to `1234.56`, with the
 * sign as printed: -119.00, −119,00, -€1,200.00, €-1,200.00, (1,200.00), 119,00-. The decimal
 * separator is inferred per token (the last of `.`/`,` when followed by one or two digits),
 * never from the document's language, so unseen locales work. Linear in the text.
 */

// Grouped with . , ' or (thin / narrow no-break / no-break) space; plain space grouping only with a
// decimal part, because in tables a single space also separates columns. Parts of codes
// ("A4-500", "2026-0042") are not amounts.
// An amount is not glued to a word ("A4", "Mwst19"), except the rand's "R" ("R18,117.50").
const amountPattern =
  /(?:(?<=(?<![\p{L}\d])R)|(?<![\p{L}\d.,'’]))(?<![\p{L}\d][-/])(?:\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d{1,2})?|\d{1,3}(?:[.,'’\u00a0\u202f\u2009](?=\d{3}(?![\d]))\d{3})+(?:[.,]\d{1,2})?|\d{1,3}(?: \d{3})+[.,]\d{2}|\d+(?:[.,]\d{1,2})?)(?![\d\p{L}]|[.,]\d|[-/]\d)/gu;

export interface AmountToken {
  value: string; // normalised, e.g. "1234.56" or "-119.00"
  number: number;
  index: number;
  length: number;
  hasDecimals: boolean;
  negative: boolean;
}

export function normaliseAmount(raw: string): string | null {
  const negative = /^[-−]/.test(raw);
  const body = raw.replace(/^[-−]/, '').replace(/[\s\u00a0\u202f\u2009'’]/g, '');
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
  return negative && Number(value) !== 0 ? `-${value}` : value;
}

// A minus right before the number or before its currency mark; a trailing minus; parentheses.
const minusBefore = /[-−](?:[€$£¥₹]|[A-Z]{3}\s?|Rs\.?\s?)?$/u;
const openBefore = /\((?:[€$£¥₹]|[A-Z]{3}\s?)?\s?$/u;

export function findAmounts(text: string): AmountToken[] {
  const out: AmountToken[] = [];
  for (const match of text.matchAll(amountPattern)) {
    const unsigned = normaliseAmount(match[0]);
    if (unsigned === null) continue;
    const before = text.slice(Math.max(0, match.index - 5), match.index);
    const after = text.slice(match.index + match[0].length, match.index + match[0].length + 6);
    const negative = minusBefore.test(before) || (openBefore.test(before) && /^\s?(?:[€$£]|[A-Z]{3})?\s?\)/u.test(after)) || /^[-−](?![\d\p{L}])/u.test(after);
    const value = negative && Number(unsigned) !== 0 ? `-${unsigned}` : unsigned;
    out.push({ value, number: Number(value), index: match.index, length: match[0].length, hasDecimals: /[.,]\d{1,2}$/.test(match[0]), negative });
  }
  return out;
}

/** Removes percentages ("19%", "8,1 %") so a tax line yields the tax amount, not the rate. */
export function withoutPercentages(text: string): string {
  return text.replace(/\d+(?:[.,]\d+)?\s?%/g, (m) => ' '.repeat(m.length));
}
