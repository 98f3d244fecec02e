import type { TextSpan } from './field-candidate';
import { contact, legalForm, looksLikeAddress, namePart, plausibleName } from './seller-name-shape';
import type { TextLine } from './text-layout';

/**
 * The sender's business in the signature of an invoice written as a letter or an e-mail ("Kind
 * regards," / "Tom Baker" / "Baker Joinery" / "07700 900123"): the lines after the last closing
 * phrase, to a blank line (at most five). A line with a legal form names the business; else the
 * second name line (the person signs first, the business follows); else the one name, a person
 * trading under their own name. Null when there is no closing phrase or no name under it.
 */
// Closing phrases of letters in the languages the label vocabulary covers.
const closing =
  /^(?:(?:kind|best|warm|many thanks and)\s+regards|regards|best(?:\s+wishes)?|yours (?:sincerely|faithfully|truly)|sincerely|many thanks|thanks(?: again)?|thank you|cheers|mit freundlichen grüßen|mit freundlichen grüssen|freundliche grüße|viele grüße|beste grüße|cordialement|bien cordialement|salutations|saludos(?: cordiales)?|atentamente|un saludo|cordiali saluti|distinti saluti|met vriendelijke groet(?:en)?|groeten|atenciosamente|cumprimentos|z poważaniem|pozdrawiam|s pozdravem|med vänlig hälsning|vänliga hälsningar|med venlig hilsen|med vennlig hilsen|ystävällisin terveisin|saygılarımızla)[,.!]?$/iu;

export interface SignatureName {
  name: string;
  span: TextSpan;
}

export function signatureName(lines: readonly TextLine[]): SignatureName | null {
  let at = -1;
  for (const line of lines) if (closing.test(line.text.trim())) at = line.index;
  if (at < 0) return null;
  const names: SignatureName[] = [];
  for (let j = at + 1; j < lines.length && j <= at + 5; j++) {
    const line = lines[j]!;
    const text = line.text.trim();
    if (text === '') {
      if (names.length > 0) break;
      continue;
    }
    const cell = line.cells[0];
    if (!cell) continue;
    const name = namePart(cell.text);
    if (!plausibleName(name) || contact.test(cell.text) || looksLikeAddress(name) || /\d/.test(name)) continue;
    const start = cell.start + Math.max(0, cell.text.indexOf(name));
    names.push({ name, span: { start, end: start + name.length } });
  }
  return names.find((n) => legalForm.test(n.name)) ?? names[1] ?? names[0] ?? null;
}
