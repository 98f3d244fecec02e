import { labelsIn } from './label-segments';
import { partyHeadingColumns } from './party-heading-row';
import { columnsOverlap, type TextLine } from './text-layout';

/**
 * The buyer's block (BG-7): the cell holding a buyer label ("Bill to", "Rechnungsempfänger",
 * "Nabywca", "Factuuradres"...) and the cells under it in the same column, until a blank line,
 * another label in that column, or eight lines. Side-by-side seller and buyer blocks stay apart
 * because only the buyer's column is taken. Also the block under the buyer's heading of a
 * "FROM / TO" row (party-heading-row.ts). Returned as offset ranges of the reading text.
 */
export interface TextRange {
  start: number;
  end: number;
}

const department = /^(?:customer|client|kunden|clientèle|clientes?)[\s-]+(?:service|services|care|support|centre|center|relations|portal|hotline|desk|dienst|service-center)(?![\p{L}])/iu;

export function customerRanges(lines: readonly TextLine[]): TextRange[] {
  const out: TextRange[] = [];
  for (const line of lines) {
    for (const hit of labelsIn(line.text)) {
      if (hit.kind !== 'billTo') continue;
      // "Customer Service Centre", "Client Services": the seller's department, not the buyer.
      if (department.test(line.text.slice(hit.start))) continue;
      const wholeCell = line.cells.find((c) => c.column <= hit.start && hit.start < c.columnEnd);
      if (!wholeCell) continue;
      // "┌ Supplier ────┬ Customer ────┐": one cell (a box's top border) heads both blocks; the
      // buyer's column starts at its own label.
      const shared = labelsIn(line.text).some((h) => h.kind === 'vendor' && h.start >= wholeCell.column && h.start < hit.start);
      const labelCell = shared ? { text: line.text.slice(hit.start, wholeCell.columnEnd), start: line.start + hit.start, column: hit.start, columnEnd: wholeCell.columnEnd } : wholeCell;
      out.push({ start: labelCell.start, end: labelCell.start + labelCell.text.length });
      // "株式会社北辰  御中": an honorific after the addressee's name, the name in the cell before it.
      const honorific = hit.start === labelCell.column && /^(?:御中|様|殿)/u.test(line.text.slice(hit.start));
      const before = line.cells.filter((c) => c.columnEnd <= labelCell.column).at(-1);
      if (before && honorific) out.push({ start: before.start, end: before.start + before.text.length });
      // "Cliente:           Agriturismo Il Poggio": a label alone in its cell heads the column of
      // its value across the gap, and the block runs under the value.
      // Not when the line under the label has its own cell in the label's column: the block runs
      // under the label, and the cell across the gap is another party's ("Bill to:   NILE STEEL").
      const underLabel = lines[line.index + 1]?.cells.some((c) => Math.abs(c.column - labelCell.column) <= 1) ?? false;
      const labelOnly = labelCell.columnEnd - hit.end <= 2 && !underLabel && !honorific;
      const next = labelOnly ? line.cells.find((c) => c.column >= labelCell.columnEnd) : undefined;
      // Not when the next cell is another block's label ("Asiakas      Hyvityslaskun nro  50218").
      const valueCell = next && !labelsIn(line.text).some((h) => h.start >= next.column && h.start <= next.column + 1) ? next : undefined;
      if (valueCell) out.push({ start: valueCell.start, end: valueCell.start + valueCell.text.length });
      const cell = valueCell ?? labelCell;
      // Where the block's column runs: from the label to the end of the widest cell below.
      const column = { column: cell.column, columnEnd: Math.max(cell.columnEnd, cell.column + 12) };
      for (let j = line.index + 1; j < lines.length && j <= line.index + 8; j++) {
        const below = lines[j]!;
        if (below.text.trim() === '') break;
        const under = below.cells.find((c) => columnsOverlap(c, column, 1));
        if (!under) break;
        const labelled = labelsIn(below.text).find((h) => h.start >= under.column && h.start < under.columnEnd && h.start - under.column <= 1);
        if (labelled && labelled.kind !== 'other' && labelled.kind !== 'billTo' && labelled.kind !== 'vatId' && labelled.kind !== 'customerNumber') break;
        out.push({ start: under.start, end: under.start + under.text.length });
      }
    }
  }
  // "FROM        TO" over two blocks: the block under "TO".
  out.push(...(partyHeadingColumns(lines)?.buyer ?? []));
  return out;
}

// A salutation alone on its line opens the addressee's block of a letter (DIN 5008, AFNOR NF Z 11-001).
const salutation = /^(?:herrn|herr|frau|firma|an|an die|an den|mr\.?|mrs\.?|ms\.?|messrs\.?|monsieur|madame|messieurs|sig\.(?:ra)?|spett\.le|sr\.|sra\.|señor(?:es)?|heer|mevrouw|de heer)$/iu;
// "Kettler · Lindenallee 7 · 50968 Köln": the sender's return line printed above the window's address.
const returnLine = /^\S.{2,80}\s[·•|–-]\s.*\d.*\s[·•|–-]\s.*$/u;

/**
 * The addressee's block of a letter with no buyer label: the lines under a salutation alone on its
 * line ("Herrn", "Firma", "Mr"), or under the sender's return line above a window envelope's
 * address ("Kettler · Lindenallee 7 · 50968 Köln", not the document's first line), to the next
 * blank line (at most six lines). Offset ranges of the reading text.
 */
export function addresseeRanges(lines: readonly TextLine[]): TextRange[] {
  const out: TextRange[] = attentionBlocks(lines);
  const filled = lines.filter((l) => l.text.trim() !== '');
  for (const line of lines.slice(0, 25)) {
    const text = line.text.trim();
    const opens = salutation.test(text) || (returnLine.test(text) && filled[0] !== line && lines[line.index - 1]?.text.trim() === '');
    if (!opens || !lines[line.index + 1]?.text.trim()) continue;
    for (let j = line.index + 1; j < lines.length && j <= line.index + 6 && lines[j]!.text.trim() !== ''; j++) {
      const cell = lines[j]!.cells[0];
      if (cell) out.push({ start: cell.start, end: cell.start + cell.text.length });
    }
  }
  return out;
}

export function inRanges(ranges: readonly TextRange[], offset: number): boolean {
  return ranges.some((r) => offset >= r.start && offset < r.end);
}

// "z.H. Fr. Mag. Hofer", "t.a.v. dhr. Jansen", "Attn: Accounts Payable": a line for the attention
// of a person inside the addressee's block (DIN 5008 "z. H.", NEN 1026 "t.a.v.", AFNOR "à l'attention de").
const attention = /^(?:z\.\s?h(?:d)?\.|zu\s+händen|attn\.?:?|attention:|t\.\s?a\.\s?v\.|ter attentie van|à l'attention de|a l'attention de|all'attenzione di|alla c\.a\.|a la atención de|a\/a\s|a\/c\s|c\/o\s)/iu;

/**
 * The addressee's block around an attention line, in the line's column: the name above it (up to
 * two lines, to a blank line) and the address under it (to a blank line, at most five lines). A
 * buyer printed left and the seller right, with no labels, keep their columns apart.
 */
function attentionBlocks(lines: readonly TextLine[]): TextRange[] {
  const out: TextRange[] = [];
  for (const line of lines.slice(0, 30)) {
    const cell = line.cells.find((c) => attention.test(c.text));
    if (!cell) continue;
    out.push({ start: cell.start, end: cell.start + cell.text.length });
    const take = (j: number) => {
      const other = lines[j]?.cells.find((c) => columnsOverlap(c, cell, 2));
      if (!other) return false;
      out.push({ start: other.start, end: other.start + other.text.length });
      return true;
    };
    for (let j = line.index - 1; j >= 0 && j >= line.index - 2 && lines[j]!.text.trim() !== ''; j--) if (!take(j)) break;
    for (let j = line.index + 1; j < lines.length && j <= line.index + 5 && lines[j]!.text.trim() !== ''; j++) if (!take(j)) break;
  }
  return out;
}
