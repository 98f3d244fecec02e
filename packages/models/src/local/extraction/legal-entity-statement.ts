import type { TextSpan } from './field-candidate';
import { legalForm, namePart, plausibleName } from './seller-name-shape';

/**
 * The legal entity behind a trading name, where the document says so in words: a receipt or a
 * brand-led invoice headed by a shop sign, a restaurant's or an app's brand, with the company
 * that runs it printed below ("Harbour Grill is operated by Quayside Dining Ltd", "(A unit of
 * Foo Pvt Ltd)", "X is een handelsnaam van Y B.V.", "運営：株式会社…" on a Japanese receipt,
 * "법인명: 주식회사…" on a Korean one). The seller (EN 16931 BT-27 "Seller name": the full formal
 * name under which the seller is registered, BT-28 being the trading name) is that entity.
 *
 * The wording is prose, so the name after it must carry a legal form (GmbH, Ltd, 株式会社,
 * 주식회사...): "operated by our friendly staff" names nobody. Returns the name and its span, or
 * null. Linear in the text.
 */
// "is operated by", "a division of", "handelsnaam van", "exploité par", "betrieben von",
// "gestionado por", "gestito da", "drivs av", "prowadzony przez", "運営", "법인명"...
const statement =
  /(?:(?:is\s+)?(?:operated|owned|run|managed|provided)\s+by|(?:is\s+)?an?\s+(?:unit|division|brand|business\s+unit|trading\s+name|trading\s+style)\s+of|trading\s+name\s+of|(?:een\s+)?handelsnaam\s+van|(?:une\s+marque\s+de|exploitée?\s+par|géré(?:e)?\s+par)|(?:betrieben\s+(?:von|durch)|eine\s+marke\s+der|ein\s+unternehmen\s+der)|(?:gestionad[oa]|operad[oa]|explotad[oa])\s+por|una\s+marca\s+de|(?:gestit[oa]|un\s+marchio)\s+da|(?:drivs|drives|drevet)\s+av|drives\s+af|prowadzon[ya]\s+przez|provozovatel|運営会社|運営|法人名|법인명|운영법인|운영사|经营者|經營者)\s*[:：]?\s*/giu;

export interface EntityStatement {
  name: string;
  span: TextSpan;
}

export function legalEntityStatement(text: string): EntityStatement | null {
  for (const m of text.matchAll(statement)) {
    // A prose cue is a word of its own: "rerun by" is not "run by".
    const before = text[m.index - 1];
    if (before !== undefined && /[\p{L}\p{N}]/u.test(before) && !/[\p{Script=Han}\p{Script=Hangul}\p{Script=Katakana}\p{Script=Hiragana}]/u.test(m[0][0]!)) continue;
    // "Foo Ltd is owned by Bar plc": a legal name before the cue is the seller itself.
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    if (legalForm.test(text.slice(lineStart, m.index))) continue;
    const from = m.index + m[0].length;
    const lineEnd = text.indexOf('\n', from);
    const rest = text.slice(from, lineEnd < 0 ? undefined : lineEnd).replace(/[)\].;]+\s*$/u, '');
    const name = namePart(rest.replace(/\)\s*$/u, ''));
    if (!plausibleName(name) || !legalForm.test(name)) continue;
    const at = text.indexOf(name, from);
    return { name, span: { start: at, end: at + name.length } };
  }
  return null;
}
