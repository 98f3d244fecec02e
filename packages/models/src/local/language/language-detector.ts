import { loadModule } from 'cld3-asm';
import { createStopwordLanguageDetector } from './stopword-language-detector';

/**
 * Language identification: Google's CLD3 compiled to wasm (`cld3-asm`, the model ships inside
 * the package, no network) with a stop-word fallback when the wasm cannot be instantiated.
 */
export interface DetectedLanguage {
  /** ISO 639-1, or "und" when undetermined. */
  language: string;
  confidence: number;
}

export interface LanguageDetector {
  readonly method: 'cld3' | 'stopwords';
  detect(text: string): DetectedLanguage;
}

export async function createLanguageDetector(options: { onFallback?: (error: unknown) => void } = {}): Promise<LanguageDetector> {
  try {
    const factory = await loadModule();
    const identifier = factory.create(0, 2000);
    return {
      method: 'cld3',
      detect(text: string): DetectedLanguage {
        const result = identifier.findLanguage(text.slice(0, 2000));
        if (!result.is_reliable && result.probability < 0.5) return { language: 'und', confidence: result.probability };
        return { language: result.language, confidence: result.probability };
      },
    };
  } catch (error) {
    options.onFallback?.(error);
    return createStopwordLanguageDetector();
  }
}
