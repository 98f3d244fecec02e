import type { CountryEvidence } from './country-evidence';
import { findDates, type DateMatch } from './date-parsing';
import { isDatedDocumentNumber } from './dated-number';
import type { DocumentType } from './document-type';
import type { FieldCandidate } from './field-candidate';
import { labelsIn, type LabelSegment } from './label-segments';
import { columnsOverlap, type TextLine } from './text-layout';

/**
 * The document's own number (BT-1), the buyer's order number (BT-13), the issue date (BT-2)
 * and the due date (BT-9), from labelled segments.
 *
 * Numbers: the value after the most specific label — a credit note's own number label on a
 * credit note, a receipt-number label on a receipt, then an invoice-number label, a receipt-number
 * label, a bare "No:"/"Nr."/"#" on or just under the document's title or in a "№ X от <date>"
 * phrase (dated-number.ts), a number right after the title. Labels of other numbers
 * (customer, delivery note, the invoice a credit note corrects) never give the number. The value
 * keeps inner spaces, slashes and dashes ("FV 12/03/2026") and stops at a word or a wide gap.
 *
 * Dates: slashed dates whose day/month order the document does not settle (country-evidence.ts)
 * keep the day-first reading but are marked ambiguous, which costs them their confidence.
 * A due date is only read where one is printed: "30 days net" gives none.
 */

// One token of an identifier: letters, digits and - / . _ # ; the value's tokens are single-spaced.
const idToken = /^(?:[\p{Lu}\p{N}][\p{L}\p{N}\-/._#]*|\p{Ll}[\p{L}\-/._#]*\d[\p{L}\p{N}\-/._#]*)$/u;

function isDateToken(token: string): boolean {
  const d = findDates(token, { dayFirst: true })[0];
  return d !== undefined && d.index === 0 && d.length === token.length;
}

/** The identifier at the start of a label's value, with its length; null when there is none. */
export function readIdentifier(value: string, options: { allowShort?: boolean; allowDateShaped?: boolean } = {}): { id: string; index: number; length: number } | null {
  const lead = /^[\s#:：№.]*/u.exec(value)![0].length;
  const tokens: { text: string; index: number }[] = [];
  for (const m of value.slice(lead).matchAll(/\S+/g)) {
    if (m.index > 0 && value.slice(lead).slice(0, m.index).endsWith('  ')) break;
    tokens.push({ text: m[0].replace(/[,;:)]+$/, ''), index: lead + m.index });
  }
  const kept: { text: string; index: number }[] = [];
  for (const token of tokens) {
    const text = token.text;
    if (!idToken.test(text)) break;
    const hasDigit = /\d/.test(text);
    if (kept.length === 0) {
      // An id opens with digits, or with a short upper-case prefix followed by digits ("FV 12").
      // A series may itself be hyphenated ("TPN-A 18842": CFDI serie and folio).
      if (!hasDigit && !/^\p{Lu}{1,6}(?:-\p{Lu}{1,3})?[-/]?$/u.test(text)) break;
    } else {
      const soFarHasDigit = kept.some((k) => /\d/.test(k.text));
      if (!hasDigit) break;
      // "2026-0117 02.03.2026": a date after a complete id is the next field, not part of it.
      if (soFarHasDigit && isDateToken(text)) break;
    }
    kept.push(token);
    if (!hasDigit && kept.length > 1) break;
  }
  while (kept.length > 0 && !/\d/.test(kept[kept.length - 1]!.text)) kept.pop();
  if (kept.length === 0) return null;
  const first = kept[0]!;
  const last = kept[kept.length - 1]!;
  const id = value.slice(first.index, last.index + last.text.length).replace(/[.\-/]+$/, '');
  if (!/\d/.test(id)) return null;
  if (!options.allowDateShaped && isDateToken(id)) return null;
  // "120.00", "19%": amounts and rates are not numbers of documents.
  if (/^\d{1,3}(?:[.,]\d{3})*[.,]\d{2}$/.test(id)) return null;
  if (!options.allowShort && /^\d{1,2}$/.test(id)) return null;
  return { id, index: first.index, length: id.length };
}

/** True when the whole value is one identifier with a letter and a digit ("HW-2026-31"). */
function wholeId(value: string): boolean {
  const found = readIdentifier(value);
  return found !== null && found.index === 0 && found.length === value.length && /\p{L}/u.test(found.id) && /\d/.test(found.id);
}

function spanOf(segment: LabelSegment, found: { index: number; length: number }) {
  return { start: segment.offset + found.index, end: segment.offset + found.index + found.length };
}

const titleKinds = new Set<string>(['invoiceTitle', 'creditNoteTitle', 'receiptTitle']);

/**
 * True when the document's title is before the label on its line, on the line above, or above it
 * in its own column within three lines: a right-hand header block ("FACTURE PRO FORMA" over
 * "N° PF-2026-0058") keeps its column while the left one carries the seller's address.
 */
function underTitle(lines: readonly TextLine[], segment: LabelSegment): boolean {
  const line = lines[segment.labelLine];
  if (!line) return false;
  const column = segment.labelStart - line.start;
  if (labelsIn(line.text).some((h) => titleKinds.has(h.kind) && h.end <= column + 1)) return true;
  const cell = line.cells.find((c) => c.column <= column && column < c.columnEnd) ?? { column, columnEnd: column + 1 };
  let nearest = true;
  for (let j = segment.labelLine - 1; j >= 0 && j >= segment.labelLine - 3; j--) {
    const above = lines[j]!;
    if (above.text.trim() === '') continue;
    const titles = labelsIn(above.text).filter((h) => titleKinds.has(h.kind));
    if (nearest && titles.length > 0) return true;
    nearest = false;
    const inColumn = above.cells.filter((c) => columnsOverlap(c, cell, 4));
    if (inColumn.length === 0) continue;
    return titles.some((h) => inColumn.some((c) => h.start >= c.column && h.start < c.columnEnd));
  }
  return false;
}

/**
 * The number printed alone on the line under the title ("FATURA SIMPLIFICADA" over
 * "FS A2026/1843", the Portuguese series/number): the whole cell under the title's column must be
 * the identifier.
 */
function idUnderTitle(lines: readonly TextLine[]): { value: string; span: { start: number; end: number } } | null {
  for (const line of lines.slice(0, 40)) {
    const title = labelsIn(line.text).find((h) => titleKinds.has(h.kind));
    if (!title) continue;
    // A date line may sit between the title and its number ("電子發票證明聯" / "115年05月17日" / "XK-48203917").
    let below = lines[line.index + 1];
    if (below && /^[\s\d年月日/.:-]+$/u.test(below.text) && /\d/.test(below.text)) below = lines[line.index + 2];
    if (!below) return null;
    const cell = below.cells.find((c) => columnsOverlap(c, { column: title.start, columnEnd: title.end }));
    if (!cell || labelsIn(below.text).some((h) => h.start >= cell.column && h.start < cell.columnEnd)) return null;
    const found = readIdentifier(cell.text);
    if (!found || found.index !== 0 || found.length !== cell.text.length || !/[\p{L}]/u.test(found.id) && !/[-/]/.test(found.id)) return null;
    return { value: found.id, span: { start: cell.start, end: cell.start + found.length } };
  }
  return null;
}

/**
 * True when the label follows a company-register label in its cell: "Registro Mercantil de
 * Valencia, Tomo 8.412, Folio 61", "Amtsgericht Köln HRB 1234 Nr. 5" — the register's volume,
 * folio and entry numbers, never the document's.
 */
function inRegisterDetails(lines: readonly TextLine[], segment: LabelSegment): boolean {
  const line = lines[segment.labelLine];
  if (!line) return false;
  const column = segment.labelStart - line.start;
  const cell = line.cells.find((c) => c.column <= column && column < c.columnEnd);
  if (!cell) return false;
  return labelsIn(line.text).some((h) => h.kind === 'registrationId' && h.start >= cell.column && h.start < column);
}

const numberKinds = new Set<string>(['invoiceNumber', 'creditNoteNumber', 'receiptNumber']);

/**
 * True when a bare number label ("Nr", "№", "Номер:", "Số:") opens the document's details block:
 * it starts its cell and the next non-blank line starts, in the same column, with the issue-date
 * label ("Nr FV/12/2026" over "Data wystawienia: ..."). Invoices in many countries print the
 * number and the date as that block under the parties instead of beside the title.
 */
function opensDetailsBlock(lines: readonly TextLine[], segment: LabelSegment): boolean {
  const line = lines[segment.labelLine];
  if (!line) return false;
  const column = segment.labelStart - line.start;
  if (!line.cells.some((c) => c.column === column)) return false;
  for (let j = segment.labelLine + 1; j < lines.length && j <= segment.labelLine + 2; j++) {
    const below = lines[j]!;
    if (below.text.trim() === '') continue;
    return labelsIn(below.text).some((h) => h.kind === 'issueDate' && Math.abs(h.start - column) <= 2 && below.cells.some((c) => c.column === h.start));
  }
  return false;
}

// A Polish fiscal printer numbers every printout ("nr wydr."): the paragon's own number ("nr par.") comes first.
const printoutLabel = /^nr wydr/iu;

// A hotel's folio is the guest account: a printed invoice number comes first ("Folio No." and "Invoice No.").
const folioLabel = /^folio\b/iu;

// A till, register or terminal on a receipt's line (レジ, Kasse, caisse, caja, cassa, kasa, till).
const tillLine = /(?:^|[\s(])(?:レジ|ﾚｼﾞ|till|register|kasse|kassa|kasa|caisse|caja|cassa|terminal|계산대|收银台|收銀台)\s*[#:]?\s*\d/iu;

export function identifierFields(lines: readonly TextLine[], segments: readonly LabelSegment[], documentType: DocumentType): FieldCandidate[] {
  const out: FieldCandidate[] = [];
  const firstOf = (accept: (s: LabelSegment) => boolean, allowShort = false) => {
    for (const s of segments) {
      if (!accept(s) || inRegisterDetails(lines, s)) continue;
      // Right after a number label of its own ("FAKTURA nr 14/04/2026"), a date-shaped value is
      // the number: sequence/month/year numbering is common practice (PL, ES, PT).
      const allowDateShaped = s.placement === 'inline' && numberKinds.has(s.kind);
      const found = readIdentifier(s.value, { allowShort, allowDateShaped });
      if (found) return { value: found.id, span: spanOf(s, found) };
    }
    return null;
  };
  const datedNumber = (s: LabelSegment) => {
    const found = readIdentifier(s.value);
    return found !== null && isDatedDocumentNumber(lines, s, found);
  };
  const ordered: [(s: LabelSegment) => boolean, FieldCandidate['evidence'], boolean][] = [
    [(s) => s.kind === 'creditNoteNumber' && documentType === 'credit_note', 'labelledId', true],
    // A receipt's own number is its receipt or transaction number, also where an invoice number is
    // printed beside it (a payment receipt for an invoice, a fiscal control unit's invoice number).
    [(s) => s.kind === 'receiptNumber' && documentType === 'receipt' && !printoutLabel.test(s.label), 'labelledReceiptId', true],
    [(s) => s.kind === 'invoiceNumber' && !folioLabel.test(s.label), 'labelledId', true],
    [(s) => s.kind === 'invoiceNumber', 'labelledId', true],
    [(s) => s.kind === 'receiptNumber' && !printoutLabel.test(s.label), 'labelledReceiptId', true],
    [(s) => s.kind === 'receiptNumber', 'labelledReceiptId', true],
    [(s) => s.kind === 'creditNoteNumber', 'labelledId', true],
    [(s) => s.kind === 'genericNumber' && underTitle(lines, s), 'titleNumberLabel', false],
    [(s) => s.kind === 'genericNumber' && opensDetailsBlock(lines, s), 'titleNumberLabel', false],
    // "Счёт-фактура № СФ-1174 от 24.11.2026", "№ 318 от 02.10.2026" opening its line.
    [(s) => s.kind === 'genericNumber' && datedNumber(s), 'titleNumberLabel', false],
    [(s) => (s.kind === 'invoiceTitle' || s.kind === 'creditNoteTitle' || s.kind === 'receiptTitle') && s.placement === 'inline', 'titleId', false],
    // "TAX INVOICE      HW-2026-31": an id filling the cell across the gap after the title.
    [(s) => titleKinds.has(s.kind) && s.placement === 'gap' && wholeId(s.value), 'titleId', false],
  ];
  let number: FieldCandidate | null = null;
  for (const [accept, evidence, allowShort] of ordered) {
    const found = firstOf(accept, allowShort);
    if (found) {
      number = { name: 'invoiceNumber', value: found.value, evidence, span: found.span };
      break;
    }
  }
  const under = number ? null : idUnderTitle(lines);
  if (under) number = { name: 'invoiceNumber', value: under.value, evidence: 'titleId', span: under.span };
  // A receipt's "No." beside its till ("レジ02  No.3317", "Kasse 2  Nr. 0815"): the receipt's number.
  const till = number ? null : firstOf((s) => s.kind === 'genericNumber' && tillLine.test(lines[s.labelLine]?.text ?? ''), true);
  if (till) number = { name: 'invoiceNumber', value: till.value, evidence: 'labelledReceiptId', span: till.span };
  // No number label: the issuer's own reference ("Our ref.  CN-10482") is the document's number.
  const reference = number ? null : firstOf((s) => s.kind === 'ownReference');
  if (reference) number = { name: 'invoiceNumber', value: reference.value, evidence: 'ownReference', span: reference.span };
  if (number) out.push(number);
  const order = firstOf((s) => s.kind === 'orderNumber');
  if (order) out.push({ name: 'orderNumber', value: order.value, evidence: 'labelledId', span: order.span });
  return out;
}

interface DatedSegment {
  date: DateMatch;
  segment: LabelSegment | null;
}

function firstDate(segment: LabelSegment, dayFirst: boolean, directlyAfter: boolean): DateMatch | null {
  const dates = findDates(segment.value, { dayFirst });
  const d = dates[0];
  if (!d) return null;
  if (directlyAfter && d.index > 3) return null;
  // A label's date sits near it: far into a long value it belongs to something else.
  if (d.index > 40) return null;
  return d;
}

function dateSpan(d: DatedSegment) {
  const base = d.segment ? d.segment.offset : 0;
  return { start: base + d.date.index, end: base + d.date.index + d.date.length };
}

export function dateFields(text: string, segments: readonly LabelSegment[], evidence: CountryEvidence): FieldCandidate[] {
  const dayFirst = evidence.dayFirst ?? true;
  const pick = (kinds: LabelSegment['kind'][], directlyAfter = false): DatedSegment | null => {
    for (const s of segments) {
      if (!kinds.includes(s.kind)) continue;
      const date = firstDate(s, dayFirst, directlyAfter || s.kind === 'dueCue');
      if (date) return { date, segment: s };
    }
    return null;
  };
  let issue = pick(['issueDate']);
  let issueEvidence: FieldCandidate['evidence'] = 'labelledDate';
  const due = pick(['dueDate']) ?? pick(['dueCue'], true);
  const dueEvidence: FieldCandidate['evidence'] = due?.segment?.kind === 'dueCue' ? 'cueDate' : 'labelledDate';
  if (!issue) {
    // No label: the first date that is not in another labelled role (due, delivery, period).
    const taken = segments
      .filter((s) => s.kind === 'dueDate' || s.kind === 'otherDate' || s.kind === 'dueCue')
      .map((s) => [s.offset, s.offset + s.value.length] as const);
    const candidate = findDates(text, { dayFirst }).find((d) => !taken.some(([a, b]) => d.index >= a && d.index < b) && (!due || d.iso !== due.date.iso));
    if (candidate && (!due || candidate.iso <= due.date.iso)) {
      issue = { date: candidate, segment: null };
      issueEvidence = 'unlabelledDate';
    }
  }
  const out: FieldCandidate[] = [];
  const undecided = evidence.dayFirst === null;
  const evidenceFor = (d: DatedSegment, fallback: FieldCandidate['evidence']): FieldCandidate['evidence'] => {
    if (!d.date.ambiguous) return fallback;
    if (undecided) return 'ambiguousDate';
    return evidence.dateOrderFromDates ? fallback : 'dateOrderByCountry';
  };
  if (issue) out.push({ name: 'issueDate', value: issue.date.iso, evidence: evidenceFor(issue, issueEvidence), span: dateSpan(issue) });
  if (due && (!issue || due.date.iso >= issue.date.iso)) out.push({ name: 'dueDate', value: due.date.iso, evidence: evidenceFor(due, dueEvidence), span: dateSpan(due) });
  return out;
}
