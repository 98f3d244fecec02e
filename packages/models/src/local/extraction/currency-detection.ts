/**
 * Currency mentions: ISO 4217 codes, and symbols with the currency they stand for. Symbols
 * shared by several currencies ("$", "kr", "¥") come back `ambiguous` with a `family`; the
 * document's country evidence (country-evidence.ts) settles them. Linear in the text.
 */
const codes = [
  'EUR', 'USD', 'GBP', 'CHF', 'SEK', 'NOK', 'DKK', 'ISK', 'PLN', 'CZK', 'HUF', 'RON', 'BGN', 'HRK', 'RSD', 'TRY', 'UAH', 'RUB', 'JPY', 'CNY', 'RMB', 'HKD', 'TWD', 'KRW', 'SGD', 'MYR', 'THB', 'IDR', 'PHP', 'VND',
  'INR', 'PKR', 'LKR', 'BDT', 'AED', 'SAR', 'QAR', 'KWD', 'BHD', 'OMR', 'ILS', 'EGP', 'MAD', 'ZAR', 'NGN', 'KES', 'CAD', 'AUD', 'NZD', 'MXN', 'BRL', 'ARS', 'CLP', 'COP', 'PEN', 'UYU',
];

export type CurrencyFamily = 'dollar' | 'krona' | 'yen' | 'franc' | 'rupee' | null;

export interface CurrencyMention {
  currency: string;
  index: number;
  length: number;
  /** True when the mark names one currency (a code, "€", "zł"); false for "$", "kr", "¥". */
  unambiguous: boolean;
  family: CurrencyFamily;
}

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
  { pattern: '(?<![\\p{L}\\d])R(?=\\s{0,3}\\d{1,3}(?:[ ,.\\u00a0]\\d{3})*[.,]\\d{2}(?!\\d))', currency: 'ZAR', family: null },
  { pattern: '£', currency: 'GBP', family: null },
  { pattern: '₹|(?<![\\p{L}])Rs\\.?(?=\\s?\\d)|(?<![\\p{L}])INR', currency: 'INR', family: null },
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
  { pattern: '(?<![\\p{L}])Rp\\.?(?=\\s?\\d)', currency: 'IDR', family: null },
  { pattern: '(?<![\\p{L}])RM(?=\\s?\\d)', currency: 'MYR', family: null },
  { pattern: '(?<![\\p{L}])S\\/\\.?(?=\\s?\\d)', currency: 'PEN', family: null },
  { pattern: '(?<![\\p{L}])KSh(?=\\s?\\d)|(?<![\\p{L}])Ksh(?=\\s?\\d)', currency: 'KES', family: null },
  { pattern: '₦', currency: 'NGN', family: null },
  { pattern: 'E£|ج\\.م', currency: 'EGP', family: null },
  { pattern: 'د\\.إ|(?<![\\p{L}])Dhs?\\.?(?=\\s?\\d)', currency: 'AED', family: null },
  { pattern: '円', currency: 'JPY', family: null },
  { pattern: '元', currency: 'CNY', family: null },
  { pattern: '(?<![\\p{L}])(?:SFr\\.|Fr\\.|CHF)(?=\\s?\\d)', currency: 'CHF', family: 'franc' },
  { pattern: '(?<![\\p{L}])(?:kr\\.?|Kr\\.?|:-)(?![\\p{L}])', currency: 'SEK', family: 'krona' },
  { pattern: '¥|￥', currency: 'JPY', family: 'yen' },
  { pattern: '\\$', currency: 'USD', family: 'dollar' },
];

const codePattern = new RegExp(`(?<![\\p{L}])(${codes.join('|')})(?![\\p{L}])`, 'gu');
const symbolPattern = new RegExp(symbols.map((s) => `(${s.pattern})`).join('|'), 'gu');

export function findCurrencies(text: string): CurrencyMention[] {
  const out: CurrencyMention[] = [];
  for (const m of text.matchAll(codePattern)) {
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
