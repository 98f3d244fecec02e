/**
 * Whether the recognisers can be trusted with a text. They read Latin-script business text in the
 * languages their cues cover; in other scripts (Han, Kana, Devanagari, Cyrillic, Arabic, ...) they
 * catch only what stands after a few labels and honorifics, so such a text's redaction is
 * uncertain and, under the `redact` policy, it does not go out.
 */
export interface CoverageVerdict {
  certain: boolean;
  /** `uncovered script: Han, Hiragana` when uncertain. */
  reason: string | null;
}

// Scripts the recognisers cover; Common (digits, punctuation) and Inherited (combining marks) are neutral.
const coveredScripts = new Set(['Latin', 'Common', 'Inherited']);
const scriptNames = ['Han', 'Hiragana', 'Katakana', 'Hangul', 'Devanagari', 'Bengali', 'Tamil', 'Telugu', 'Gujarati', 'Gurmukhi', 'Cyrillic', 'Greek', 'Arabic', 'Hebrew', 'Thai', 'Armenian', 'Georgian', 'Ethiopic', 'Khmer', 'Lao', 'Myanmar', 'Sinhala', 'Kannada', 'Malayalam'];
const scriptPatterns = scriptNames.map((name) => ({ name, pattern: new RegExp(`\\p{Script=${name}}`, 'gu') }));

/** Letters of an uncovered script that make a text uncertain (a stray `€`-like symbol does not). */
export const uncertainLetterThreshold = 2;

export function assessCoverage(texts: readonly string[]): CoverageVerdict {
  const found: string[] = [];
  for (const { name, pattern } of scriptPatterns) {
    if (coveredScripts.has(name)) continue;
    const letters = texts.reduce((sum, text) => sum + (text.match(pattern)?.length ?? 0), 0);
    if (letters >= uncertainLetterThreshold) found.push(name);
  }
  return found.length === 0 ? { certain: true, reason: null } : { certain: false, reason: `uncovered script: ${found.join(', ')}` };
}
