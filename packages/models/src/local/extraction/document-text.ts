/**
 * The text the extraction rules read, and the way back to the text as received. Invisible
 * characters (zero-width spaces and joiners, word joiner, soft hyphen, BOM, bidi marks) are
 * dropped so "DE89\u200b3704…" reads as one IBAN; carriage returns are dropped and form feeds
 * (page breaks from pdftotext) become line breaks. `toOriginal` maps an offset of the reading
 * text back to the received text, so every field's span points at what a reviewer sees.
 * Linear in the length of the text.
 */
export interface DocumentText {
  /** What the rules read. */
  text: string;
  /** Offset in `text` → offset in the received text (UTF-16 code units). */
  toOriginal(offset: number): number;
}

// U+200B..U+200F zero-width and bidi marks, U+202A..U+202E bidi embeddings, U+2060..U+2064
// word joiner and invisible operators, U+FEFF BOM, U+00AD soft hyphen, CR.
const dropped = /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff\u00ad\r]/;

export function readingText(received: string): DocumentText {
  if (!dropped.test(received) && !received.includes('\f')) return { text: received, toOriginal: (offset) => offset };
  const kept: number[] = [];
  let text = '';
  for (let i = 0; i < received.length; i++) {
    const ch = received[i]!;
    if (dropped.test(ch)) continue;
    kept.push(i);
    text += ch === '\f' ? '\n' : ch;
  }
  return {
    text,
    toOriginal: (offset) => (offset >= kept.length ? (kept.length === 0 ? 0 : kept[kept.length - 1]! + 1 + (offset - kept.length)) : kept[offset]!),
  };
}
