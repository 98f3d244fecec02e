/**
 * Amounts in any of the common print conventions — 1,234.56 · 1.234,56 · 1 234,56 (normal,
 * thin or no-break space) · 1'234.56 · Indian 1,23,456.00 — normalised to `1234.56`, with the
 * sign as printed: -119.00, −119,00, -€1,200.00, €-1,200.00, (1,200.00), 119,00-. The decimal
 * separator is inferred per token (the last of `.`/`,` when followed by one or two digits),
 * never from the document's language, so unseen locales work. Linear in the text.
 */

// Grouped with . , ' or (thin / narrow no-break / no-break) space; plain space grouping only with a
// decimal part or right before a currency mark ("3 245 000 FCFA"), because in tables a single space
// also separates columns. Parts of codes
// ("A4-500", "2026-0042") are not amounts.
// An amount is not glued to a word ("A4", "Mwst19"), except the rand's "R" ("R18,117.50") before it
// and a yen, yuan or won sign after it ("179,622円", "44,000원").
const amountPattern =
  /(?:(?<=(?<![\p{L}\d])R)|(?<![\p{L}\d.,'’]))(?<![\p{L}\d][-/])(?:\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d{1,2})?|\d{1,3}(?:[.,'’\u00a0\u202f\u2009](?=\d{3}(?![\d]))\d{3})+(?:[.,]\d{1,2})?|\d{1,3}(?: \d{3})+[.,]\d{2}|\d{1,3}(?: \d{3})+(?=[ \u00a0]?(?:\p{Sc}|[A-Z]{2,4}(?![\p{L}])|F[ \u00a0]?CFA|Kč|zł|Ft|kr|лв|Dhs?(?![\p{L}])))|\d+(?:[.,]\d{1,2})?)(?!(?![円元원])[\d\p{L}]|[.,]\d|[-/]\d)/gu;

export interface AmountToken {
  value: string; // normalised, e.g. "1234.56" or "-119.00"
  number: number;
  index: number;
  length: number;
  hasDecimals: boolean;
  /** Thousands grouping printed ("31.302.000", "44,000"): an amount even without decimals. */
  grouped: boolean;
  negative: boolean;
}

/**
 * `minorDigits` 3: the document's currency has three minor digits (Bahraini, Kuwaiti, Jordanian,
 * Omani, Tunisian, Libyan, Iraqi dinars; ISO 4217), so "227.500" is 227.50, not 227,500.
 */
export interface AmountReadingOptions {
  minorDigits?: 2 | 3;
}

export function normaliseAmount(raw: string, options: AmountReadingOptions = {}): string | null {
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
    const isDecimal = separatorKinds === 2 || tail.length <= 2 || (options.minorDigits === 3 && tail.length === 3 && body.indexOf(body[last]!) === last);
    if (isDecimal) {
      whole = body.slice(0, last);
      fraction = tail;
    }
  }
  whole = whole.replace(/[.,]/g, '');
  if (!/^\d+$/.test(whole) || !(options.minorDigits === 3 ? /^\d{0,3}$/ : /^\d{0,2}$/).test(fraction)) return null;
  // Reported in two decimals, as the labels and rules expect; a third minor digit is rounded.
  // Rounded half up on integers (80.455 is 80.46; binary floating point would say 80.45).
  const value = fraction.length === 3 ? (Math.round((Number(whole) * 1000 + Number(fraction)) / 10) / 100).toFixed(2) : `${String(Number(whole))}.${fraction.padEnd(2, '0')}`;
  return negative && Number(value) !== 0 ? `-${value}` : value;
}

// A minus right before the number or before its currency mark; a trailing minus; parentheses.
const minusBefore = /[-−](?:[€$£¥₹]|[A-Z]{3}\s?|Rs\.?\s?)?$/u;
const openBefore = /\((?:[€$£¥₹]|[A-Z]{3}\s?)?\s?$/u;

export function findAmounts(text: string, options: AmountReadingOptions = {}): AmountToken[] {
  const out: AmountToken[] = [];
  for (const match of text.matchAll(amountPattern)) {
    // "000" or "007" (a zero-padded counter or the tail of a space-grouped figure) is not an amount.
    if (/^0\d/.test(match[0])) continue;
    const unsigned = normaliseAmount(match[0], options);
    if (unsigned === null) continue;
    const before = text.slice(Math.max(0, match.index - 5), match.index);
    const after = text.slice(match.index + match[0].length, match.index + match[0].length + 6);
    // "¥1,012,000-": in Japanese usage a dash after a yen amount closes it; it is not a sign.
    const yenClosed = /[¥￥]\s?$/u.test(before);
    const negative = minusBefore.test(before) || (openBefore.test(before) && /^\s?(?:[€$£]|[A-Z]{3})?\s?\)/u.test(after)) || (!yenClosed && /^[-−](?![\d\p{L}])/u.test(after));
    const value = negative && Number(unsigned) !== 0 ? `-${unsigned}` : unsigned;
    out.push({ value, number: Number(value), index: match.index, length: match[0].length, hasDecimals: /[.,]\d{1,2}$/.test(match[0]) || (options.minorDigits === 3 && unsigned !== normaliseAmount(match[0])), grouped: /\d[.,'’\u00a0\u202f\u2009 ]\d{3}(?:$|[^\d])/.test(match[0]), negative });
  }
  return out;
}

/** Removes percentages ("19%", "8,1 %") so a tax line yields the tax amount, not the rate. */
export function withoutPercentages(text: string): string {
  return text.replace(/\d+(?:[.,]\d+)?\s?%/g, (m) => ' '.repeat(m.length));
}
