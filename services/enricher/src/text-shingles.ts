import murmurhash from 'murmurhash';

const utf8 = new TextEncoder();

/** Characters per shingle: 5-grams kept re-sent copies and distinct invoices of one layout furthest apart (bench/quality.ts). */
export const SHINGLE_CHARS = 5;
/** Normalised characters shingled: a re-sent copy shares its beginning, and the cost stays bounded for huge texts. */
export const MAX_SHINGLED_CHARS = 20_000;

/**
 * The text a shingle set is taken from: Unicode-compatibility folded (NFKC), lower case, words
 * (letters and digits) joined by single spaces, so line breaks, column padding and punctuation
 * of another export or mail client do not count as differences.
 */
export function normaliseForShingles(text: string): string {
  return (text.normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ').slice(0, MAX_SHINGLED_CHARS);
}

/**
 * The distinct 32-bit hashes (MurmurHash3, x86 32-bit) of the character k-grams of the
 * normalised text: the set whose resemblance MinHash estimates (Broder, "On the resemblance and
 * containment of documents", 1997). A text shorter than k is one shingle.
 */
export function shingleHashes(text: string, chars = SHINGLE_CHARS): Set<number> {
  const normalised = normaliseForShingles(text);
  const hashes = new Set<number>();
  if (normalised.length === 0) return hashes;
  // Hashed as UTF-8 bytes: the library's string input keeps only the low byte of each code unit.
  for (let i = 0; i + chars <= Math.max(normalised.length, chars); i++) hashes.add(murmurhash.v3(utf8.encode(normalised.slice(i, i + chars))));
  return hashes;
}
