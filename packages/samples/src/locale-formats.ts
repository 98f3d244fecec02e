/** How amounts and dates are printed in the generated documents, per language and region. */

export type Language = 'en' | 'de' | 'fr' | 'es';

/** 1,234.56 · 1.234,56 · 1 234,56 · 1'234.56 */
export type NumberStyle = 'en' | 'de' | 'fr' | 'ch';

export type DateStyle =
  | 'iso' // 2025-03-04
  | 'dmy-dot' // 04.03.2025
  | 'dmy-slash' // 04/03/2025
  | 'mdy-slash' // 03/04/2025 (US)
  | 'long-en' // 4 March 2025
  | 'long-en-us' // March 4, 2025
  | 'long-de' // 4. März 2025
  | 'long-fr' // 4 mars 2025
  | 'long-es'; // 4 de marzo de 2025

const monthNames: Record<Language, readonly string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
};

/** Amounts are kept in integer cents so sums are exact; the truth is `cents / 100` with two decimals. */
export function formatAmount(cents: number, style: NumberStyle): string {
  const negative = cents < 0;
  const abs = Math.abs(cents);
  const whole = String(Math.floor(abs / 100));
  const fraction = String(abs % 100).padStart(2, '0');
  const group = { en: ',', de: '.', fr: '\u202f', ch: "'" }[style];
  const decimal = style === 'de' || style === 'fr' ? ',' : '.';
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return `${negative ? '-' : ''}${grouped}${decimal}${fraction}`;
}

export function centsToTruth(cents: number): string {
  return (cents / 100).toFixed(2);
}

export function formatDate(iso: string, style: DateStyle): string {
  const [y, m, d] = iso.split('-') as [string, string, string];
  const month = Number(m) - 1;
  const day = String(Number(d));
  switch (style) {
    case 'iso':
      return iso;
    case 'dmy-dot':
      return `${d}.${m}.${y}`;
    case 'dmy-slash':
      return `${d}/${m}/${y}`;
    case 'mdy-slash':
      return `${m}/${d}/${y}`;
    case 'long-en':
      return `${day} ${monthNames.en[month]} ${y}`;
    case 'long-en-us':
      return `${monthNames.en[month]} ${day}, ${y}`;
    case 'long-de':
      return `${day}. ${monthNames.de[month]} ${y}`;
    case 'long-fr':
      return `${day === '1' ? '1er' : day} ${monthNames.fr[month]} ${y}`;
    case 'long-es':
      return `${day} de ${monthNames.es[month]} de ${y}`;
  }
}

export function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Typical print conventions; the generator still mixes them so the extractor cannot rely on one. */
export const dateStylesByLanguage: Record<Language, readonly DateStyle[]> = {
  en: ['iso', 'dmy-slash', 'long-en', 'long-en-us'],
  de: ['iso', 'dmy-dot', 'long-de'],
  fr: ['iso', 'dmy-slash', 'long-fr', 'dmy-dot'],
  es: ['iso', 'dmy-slash', 'long-es'],
};

export const numberStylesByLanguage: Record<Language, readonly NumberStyle[]> = {
  en: ['en', 'ch'],
  de: ['de', 'ch'],
  fr: ['fr', 'de', 'ch'],
  es: ['de', 'fr'],
};

export const currencySymbols: Record<string, string> = { EUR: '€', USD: '$', GBP: '£', CHF: 'CHF', SEK: 'kr', PLN: 'zł' };
