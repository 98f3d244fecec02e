import { invoiceWording, type InvoiceLabel } from './invoice-wording';
import { currencySymbols, formatAmount, formatDate, type DateStyle, type Language, type NumberStyle } from './locale-formats';
import type { Split } from './labelled-document';
import type { Random } from './seeded-random';

/** Per-document print choices a layout draws on: label wording, number, date and money style. */
export interface RenderContext {
  language: Language;
  split: Split;
  random: Random;
  label(key: InvoiceLabel): string;
  money(cents: number): string;
  number(cents: number): string;
  date(iso: string): string;
}

type MoneyStyle = 'code-before' | 'code-after' | 'symbol-before' | 'symbol-after';

export function createRenderContext(options: {
  language: Language;
  split: Split;
  random: Random;
  currency: string;
  numberStyle: NumberStyle;
  dateStyle: DateStyle;
}): RenderContext {
  const { language, split, random, currency, numberStyle, dateStyle } = options;
  const symbol = currencySymbols[currency] ?? currency;
  const moneyStyle: MoneyStyle = random.pick(['code-before', 'code-after', 'symbol-before', 'symbol-after']);
  // Labels are picked once per document so a layout repeats the same wording consistently.
  const chosen = new Map<InvoiceLabel, string>();
  const label = (key: InvoiceLabel): string => {
    let value = chosen.get(key);
    if (value === undefined) {
      const wording = invoiceWording[language][key];
      value = random.pick(split === 'holdout' ? wording.holdout : wording.dev);
      chosen.set(key, value);
    }
    return value;
  };
  const number = (cents: number): string => formatAmount(cents, numberStyle);
  const money = (cents: number): string => {
    const n = number(cents);
    switch (moneyStyle) {
      case 'code-before':
        return `${currency} ${n}`;
      case 'code-after':
        return `${n} ${currency}`;
      case 'symbol-before':
        return symbol.length === 1 ? `${symbol}${n}` : `${symbol} ${n}`;
      case 'symbol-after':
        return `${n} ${symbol}`;
    }
  };
  return { language, split, random, label, money, number, date: (iso) => formatDate(iso, dateStyle) };
}
