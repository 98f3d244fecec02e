import { inRanges, type TextRange } from './customer-block';
import type { FieldCandidate, TextSpan } from './field-candidate';
import { findIbans } from './iban-check';
import type { LabelSegment } from './label-segments';
import type { TextLine } from './text-layout';
import { nationalTaxScheme, partyTaxIds, readNationalTaxId, taxOfficeVkn } from './national-tax-ids';
import { findVatIds, normaliseVatId } from './vat-id-check';

/**
 * The seller's VAT or tax registration id (BT-31, BT-32): the value after a tax-id label of any
 * country (USt-IdNr., N° TVA, P.IVA, NIP, DIČ, BTW, Momsreg.nr, GSTIN, ABN, GST/HST, CNPJ, RFC,
 * TRN, 登録番号...), compacted (upper case; spaces, dots, dashes and slashes removed; a Swiss
 * MWST/TVA/IVA or Norwegian MVA suffix kept), never one inside the buyer's block; of two
 * parties' ids, the one printed with the seller's name (`seller`: where it was read). A national
 * taxpayer number's label (ИНН, VKN, 统一社会信用代码...) is read by its own shape and check digits
 * (national-tax-ids.ts). Without a label, a Turkish VKN after its tax office ("V.D."), a
 * Taiwanese seller's (賣方) business number or a Moroccan IF, else a known EU VAT format outside the
 * buyer's block.
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

/** Where the seller's name was read, and the addressee's block of a letter, to tell the seller's tax id from another party's. */
export interface SellerAnchor {
  lines: readonly TextLine[];
  span: TextSpan;
  addressee: readonly TextRange[];
}

// A tax-id label that names its party: "USt-IdNr. des Lieferanten", "Supplier VAT No".
const sellerWords = /lieferant|supplier|seller|vendor|fornitore|cedente|fournisseur|prestataire|proveedor|emisor|sprzedawc|dodavatel|leverancier|leverantör|продав|销方|銷方|销售方|銷售方/iu;

/**
 * Sort keys of a tax-id label against the seller's name, smaller first: in the addressee's block;
 * a label that does not name the seller; a blank line between it and the name, and a column other
 * than the name's (one each); the distance in lines.
 */
function sellerOwnership(anchor: SellerAnchor, segment: LabelSegment): number[] {
  const lineAt = (o: number) => anchor.lines.findLast((l) => l.start <= o) ?? anchor.lines[0]!;
  const own = lineAt(anchor.span.start);
  const other = lineAt(segment.labelStart);
  const [a, b] = own.index <= other.index ? [own.index, other.index] : [other.index, own.index];
  let blank = 0;
  for (let j = a; j <= b; j++) if (anchor.lines[j]!.text.trim() === '') blank = 1;
  // Side by side, the column of the cell each starts in tells the seller's block from the buyer's.
  const cellColumn = (line: TextLine, o: number) => line.cells.findLast((c) => c.start <= o)?.column ?? o - line.start;
  const column = Math.abs(cellColumn(own, anchor.span.start) - cellColumn(other, segment.labelStart)) > 12 ? 1 : 0;
  const label = other.text.slice(segment.labelStart - other.start, segment.offset - other.start);
  return [inRanges(anchor.addressee, segment.labelStart) ? 1 : 0, sellerWords.test(label) ? 0 : 1, blank + column, b - a];
}

interface TaxIdReading {
  id: string;
  index: number;
  length: number;
}

interface Labelled {
  s: LabelSegment;
  found: TaxIdReading;
  /** Read by a national scheme's shape and check digits. */
  checked: boolean;
}

/** A tax-id label's value: a national taxpayer number where the label names one and a valid one is printed, else the compacted id. */
function readLabelled(s: LabelSegment): Labelled | null {
  const value = s.placement === 'inline' ? s.rest : s.value;
  const scheme = s.kind === 'vatId' ? nationalTaxScheme(s.label) : null;
  const national = scheme ? readNationalTaxId(scheme, value) : null;
  if (national) return { s, found: national, checked: true };
  const found = readTaxId(value);
  return found ? { s, found, checked: false } : null;
}

/**
 * The seller's VAT id candidate (at most one) from labelled segments, else an unlabelled format;
 * `customer`: the buyer's block(s), never read. Spans are offsets into `text`.
 */
export function vatIdFields(text: string, segments: readonly LabelSegment[], customer: readonly TextRange[], seller?: SellerAnchor): FieldCandidate[] {
  const labelled = segments
    .filter((s) => s.kind === 'vatId' || s.kind === 'taxAmount' || s.kind === 'registrationId')
    .map((s) => readLabelled(s))
    .filter((x): x is Labelled => x !== null)
    // A tax-amount label is only a VAT-id label when an id with a country prefix follows ("VAT: GB123456789");
    // a register number only when it carries the VAT suffix (Norway's "Org.nr. 918 245 707 MVA").
    .filter((x) => x.s.kind === 'vatId' || (x.s.kind === 'taxAmount' && /^[A-Z]{2}/.test(x.found.id)) || (x.s.kind === 'registrationId' && x.found.id.endsWith('MVA')))
    .filter((x) => !inRanges(customer, x.s.labelStart) && !inRanges(customer, x.s.offset));
  // A seller printing a national tax number and its VAT id (Steuernummer and USt-IdNr., adószám and
  // közösségi adószám, ЕИК and ИН по ДДС): BT-31 is the prefixed VAT id; the national number is BT-32.
  // Two parties' VAT ids with no buyer's block to set one aside (side-by-side blocks, a letter's
  // addressee, a self-billing invoice): the one printed with the seller's name.
  const isValid = (x: Labelled) => x.checked || normaliseVatId(x.found.id) !== null;
  const valid = labelled.filter(isValid);
  const pool = seller && new Set(valid.map((x) => normaliseVatId(x.found.id) ?? x.found.id)).size > 1 ? valid : labelled;
  const byKeys = (p: number[], q: number[]) => p.reduce((d, v, i) => d || v - q[i]!, 0);
  const ranked =
    seller && new Set(pool.map((x) => x.found.id)).size > 1
      ? pool
          .map((x) => ({ x, keys: sellerOwnership(seller, x.s) }))
          .sort((p, q) => byKeys(p.keys, q.keys))
          .map((p) => p.x)
      : labelled;
  const best = ranked.find(isValid) ?? ranked[0];
  if (best) {
    // An inline value and the rest of its cell start at the same offset.
    const start = best.s.offset + best.found.index;
    return [{ name: 'vatId', value: best.found.id, evidence: 'vatLabelled', span: { start, end: start + best.found.length } }];
  }
  const party = [...taxOfficeVkn(text), ...partyTaxIds(text)].find((v) => !inRanges(customer, v.index));
  if (party) return [{ name: 'vatId', value: party.id, evidence: 'vatLabelled', span: { start: party.index, end: party.index + party.length } }];
  const ibans = findIbans(text).map((i) => [i.index, i.index + i.length] as const);
  const formatted = findVatIds(text).find((v) => !ibans.some(([a, b]) => v.index < b && a < v.index + v.length) && !inRanges(customer, v.index) && !v.vatId.startsWith('NO'));
  if (!formatted) return [];
  // A Swiss UID is printed with its register suffix ("CHE-123.456.789 MWST"): the suffix is part of the VAT number.
  const suffix = formatted.vatId.startsWith('CHE') ? /(MWST|TVA|IVA)$/iu.exec(text.slice(formatted.index, formatted.index + formatted.length)) : null;
  if (suffix) return [{ name: 'vatId', value: formatted.vatId + suffix[1]!.toUpperCase(), evidence: 'vatFormat', span: { start: formatted.index, end: formatted.index + formatted.length } }];
  return formatted ? [{ name: 'vatId', value: formatted.vatId, evidence: 'vatFormat', span: { start: formatted.index, end: formatted.index + formatted.length } }] : [];
}
