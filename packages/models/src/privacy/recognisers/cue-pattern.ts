/**
 * Builds the alternation of a cue lexicon for a RegExp: longest cue first (so `Date of birth`
 * wins over `Date`), regex metacharacters escaped, spaces matching any run of spaces.
 */
export function cueAlternation(cues: readonly string[]): string {
  return [...new Set(cues)]
    .sort((a, b) => b.length - a.length)
    .map((cue) => cue.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|');
}

/** What may stand between a label and its value: spaces (ideographic ones after a colon too), a colon, `No.`, `n°`, `#`, a dash. */
export const labelSeparator = String.raw`[ \t]*(?:\((?:[^)\n]{0,90})\)[ \t]*)?[-–]?[ \t]*(?:(?:no\.?|nr\.?|n\.?[°º]\.?|n\.|num\.?|number|nummer|numéro|número|numero|numer|numara(?:sı)?|code|#)[ \t]*)?[:：#.\-–]?[ \t\u3000]*(?:\n[ \t]*)?`;

/**
 * The alternation of cues matching in any letter case, for patterns that must otherwise stay
 * case-sensitive (a name after `mein Name ist` must be capitalised; the cue need not be).
 * Node 20 has no inline `(?i:...)`, so each letter becomes a class: `[mM][eE][iI][nN]`.
 */
export function caselessAlternation(cues: readonly string[]): string {
  return cueAlternation(cues)
    .split(/(\\.)/)
    .map((part) =>
      part.startsWith('\\')
        ? part
        : [...part]
            .map((char) => {
              const lower = char.toLocaleLowerCase();
              const upper = char.toLocaleUpperCase();
              return lower === upper || lower.length !== 1 || upper.length !== 1 ? char : `[${lower}${upper}]`;
            })
            .join(''),
    )
    .join('');
}
