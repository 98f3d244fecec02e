import { isCjkLabel } from './label-lexicon';

/**
 * Finds labels of a large vocabulary in a line, the longest at each position, in linear time.
 * One regex alternation of ~2,000 case-insensitive Unicode labels takes V8 seconds to compile
 * and milliseconds per line to run, so labels are grouped by their first three non-space
 * characters and compared character by character, longest first. The line is lower-cased once;
 * at each word start (any position for CJK and symbol-led labels) at most three groups are tried.
 */
export interface LabelMatch<K> {
  kind: K;
  start: number;
  end: number;
}

interface Entry<K> {
  kind: K;
  word: string;
}

const letterOrDigitPattern = /[\p{L}\p{N}]/u;
const spacePattern = /\s/;

// ASCII fast paths: most characters of a business document are ASCII, and a regex test per
// character was most of the matcher's cost.
function isLetterOrDigit(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return letterOrDigitPattern.test(ch);
}

function isSpace(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return spacePattern.test(ch);
}

function keyOf(word: string, length: number): string {
  return word.replace(/\s+/g, '').slice(0, length);
}

// Letters that print differently in capitals or by font, folded one to one (the line's length and
// offsets stay): Greek capitals drop the tonos ("ΤΙΜΟΛΟΓΙΟ" is "τιμολόγιο"), Turkish "İ"
// lower-cases to two characters, Romanian ş/ţ (cedilla) and ș/ț (comma below) are one letter.
const folded: Record<string, string> = {
  ά: 'α', έ: 'ε', ή: 'η', ί: 'ι', ό: 'ο', ύ: 'υ', ώ: 'ω', ΐ: 'ι', ΰ: 'υ', ϊ: 'ι', ϋ: 'υ', ς: 'σ',
  İ: 'i', ş: 'ș', ţ: 'ț',
};
const foldable = /[άέήίόύώΐΰϊϋςİşţ]/;

/** Lower case, folded, one character for one: offsets into the result are offsets into `line`. */
export function lowerSameLength(line: string): string {
  let lower = line.toLowerCase();
  if (lower.length !== line.length) {
    lower = '';
    for (const ch of line) {
      const l = ch.toLowerCase();
      lower += folded[ch] ?? (l.length === ch.length ? l : ch);
    }
  }
  if (!foldable.test(lower)) return lower;
  let out = '';
  for (const ch of lower) out += folded[ch] ?? ch;
  return out;
}

export function createLabelMatcher<K>(vocabulary: Readonly<Record<string, readonly string[]>>, kindOf: (group: string) => K) {
  const groups = new Map<string, Entry<K>[]>();
  for (const [group, words] of Object.entries(vocabulary)) {
    for (const raw of words) {
      const word = lowerSameLength(raw);
      const key = keyOf(word.replace(/:$/, ''), 3);
      const list = groups.get(key) ?? [];
      if (!list.some((e) => e.word === word)) list.push({ kind: kindOf(group), word });
      groups.set(key, list);
    }
  }
  for (const list of groups.values()) list.sort((a, b) => b.word.length - a.word.length);

  /** End of `word` matched at `i` (a space in the label matches one white-space character, or none), or -1. */
  const matchAt = (lower: string, i: number, word: string): number => {
    const colonOnly = word.endsWith(':');
    const body = colonOnly ? word.slice(0, -1) : word;
    let j = i;
    for (let k = 0; k < body.length; k++) {
      const c = body[k]!;
      // Letter-spaced CJK titles ("請 求 書", "領\u3000収\u3000書"): one space (or ideographic space) between two CJK characters is skipped.
      if (k > 0 && (lower[j] === ' ' || lower[j] === '\u3000') && isCjkLabel(c) && isCjkLabel(body[k - 1]!)) j++;
      if (c === ' ') {
        // One white-space character, or none ("Invoice No" / "InvoiceNo"): two or more separate
        // the cells of a layout ("Date            Due date" is two labels, not "date due").
        if (j < lower.length && isSpace(lower[j]!)) j++;
        continue;
      }
      if (lower[j] !== c) return -1;
      j++;
    }
    if (colonOnly) {
      let t = j;
      while (t < lower.length && (lower[t] === ' ' || lower[t] === '\t')) t++;
      return lower[t] === ':' ? j : -1;
    }
    if (!isCjkLabel(word) && !/[.#°º:%]$/.test(word) && j < lower.length && isLetterOrDigit(lower[j]!)) return -1;
    // "PO-430273", "RE/2025/1": a word glued to digits is an identifier's prefix, not a label.
    if (/^[-/]\d/.test(lower.slice(j, j + 2))) return -1;
    return j;
  };

  return function matchLabels(line: string): LabelMatch<K>[] {
    const lower = lowerSameLength(line);
    const out: LabelMatch<K>[] = [];
    let i = 0;
    while (i < lower.length) {
      const ch = lower[i]!;
      const prev = i > 0 ? lower[i - 1]! : ' ';
      const wordStart = !isLetterOrDigit(prev) || !isLetterOrDigit(ch) || isCjkLabel(ch);
      if (!wordStart || isSpace(ch)) {
        i++;
        continue;
      }
      // The next three non-space characters: the keys of the groups that may start here.
      let compact = '';
      for (let j = i; j < lower.length && compact.length < 3 && j < i + 12; j++) if (!isSpace(lower[j]!)) compact += lower[j]!;
      let best: LabelMatch<K> | null = null;
      for (let k = compact.length; k >= 1; k--) {
        const key = compact.slice(0, k);
        if (!groups.has(key)) continue;
        for (const entry of groups.get(key)!) {
          const end = matchAt(lower, i, entry.word);
          if (end < 0) continue;
          if (!best || end - i > best.end - best.start) best = { kind: entry.kind, start: i, end };
          break;
        }
      }
      if (best) {
        out.push(best);
        i = best.end;
      } else i++;
    }
    return out;
  };
}
