import type { TextSpan } from './field-candidate';
import { legalForm, plausibleName } from './seller-name-shape';

/**
 * The person behind a sole trader's trading name. A sole proprietorship is not a legal person:
 * the seller (EN 16931 BT-27, the name under which the seller is registered) is the owner, the
 * trading name is BT-28. Two ways documents say so:
 * - in prose, "JUAN DELA CRUZ doing business under the name and style of JDC PRINTING" (the
 *   Philippine DTI business-name wording), "Ann Lee trading as Lee Designs", "t/a", "d/b/a";
 * - on a Czech or Slovak receipt, the owner's name printed with the trader's IČO under the shop's
 *   sign ("KNIHKUPECTVÍ U LÍPY" over "Jan Lipa, IČO 12345678"): the receipt must name the trader
 *   (CZ zákon o DPH § 29, SK zákon o DPH § 74; an IČO identifies the person's business).
 * Returns the owner and its span, or null; `name` is the trading name found so far.
 */
const tradingCue = /\s(?:doing\s+business\s+under\s+the\s+(?:name\s+and\s+style|business\s+name)\s+of|doing\s+business\s+as|trading\s+as|t\/a|d\/b\/a|dba)\s+/iu;
const personWords = /^\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){1,4}$/u;

const registeredPerson = /^\s*(\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){1,2}),?\s+(?:IČO|IČ)\s*:?\s*\d/u;

export function tradeNameOwner(text: string, name: string, span: TextSpan): { name: string; span: TextSpan } | null {
  if (legalForm.test(name)) return null;
  const lower = name.toLowerCase();
  let start = 0;
  for (const line of text.split('\n')) {
    const cue = tradingCue.exec(line);
    if (cue) {
      const owner = line.slice(0, cue.index).trim();
      const trade = line.slice(cue.index + cue[0].length).trim().toLowerCase();
      if (trade.startsWith(lower) && personWords.test(owner) && !legalForm.test(owner) && plausibleName(owner)) {
        const at = start + line.indexOf(owner);
        return { name: owner, span: { start: at, end: at + owner.length } };
      }
    }
    start += line.length + 1;
  }
  // The line right under the trading name: "Jan Lipa, IČO 12345678".
  const lineEnd = text.indexOf('\n', span.end);
  if (lineEnd < 0 || text.slice(span.end, lineEnd).trim() !== '') return null;
  const nextEnd = text.indexOf('\n', lineEnd + 1);
  const next = text.slice(lineEnd + 1, nextEnd < 0 ? undefined : nextEnd);
  const m = registeredPerson.exec(next);
  if (!m) return null;
  const at = lineEnd + 1 + next.indexOf(m[1]!);
  return { name: m[1]!, span: { start: at, end: at + m[1]!.length } };
}
