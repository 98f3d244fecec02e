import type { Evidence } from './confidence-calibration';
import type { TextSpan } from './field-candidate';
import { findIbans } from './iban-check';
import { labelsIn } from './label-segments';
import { legalForm, looksLikeAddress, namePart, plausibleName } from './seller-name-shape';
import type { TextLine } from './text-layout';

/*
 * The wording and the line-level readings `vendorFields` (vendor-fields.ts) weighs: what a
 * document says about who issued it (self-billing, on behalf of, assigned to a factor) and whether
 * one line or cell can hold the seller's name (a letterhead line, a title or label, seller details
 * nearby). Each is a pure function of the text.
 */

// The wording of self-billing invoices (VAT Directive art. 224 and its national transpositions).
export const selfBilling = /self[- ]?bill|autofactura|autofacturation|auto-facturation|autofattura|autofaturação|samofakturowani|gutschriftverfahren|gutschriftsverfahren|§\s*14\s*abs\.\s*2\s*satz\s*2|selbstfakturierung|uitgereikt door (?:de )?afnemer|zelffacturering|självfakturering|selvfakturering|itselaskutus/iu;
export const endsWithLegalForm = new RegExp(`(?:${legalForm.source})\\s*$`, 'u');
export const salutationOnly = /^(?:herrn|herr|frau|firma|an|an die|an den|mr\.?|mrs\.?|ms\.?|messrs\.?|monsieur|madame|messieurs|sig\.(?:ra)?|spett\.le|sr\.|sra\.|señor(?:es)?|heer|mevrouw|de heer)$/iu;

// An agent's wording when it issues the invoice in the seller's name (VAT Directive art. 224 and 28:
// platforms, marketplaces, self-billing on behalf of a third-party seller).
export const onBehalf = /(?<![\p{L}])(?:on behalf of|in the name of|im namen (?:und für rechnung )?(?:des|der)|au nom et pour le compte|en nombre y por cuenta|in nome e per conto|namens en voor rekening)(?![\p{L}])/iu;

// The assignment of the invoice's claim to a factor ("cédée à", "abgetreten an", "assigned to").
export const assignedTo = /(?<![\p{L}])(?:cédée? à|cession de créance|abgetreten an|zession|assigned to|has been assigned|overgedragen aan|gecedeerd aan|cedid[ao] a|ceduta a|cedido a|postoupena|przelana na)(?![\p{L}])/iu;

// Seller labels that are also the ordinary word "from".
export const fromWords = new Set(['from', 'von', 'de', 'da', 'van']);

/** A cell that is only a document title, a label or a date is not a name. */
export function isTitleOrLabel(cell: string, line: TextLine, column: number): boolean {
  const hits = labelsIn(line.text).filter((h) => h.start >= column && h.start < column + cell.length);
  if (hits.some((h) => h.start - column <= 1 && h.kind !== 'vendor')) return true;
  return /^(?:page|seite|página|pagina|strona)\b/iu.test(cell);
}

/** "Name · street · city" (or with | • – separators) on one line: a letterhead or footer. */
export function letterheadName(line: string): string | null {
  const parts = line.trim().split(/\s+[·•|–—]\s+/u);
  if (parts.length < 3) return null;
  const name = namePart(parts[0]!);
  return plausibleName(name) && !looksLikeAddress(name) && parts.slice(1).some((p) => /\d/.test(p)) ? name : null;
}

/** True when the line, the one before it or the two after it carry an IBAN, a tax-id or a register label. */
export function nearSellerDetails(lines: readonly TextLine[], index: number): boolean {
  for (let j = Math.max(0, index - 1); j < lines.length && j <= index + 2; j++) {
    const line = lines[j]!.text;
    if (/(?<![A-Z0-9])[A-Z]{2}\d{2}[ ]?[A-Z0-9]{4}/.test(line) && /iban/i.test(line)) return true;
    // An IBAN with no label (a QR-bill's "Konto / Zahlbar an"): its checksum says what it is.
    if (findIbans(line).some((m) => m.valid)) return true;
    if (labelsIn(line).some((h) => h.kind === 'vatId' || h.kind === 'registrationId' || h.kind === 'iban')) return true;
  }
  return false;
}

export interface Candidate {
  name: string;
  span: TextSpan;
  evidence: Evidence;
}

export function candidateFrom(text: string, start: number, evidence: Evidence): Candidate | null {
  const name = namePart(text);
  if (!plausibleName(name)) return null;
  const at = text.indexOf(name);
  return { name, span: { start: start + Math.max(0, at), end: start + Math.max(0, at) + name.length }, evidence };
}
