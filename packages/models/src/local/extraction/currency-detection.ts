/**
 * Currency mentions: ISO 4217 codes, and symbols with the currency they stand for. Symbols
 * shared by several currencies ("$", "kr", "¥") come back `ambiguous` with a `family`; the
 * document's country evidence (country-evidence.ts) settles them. Linear in the text.
 */
// ISO 4217 active codes (list one, 2024), plus RMB for the yuan. Codes that are also common words in
// capitals count only beside a number ("ALL 1,200.00", "120.00 TOP"); see `besideNumber`.
const codes = [
  'AED', 'AFN', 'ALL', 'AMD', 'ANG', 'AOA', 'ARS', 'AUD', 'AWG', 'AZN', 'BAM', 'BBD', 'BDT', 'BGN', 'BHD', 'BIF', 'BMD', 'BND', 'BOB', 'BRL', 'BSD', 'BTN', 'BWP', 'BYN', 'BZD',
  'CAD', 'CDF', 'CHF', 'CLP', 'CNY', 'COP', 'CRC', 'CUP', 'CVE', 'CZK', 'DJF', 'DKK', 'DOP', 'DZD', 'EGP', 'ERN', 'ETB', 'EUR', 'FJD', 'FKP', 'GBP', 'GEL', 'GHS', 'GIP', 'GMD', 'GNF',
  'GTQ', 'GYD', 'HKD', 'HNL', 'HRK', 'HTG', 'HUF', 'IDR', 'ILS', 'INR', 'IQD', 'IRR', 'ISK', 'JMD', 'JOD', 'JPY', 'KES', 'KGS', 'KHR', 'KMF', 'KPW', 'KRW', 'KWD', 'KYD', 'KZT',
  'LAK', 'LBP', 'LKR', 'LRD', 'LSL', 'LYD', 'MAD', 'MDL', 'MGA', 'MKD', 'MMK', 'MNT', 'MOP', 'MRU', 'MUR', 'MVR', 'MWK', 'MXN', 'MYR', 'MZN', 'NAD', 'NGN', 'NIO', 'NOK', 'NPR', 'NZD',
  'OMR', 'PAB', 'PEN', 'PGK', 'PHP', 'PKR', 'PLN', 'PYG', 'QAR', 'RON', 'RSD', 'RUB', 'RWF', 'SAR', 'SBD', 'SCR', 'SDG', 'SEK', 'SGD', 'SHP', 'SLE', 'SOS', 'SRD', 'SSP', 'STN', 'SYP',
  'SZL', 'THB', 'TJS', 'TMT', 'TND', 'TOP', 'TRY', 'TTD', 'TWD', 'TZS', 'UAH', 'UGX', 'USD', 'UYU', 'UZS', 'VES', 'VND', 'VUV', 'WST', 'XAF', 'XCD', 'XOF', 'XPF', 'YER', 'ZAR', 'ZMW', 'ZWG', 'RMB',
];
const wordLikeCodes = new Set(['ALL', 'AMD', 'BAM', 'CUP', 'GEL', 'MAD', 'MOP', 'PEN', 'SOS', 'TOP', 'TRY', 'ERN', 'LAK', 'NAD', 'BOB']);

export type CurrencyFamily = 'dollar' | 'krona' | 'yen' | 'franc' | 'rupee' | 'dirham' | 'cfa' | 'yuan' | null;

export interface CurrencyMention {
  currency: string;
  index: number;
  length: number;
  /** True when the mark names one currency (a code, "€", "zł"); false for "$", "kr", "¥", "DH", "FCFA". */
  unambiguous: boolean;
  family: CurrencyFamily;
}

// A mark before an amount, across a column gap ("S/      40.00"), or closing a column head ("(Rp)").
const beforeAmount = '(?=[ \\t\\u00a0]{0,12}\\d|\\))';

// Longest marks first so "US$" is not read as "$", "Rs." not as "R".
const symbols: readonly { pattern: string; currency: string; family: CurrencyFamily }[] = [
  { pattern: 'US\\$|USD\\$|U\\$S', currency: 'USD', family: null },
  { pattern: 'CA\\$|C\\$|CAD\\$', currency: 'CAD', family: null },
  { pattern: 'AU\\$|A\\$|AUD\\$', currency: 'AUD', family: null },
  { pattern: 'NZ\\$|NZD\\$', currency: 'NZD', family: null },
  { pattern: 'S\\$|SGD\\$', currency: 'SGD', family: null },
  { pattern: 'HK\\$', currency: 'HKD', family: null },
  { pattern: 'NT\\$', currency: 'TWD', family: null },
  { pattern: 'MX\\$|Mex\\$', currency: 'MXN', family: null },
  { pattern: 'R\\$', currency: 'BRL', family: null },
  { pattern: '€', currency: 'EUR', family: null },
  // South African rand: "R28,117.50", "R   638.00" — only before an amount with cents, so an id
  // such as "R2026001" is not a price.
  { pattern: '(?<![\\p{L}\\d])R(?=[ \\t\\u00a0]{0,12}\\d{1,3}(?:[ ,.\\u00a0]\\d{3})*[.,]\\d{2}(?!\\d))', currency: 'ZAR', family: null },
  { pattern: '£', currency: 'GBP', family: null },
  { pattern: `₹|(?<![\\p{L}])Rs\\.?${beforeAmount}|(?<![\\p{L}])INR`, currency: 'INR', family: null },
  { pattern: '(?<![\\p{L}])zł|(?<![\\p{L}])zl(?![\\p{L}])', currency: 'PLN', family: null },
  { pattern: '(?<![\\p{L}])Kč', currency: 'CZK', family: null },
  { pattern: '(?<![\\p{L}])Ft(?![\\p{L}])', currency: 'HUF', family: null },
  { pattern: '(?<![\\p{L}])lei(?![\\p{L}])', currency: 'RON', family: null },
  { pattern: '(?<![\\p{L}])лв\\.?', currency: 'BGN', family: null },
  { pattern: '₺|(?<![\\p{L}])TL(?![\\p{L}])', currency: 'TRY', family: null },
  { pattern: '₩', currency: 'KRW', family: null },
  { pattern: '₱', currency: 'PHP', family: null },
  { pattern: '฿', currency: 'THB', family: null },
  { pattern: '₪', currency: 'ILS', family: null },
  { pattern: '₴', currency: 'UAH', family: null },
  { pattern: '₽', currency: 'RUB', family: null },
  { pattern: '₫|(?<=\\d\\s?)đ(?![\\p{L}])', currency: 'VND', family: null },
  // Local marks before an amount: Indonesian rupiah, Malaysian ringgit, Peruvian sol, Kenyan shilling, naira, Egyptian pound.
  { pattern: `(?<![\\p{L}])Rp\\.?${beforeAmount}`, currency: 'IDR', family: null },
  { pattern: `(?<![\\p{L}])RM${beforeAmount}`, currency: 'MYR', family: null },
  { pattern: `(?<![\\p{L}])S\\/\\.?${beforeAmount}`, currency: 'PEN', family: null },
  { pattern: `(?<![\\p{L}])K[Ss]h${beforeAmount}`, currency: 'KES', family: null },
  { pattern: '₵|GH¢', currency: 'GHS', family: null },
  { pattern: '₸', currency: 'KZT', family: null },
  { pattern: '₼', currency: 'AZN', family: null },
  { pattern: '₾', currency: 'GEL', family: null },
  { pattern: '৳', currency: 'BDT', family: null },
  { pattern: '₮', currency: 'MNT', family: null },
  { pattern: '៛', currency: 'KHR', family: null },
  { pattern: '₭', currency: 'LAK', family: null },
  { pattern: '₡', currency: 'CRC', family: null },
  // Gulf and Levant abbreviations (riyal, dinar), as printed after amounts or in column heads.
  { pattern: 'ر\\.\\s?س|ريال سعودي', currency: 'SAR', family: null },
  { pattern: 'ر\\.\\s?ق|ريال قطري', currency: 'QAR', family: null },
  { pattern: 'ر\\.\\s?ع|ريال عماني', currency: 'OMR', family: null },
  { pattern: 'د\\.\\s?ك|دينار كويتي', currency: 'KWD', family: null },
  { pattern: 'د\\.\\s?ب|دينار بحريني', currency: 'BHD', family: null },
  { pattern: 'د\\.\\s?أ|دينار أردني', currency: 'JOD', family: null },
  { pattern: 'جنيه مصري', currency: 'EGP', family: null },
  // The won after a number or as a column head ("44,000원", "금액(원)").
  { pattern: '(?<=\\d\\s?)원|\\(원\\)', currency: 'KRW', family: null },
  { pattern: '₦', currency: 'NGN', family: null },
  { pattern: 'E£|ج\\.م', currency: 'EGP', family: null },
  { pattern: 'د\\.إ', currency: 'AED', family: null },
  // "DH"/"Dhs" is the Moroccan dirham's mark and the UAE's colloquial one: settled by the country.
  { pattern: `(?<=\\d[ \\u00a0]{0,2})(?:DHS?|Dhs?)(?![\\p{L}])|(?<![\\p{L}])(?:DHS?|Dhs?)\\.?${beforeAmount}|درهم`, currency: 'AED', family: 'dirham' },
  // The CFA franc: West African (XOF) or Central African (XAF), settled by the country.
  { pattern: '(?<![\\p{L}])(?:F[ \\u00a0]?)?CFA(?![\\p{L}])', currency: 'XOF', family: 'cfa' },
  { pattern: '円', currency: 'JPY', family: null },
  // 元 is the yuan in China and the dollar's unit in Taiwan and Hong Kong.
  { pattern: '元', currency: 'CNY', family: 'yuan' },
  { pattern: '(?<![\\p{L}])(?:SFr\\.|Fr\\.|CHF)(?=\\s?\\d)', currency: 'CHF', family: 'franc' },
  // Not the tail of a domain name ("example.co.kr").
  { pattern: '(?<![\\p{L}.@/])(?:kr\\.?|Kr\\.?|:-)(?![\\p{L}])', currency: 'SEK', family: 'krona' },
  { pattern: '¥|￥', currency: 'JPY', family: 'yen' },
  { pattern: '\\$', currency: 'USD', family: 'dollar' },
];

const codePattern = new RegExp(`(?<![\\p{L}])(${codes.join('|')})(?![\\p{L}])`, 'gu');
const symbolPattern = new RegExp(symbols.map((s) => `(${s.pattern})`).join('|'), 'gu');

/** A number within a few characters before or after [start, end). */
function besideNumber(text: string, start: number, end: number): boolean {
  return /\d[\s\u00a0]{0,3}$/.test(text.slice(Math.max(0, start - 4), start)) || /^[\s\u00a0]{0,3}[-−(]?\d/.test(text.slice(end, end + 5));
}

export function findCurrencies(text: string): CurrencyMention[] {
  const out: CurrencyMention[] = [];
  for (const m of text.matchAll(codePattern)) {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 24);
    // A code glued to digits is a currency only before a real amount ("USD1,200.00"), not in "RON95".
    if (/^\d/.test(after) && !/^\d{1,3}(?:[.,'\u00a0]\d{3})*[.,]\d{1,2}(?!\d)|^\d{1,3}(?:[.,]\d{3})+(?!\d)/.test(after)) continue;
    if (wordLikeCodes.has(m[1]!) && !besideNumber(text, m.index, m.index + m[0].length)) continue;
    const currency = m[1] === 'RMB' ? 'CNY' : m[1]!;
    out.push({ currency, index: m.index, length: m[0].length, unambiguous: true, family: null });
  }
  const covered = new Set<number>();
  for (const o of out) for (let i = o.index; i < o.index + o.length; i++) covered.add(i);
  for (const m of text.matchAll(symbolPattern)) {
    const which = m.slice(1).findIndex((g) => g !== undefined);
    const symbol = symbols[which]!;
    if (covered.has(m.index)) continue;
    out.push({ currency: symbol.currency, index: m.index, length: m[0].length, unambiguous: symbol.family === null || symbol.family === 'franc', family: symbol.family });
  }
  return out.sort((a, b) => a.index - b.index);
}
