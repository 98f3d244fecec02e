/**
 * Currency mentions: ISO 4217 codes and the symbols that map to one currency in practice.
 * "$" is read as USD unless prefixed (CA$, A$...), "kr" as SEK: ambiguous symbols resolve to the
 * most common use and get a lower confidence.
 */
const codes = ['EUR', 'USD', 'GBP', 'CHF', 'SEK', 'NOK', 'DKK', 'PLN', 'CZK', 'HUF', 'JPY', 'CAD', 'AUD', 'NZD', 'CNY', 'INR', 'BRL', 'MXN', 'ZAR', 'RON', 'BGN', 'TRY'];

const symbols: readonly [RegExp, string, boolean][] = [
  [/€/g, 'EUR', true],
  [/£/g, 'GBP', true],
  [/(?:US\$|USD\$)/g, 'USD', true],
  [/(?:CA\$|C\$)/g, 'CAD', true],
  [/(?:AU\$|A\$)/g, 'AUD', true],
  [/(?<![A-Z]{1,2})\$/g, 'USD', false],
  [/zł/g, 'PLN', true],
  [/(?<![\p{L}])Fr\.(?=\s?\d)/gu, 'CHF', false],
  [/(?<![\p{L}])kr\.?(?![\p{L}])/gu, 'SEK', false],
  [/¥/g, 'JPY', false],
];

export interface CurrencyMention {
  currency: string;
  index: number;
  unambiguous: boolean;
}

const codePattern = new RegExp(`(?<![\\p{L}])(${codes.join('|')})(?![\\p{L}])`, 'gu');

export function findCurrencies(text: string): CurrencyMention[] {
  const out: CurrencyMention[] = [];
  for (const m of text.matchAll(codePattern)) out.push({ currency: m[1]!, index: m.index, unambiguous: true });
  for (const [pattern, currency, unambiguous] of symbols) {
    for (const m of text.matchAll(pattern)) {
      if (out.some((o) => Math.abs(o.index - m.index) < 3)) continue;
      out.push({ currency, index: m.index, unambiguous });
    }
  }
  return out.sort((a, b) => a.index - b.index);
}
