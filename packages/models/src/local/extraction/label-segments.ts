import { labelLexicon, type LabelKind } from './label-lexicon';
import { createLabelMatcher } from './label-matcher';
import { layoutOf, columnsOverlap, type TextCell, type TextLine } from './text-layout';

/**
 * Key–value reading that follows the layout: for every label, its value is
 * - the rest of the label's cell ("Invoice No: AT-5521", "Total 119,00 €, due 4 March": up to
 *   the next label in the cell),
 * - or, when the label ends its cell, the next cell on the same line across a wide gap
 *   ("Factuurnummer:          2026-0042"),
 * - or, when nothing follows the label on its line, the cell below it in the same column
 *   ("Invoice No." over "AT-5521"; two side-by-side blocks keep their columns apart),
 * - or, for a row of labels only ("Invoice date | Invoice no. | Customer no."), the cell under
 *   each label's column in the row below (a key–value table).
 * Offsets are into the reading text. Linear in the text: one regex pass per line, cells by column.
 */
export type Placement = 'inline' | 'gap' | 'below' | 'grid';

export interface LabelSegment {
  kind: LabelKind;
  label: string;
  /** Offset of the label in the whole text. */
  labelStart: number;
  labelLine: number;
  value: string;
  /** Offset of the value in the whole text. */
  offset: number;
  /** Index of the line holding the value. */
  line: number;
  placement: Placement;
  /** Everything after the label to the end of its cell: names may contain label words ("Data"). */
  rest: string;
}

// Labels by kind, the longest at each position (label-matcher.ts): "total ht" over "total",
// "due date" over "due", "customer no" over "no".
const matchLabels = createLabelMatcher(labelLexicon, (kind) => kind as LabelKind);

export interface LabelHit {
  kind: LabelKind;
  /** Column in the line. */
  start: number;
  end: number;
}

// Lines are looked up again by several field rules; the cache keeps that to one pass per line.
const memo = new Map<string, LabelHit[]>();

// Kinds that name a number of their own: "<kind> No." is that kind's number label.
const unmergedKinds = new Set<LabelKind>(['genericNumber', 'invoiceTitle', 'creditNoteTitle', 'receiptTitle', 'other']);

/**
 * "Folio No.:", "Hyvityslasku nro", "Adjustment Note No.": a label directly followed by a bare
 * number label ("No.", "Nr.", "#", "Αριθμός") is one label of the first kind. Titles stay apart:
 * "Invoice  No. 12" under a title is read by the title rule.
 */
function mergeNumberWords(line: string, hits: readonly LabelHit[]): LabelHit[] {
  const out: LabelHit[] = [];
  for (let i = 0; i < hits.length; i++) {
    const hit = hits[i]!;
    const next = hits[i + 1];
    if (next && next.kind === 'genericNumber' && !unmergedKinds.has(hit.kind) && /^ ?$/.test(line.slice(hit.end, next.start))) {
      out.push({ kind: hit.kind, start: hit.start, end: next.end });
      i++;
    } else out.push(hit);
  }
  return out;
}

/**
 * OCR and typewriter look-alikes inside words, folded one character for one (offsets stay) for
 * label matching only: a zero or a one between letters ("T0TAL", "B0N FISCAL", "0mschrijving",
 * "Verva1datum") is the letter it stands for, and so is a lower-case l inside a capitalised word
 * ("QUlTTUNG"). Only in a word of three or more characters, at least two of them letters, with
 * at most two such digits and never two in a row, so identifiers ("A1", "F10", "ISO9001") stay.
 */
export function foldLookAlikes(line: string): string {
  if (!/[01l]/.test(line)) return line;
  return line.replace(/[\p{L}01]+/gu, (word) => {
    const letters = word.replace(/[01]/g, '');
    if (word.length < 3 || letters.length < 2 || word.length - letters.length > 2 || /[01]{2}/.test(word)) return word;
    const upper = letters === letters.toUpperCase() || /^\p{Lu}+l\p{Lu}+$/u.test(letters);
    // "QUlTTUNG": a lower-case l inside a capitalised word is a capital I.
    if (upper) return word.replace(/0/g, 'O').replace(/[1l]/g, 'I');
    return word.replace(/0/g, 'o').replace(/1/g, 'l');
  });
}

// Labels whose value is a document's number: a bare "Nr." across a gap after them is theirs.
const numberOwners = new Set<LabelKind>(['invoiceNumber', 'creditNoteNumber', 'receiptNumber', 'invoiceTitle', 'creditNoteTitle', 'receiptTitle']);

/**
 * A remark in brackets right after a number label qualifies it ("Factuurnummer (reeks afnemer):",
 * "Invoice no. (customer copy)"): label words inside it are not labels of their own.
 */
function withoutRemarks(line: string, hits: readonly LabelHit[]): LabelHit[] {
  const out: LabelHit[] = [];
  let remarkEnd = -1;
  for (const hit of hits) {
    if (hit.start < remarkEnd) continue;
    out.push(hit);
    // Only after a number label: "Datos del vendedor (destinatario de la factura):" says who the party is.
    const remark = numberOwners.has(hit.kind) ? /^\s?\([^()]{1,30}\)/u.exec(line.slice(hit.end)) : null;
    if (remark) remarkEnd = hit.end + remark[0].length;
  }
  return out;
}

export function labelsIn(line: string): LabelHit[] {
  const cached = memo.get(line);
  if (cached) return cached;
  const kept: LabelHit[] = mergeNumberWords(line, withoutRemarks(line, matchLabels(foldLookAlikes(line))));
  if (memo.size > 10_000) memo.clear();
  memo.set(line, kept);
  return kept;
}

// Before a value: separators, a bare number word, a short remark in brackets ("Factuurnummer
// (reeks afnemer): SB-12").
const leadingNoise = /^[\s:：.#|│\-–—=_>*…]*(?:\([^()\d]{1,30}\)[\s:：]*)?(?:(?:n[°º]|no\.|nr\.?|nº|#)\s*)?[\s:：.|│\-–—=_]*/iu;
const trailingNoise = /[\s|:]+$/;

function cellAt(line: TextLine, column: number): TextCell | undefined {
  return line.cells.find((c) => c.column <= column && column < c.columnEnd);
}

/**
 * A header row of a key–value table: two or more cells, nearly all of them labels and nothing
 * else (one column name the vocabulary does not know, "Ship via", is tolerated).
 */
function isLabelRow(line: TextLine, hits: readonly LabelHit[]): boolean {
  if (hits.length < 2) return false;
  let rest = line.text;
  for (const h of [...hits].reverse()) rest = rest.slice(0, h.start) + rest.slice(h.end);
  if (/^[\s:.#|│┃║/()-]*$/.test(rest)) return true;
  if (line.cells.length < 3) return false;
  const isLabelCell = (c: TextCell) => hits.some((h) => h.start === c.column && c.text.slice(h.end - h.start).replace(/[\s:.#()/-]/g, '') === '');
  const others = line.cells.filter((c) => !isLabelCell(c));
  // The one tolerated cell is a column name, not a value (no digits).
  return line.cells.length - others.length >= 2 && others.length <= 1 && others.every((c) => !/\d/.test(c.text));
}

function nextFilledLine(lines: readonly TextLine[], from: number, within = 2): TextLine | undefined {
  for (let j = from + 1; j < lines.length && j <= from + within; j++) if (lines[j]!.text.trim() !== '') return lines[j];
  return undefined;
}

// Labels whose value is a party's name: a name may open with a label word ("Transport Drogowy
// Marek Zając", "Service Masters Ltd"), which is then no label.
const nameOwners = new Set<LabelKind>(['vendor', 'billTo', 'accountHolder', 'remitTo']);

/**
 * True when the cell opens with a label. Under a label of a party's name, only a label used as
 * one counts: alone in its cell, before a colon, or before a number.
 */
function startsWithLabel(cell: TextCell, line: TextLine, owner?: LabelKind): boolean {
  const hit = labelsIn(line.text).find((h) => h.start === cell.column);
  if (!hit) return false;
  if (owner === undefined || !nameOwners.has(owner)) return true;
  return /^\s*(?:[:：#]|\d|$)/u.test(cell.text.slice(hit.end - hit.start)) || /[.:]$/.test(line.text.slice(hit.start, hit.end));
}

export function labelSegments(text: string, lines: readonly TextLine[] = layoutOf(text)): LabelSegment[] {
  const out: LabelSegment[] = [];
  for (const line of lines) {
    const hits = labelsIn(line.text);
    if (hits.length === 0) continue;
    if (isLabelRow(line, hits)) {
      out.push(...gridSegments(hits, lines, line));
      continue;
    }
    hits.forEach((hit, i) => {
      const cell = cellAt(line, hit.start);
      if (!cell) return;
      const label = line.text.slice(hit.start, hit.end);
      const base = { kind: hit.kind, label, labelStart: line.start + hit.start, labelLine: line.index };
      const next = hits[i + 1];
      const valueEnd = next && next.start < cell.columnEnd ? next.start : cell.columnEnd;
      const raw = line.text.slice(hit.end, Math.max(hit.end, valueEnd));
      const noise = leadingNoise.exec(raw)?.[0].length ?? 0;
      const value = raw.slice(noise).replace(trailingNoise, '');
      const rest = line.text.slice(hit.end + noise, cell.columnEnd).trim();
      // "Leverancier / opdrachtnemer", "Seller / supplier:": a second wording of the label, not its value.
      const alternative = nameOwners.has(hit.kind) && /^[/&]\s*\p{L}[\p{L}-]*(?:\s\p{L}[\p{L}-]*)?\s*[:：]?$/u.test(value);
      if (value !== '' && !alternative) {
        out.push({ ...base, value, offset: line.start + hit.end + noise, line: line.index, placement: 'inline', rest });
        return;
      }
      if (next && next.start < cell.columnEnd) return;
      // The label ends its cell: the next cell on the line, unless it is a label itself.
      const after = line.cells.find((c) => c.column >= cell.columnEnd);
      // "Rechnung      Nr. 2207": a bare number label across the gap belongs to the label before it.
      const bareNumber = after !== undefined && numberOwners.has(hit.kind) && labelsIn(line.text).some((h) => h.start === after.column && h.kind === 'genericNumber');
      // A cell ending in a colon across the gap is a label the vocabulary does not know ("Self-bill invoice no:").
      if (after && (!startsWithLabel(after, line) || bareNumber) && !/[:：]$/.test(after.text)) {
        const v = after.text.replace(leadingNoise, '');
        const skipped = after.text.length - v.length;
        if (v !== '') out.push({ ...base, value: v, offset: after.start + skipped, line: line.index, placement: 'gap', rest: v });
        return;
      }
      // Nothing after the label on its line, or another label's column ("From:      Bill to:"):
      // the cell below, in the label's column.
      const below = nextFilledLine(lines, line.index);
      if (!below) return;
      const under = below.cells.find((c) => columnsOverlap(c, cell)) ?? (line.cells.length === 1 && below.cells.length === 1 ? below.cells[0] : undefined);
      if (!under || startsWithLabel(under, below, hit.kind)) return;
      out.push({ ...base, value: under.text, offset: under.start, line: below.index, placement: 'below', rest: under.text });
    });
  }
  return out;
}

// A rule under a table's header row ("-----+-----", "=====", "|---|---|"): not a row of values.
const ruleLine = /^[\s\-=_+|:.~—–─━═│┃║┌┐└┘├┤┬┴┼╔╗╚╝╠╣╦╩╬]+$/;

/**
 * True when the row under a header row is labels itself (another header row, or "Date: …" lines),
 * not a row of values: a cell that is a label alone or a label and a colon, or most cells opening
 * with a label. A value that opens with a label word ("Net 30" under "Terms") is still a value.
 */
function isKeyValueRow(line: TextLine): boolean {
  const hits = labelsIn(line.text);
  const opening = line.cells.filter((c) => hits.some((h) => h.start === c.column));
  if (opening.length * 2 > line.cells.length) return true;
  return opening.some((c) => {
    const hit = hits.find((h) => h.start === c.column)!;
    return /^\s*[:：]|^[\s.#]*$/u.test(c.text.slice(hit.end - hit.start));
  });
}

/** A row of labels: the value of each is the cell of the row below that overlaps its column. */
function gridSegments(hits: readonly LabelHit[], lines: readonly TextLine[], line: TextLine): LabelSegment[] {
  let below = nextFilledLine(lines, line.index, 1);
  if (below && ruleLine.test(below.text)) below = nextFilledLine(lines, below.index, 1);
  if (!below || isKeyValueRow(below)) return [];
  const out: LabelSegment[] = [];
  hits.forEach((hit, i) => {
    const span = { column: hit.start, columnEnd: hit.end };
    // Values align left, right or centred with their label; the nearest overlapping cell wins.
    const nextStart = hits[i + 1]?.start ?? Infinity;
    const under = below.cells.find((c) => columnsOverlap(c, span, 1) && c.column < nextStart);
    if (!under) return;
    const label = line.text.slice(hit.start, hit.end);
    out.push({ kind: hit.kind, label, labelStart: line.start + hit.start, labelLine: line.index, value: under.text, offset: under.start, line: below.index, placement: 'grid', rest: under.text });
  });
  return out;
}

/** Label kinds present on a line, for cues such as "this line is a totals line". */
export function labelKindsOnLine(line: string): Set<LabelKind> {
  return new Set(labelsIn(line).map((h) => h.kind));
}
