import { describe, expect, it } from 'vitest';
import { createLanguageDetector } from './language-detector';
import { createStopwordLanguageDetector } from './stopword-language-detector';

const texts: [string, string][] = [
  ['en', 'Please find attached the invoice for your order. The amount is due within thirty days.'],
  ['de', 'Bitte überweisen Sie den Betrag innerhalb von dreißig Tagen auf das unten genannte Konto.'],
  ['fr', 'Veuillez trouver ci-joint la facture de votre commande, payable sous trente jours.'],
  ['es', 'Adjuntamos la factura de su pedido, que deberá pagarse en un plazo de treinta días.'],
];

describe('language detection', () => {
  it('loads cld3 from the package (no network) and identifies four languages', async () => {
    const detector = await createLanguageDetector({ onFallback: (e) => { throw e; } });
    expect(detector.method).toBe('cld3');
    for (const [language, text] of texts) expect(detector.detect(text).language).toBe(language);
  });

  it('has a stop-word fallback that agrees on the same texts', () => {
    const detector = createStopwordLanguageDetector();
    for (const [language, text] of texts) expect(detector.detect(text).language).toBe(language);
    expect(detector.detect('12345 67890').language).toBe('und');
  });
});
