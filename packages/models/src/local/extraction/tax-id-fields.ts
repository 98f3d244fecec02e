import { inRanges, type TextRange } from './customer-block';
import type { FieldCandidate } from './field-candidate';
import { findIbans } from './iban-check';
import type { LabelSegment } from './label-segments';
import { findVatIds, normaliseVatId } from './vat-id-check';

/**
 * The seller's VAT or tax registration id (BT-31, BT-32): the value after a tax-id label of any
 * country (USt-IdNr., N° TVA, P.IVA, NIP, DIČ, BTW, Momsreg.nr, GSTIN, ABN, GST/HST, CNPJ, RFC,
 * TRN, 登録番号...), compacted (upper case; spaces, dots, dashes and slashes removed; a Swiss
 * MWST/TVA/IVA or Norwegian MVA suffix kept), never one inside the buyer's block. Without a
 * label, a known EU VAT format outside the buyer's block.
 */

// Tokens of an id: upper-case letters and digits with . - / separators, single-spaced.
const idPart = /^[A-Z0-9][A-Z0-9.\-/]*$/;
const suffixes = new Set(['MWST', 'TVA', 'IVA', 'MVA']);

/** The id at the start of a label's value, compacted, with its extent; null when none. */
export function readTaxId(value: string): { id: string; index: number; length: number } | null {
  const lead = /^[\s:：#.№]*/u.exec(value)![0].length;
  let end = lead;
  let compact = '';
  for (const m of value.slice(lead).matchAll(/\S+/g)) {
    const at = lead + m.index;
    if (at > end + 1 && compact !== '') break; // a wide gap ends the value
    const token = m[0].replace(/[,;)]+$/, '');
    if (suffixes.has(token.toUpperCase()) && compact !== '') {
      compact += token.toUpperCase();
      end = at + token.length;
      break;
    }
    if (!idPart.test(token) || /^(?:IBAN|BIC|SWIFT|TEL|FAX)$/i.test(token)) break;
    compact += token.replace(/[.\-/]/g, '');
    end = at + token.length;
    if (compact.length > 22) return null;
  }
  const digits = compact.replace(/\D/g, '').length;
  if (digits < 6 || compact.length < 8 || compact.length > 20) return null;
  // Dates and amounts are not ids.
  if (/^\d{1,2}[.\-/]\d{1,2}[.\-/]\d{2,4}$/.test(value.slice(lead, end))) return null;
  return { id: compact, index: lead, length: end - lead };
}

export function vatIdFields(text: string, segments: readonly LabelSegment[], customer: readonly TextRange[]): FieldCandidate[] {
  const labelled = segments
    .filter((s) => s.kind === 'vatId' || s.kind === 'taxAmount')
    .map((s) => ({ s, found: readTaxId(s.placement === 'inline' ? s.rest : s.value) }))
    .filter((x): x is { s: LabelSegment; found: NonNullable<ReturnType<typeof readTaxId>> } => x.found !== null)
    // A tax-amount label is only a VAT-id label when an id with a country prefix follows ("VAT: GB123456789").
    .filter((x) => x.s.kind === 'vatId' || /^[A-Z]{2}/.test(x.found.id))
    .filter((x) => !inRanges(customer, x.s.labelStart) && !inRanges(customer, x.s.offset));
  // A seller printing a national tax number and its VAT id (Steuernummer and USt-IdNr., adószám and
  // közösségi adószám, ЕИК and ИН по ДДС): BT-31 is the prefixed VAT id; the national number is BT-32.
  const best = labelled.find((x) => normaliseVatId(x.found.id) !== null) ?? labelled[0];
  if (best) {
    // An inline value and the rest of its cell start at the same offset.
    const start = best.s.offset + best.found.index;
    return [{ name: 'vatId', value: best.found.id, evidence: 'vatLabelled', span: { start, end: start + best.found.length } }];
  }
  const ibans = findIbans(text).map((i) => [i.index, i.index + i.length] as const);
  const formatted = findVatIds(text).find((v) => !ibans.some(([a, b]) => v.index < b && a < v.index + v.length) && !inRanges(customer, v.index) && !v.vatId.startsWith('NO'));
  if (!formatted) return [];
  // A Swiss UID is printed with its register suffix ("CHE-123.456.789 MWST"): the suffix is part of the VAT number.
  const suffix = formatted.vatId.startsWith('CHE') ? /(MWST|TVA|IVA)$/iu.exec(text.slice(formatted.index, formatted.index + formatted.length)) : null;
  if (suffix) return [{ name: 'vatId', value: formatted.vatId + suffix[1]!.toUpperCase(), evidence: 'vatFormat', span: { start: formatted.index, end: formatted.index + formatted.length } }];
  return formatted ? [{ name: 'vatId', value: formatted.vatId, evidence: 'vatFormat', span: { start: formatted.index, end: formatted.index + formatted.length } }] : [];
}
