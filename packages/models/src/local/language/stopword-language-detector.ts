import type { DetectedLanguage, LanguageDetector } from './language-detector';

/**
 * Fallback when cld3's wasm cannot load: counts frequent function words per language. Good
 * enough for business text of a few sentences; cld3 is preferred when it works.
 */
const profiles: Record<string, readonly string[]> = {
  en: ['the', 'and', 'of', 'to', 'for', 'please', 'your', 'with', 'is', 'we', 'invoice', 'due', 'total', 'thank', 'you'],
  de: ['der', 'die', 'und', 'das', 'ist', 'sie', 'wir', 'für', 'mit', 'nicht', 'bitte', 'ihre', 'rechnung', 'den', 'von'],
  fr: ['le', 'la', 'les', 'et', 'de', 'des', 'pour', 'nous', 'vous', 'est', 'une', 'merci', 'facture', 'du', 'à'],
  es: ['el', 'la', 'los', 'las', 'y', 'de', 'para', 'por', 'que', 'es', 'una', 'gracias', 'factura', 'del', 'con'],
  it: ['il', 'la', 'e', 'di', 'per', 'che', 'con', 'non', 'una', 'sono', 'grazie', 'fattura', 'del', 'della', 'gli'],
  nl: ['de', 'het', 'en', 'van', 'een', 'voor', 'met', 'niet', 'wij', 'u', 'factuur', 'bedankt', 'is', 'op', 'te'],
};

export function createStopwordLanguageDetector(): LanguageDetector {
  const sets = Object.entries(profiles).map(([language, words]) => ({ language, words: new Set(words) }));
  return {
    method: 'stopwords',
    detect(text: string): DetectedLanguage {
      const tokens = text.toLowerCase().match(/\p{L}+/gu) ?? [];
      const scores = sets.map(({ language, words }) => ({ language, hits: tokens.filter((t) => words.has(t)).length }));
      scores.sort((a, b) => b.hits - a.hits);
      const best = scores[0]!;
      const second = scores[1]?.hits ?? 0;
      if (best.hits === 0) return { language: 'und', confidence: 0 };
      return { language: best.language, confidence: Math.min(0.95, 0.5 + (best.hits - second) / (2 * best.hits)) };
    },
  };
}
