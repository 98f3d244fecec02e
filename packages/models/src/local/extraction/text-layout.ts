/**
 * The layout of plain text as PDF converters (`pdftotext -layout`) and mail clients print it:
 * lines with their offsets, and each line's cells — runs of text separated by two or more
 * spaces, a tab, a pipe or a box-drawing vertical — with their columns. Two cells on one line are two columns
 * ("Seller            Buyer"), a label and its value far apart, or a table row. Linear in
 * the length of the text.
 */
export interface TextCell {
  text: string;
  /** Offset in the whole text. */
  start: number;
  /** Column (offset within the line) where the cell starts and ends. */
  column: number;
  columnEnd: number;
}

export interface TextLine {
  index: number;
  text: string;
  start: number;
  cells: TextCell[];
}

// Pipes and box-drawing verticals ("│ F26-0214 │ 31/03/2026 │") separate cells like a wide gap.
const cellPattern = /[^\s|│┃║\t](?:[^\t|│┃║]*?[^\s|│┃║\t])?(?=\s{2,}|\t|\s*[|│┃║]|\s*$)/gu;

export function cellsOf(line: string, lineStart: number): TextCell[] {
  const out: TextCell[] = [];
  for (const m of line.matchAll(cellPattern)) out.push({ text: m[0], start: lineStart + m.index, column: m.index, columnEnd: m.index + m[0].length });
  return out;
}

export function layoutOf(text: string): TextLine[] {
  const out: TextLine[] = [];
  let start = 0;
  let index = 0;
  for (const line of text.split('\n')) {
    // Box-drawing rules and corners on a line with text ("┌ Seller ────┬ Buyer ───┐") frame cells;
    // the verticals stay, cellsOf splits on them. One code unit each: offsets are kept.
    // A rule line alone stays: a table's header is read over the row below its rule.
    const open = /[\p{L}\p{N}]/u.test(line) ? line.replace(/[\u2500\u2501\u2504-\u2550\u2552-\u257F]/gu, ' ') : line;
    out.push({ index, text: open, start, cells: cellsOf(open, start) });
    start += line.length + 1;
    index++;
  }
  return out;
}

/** True when two column ranges overlap, or nearly (a value may start a little left of its label). */
export function columnsOverlap(a: { column: number; columnEnd: number }, b: { column: number; columnEnd: number }, slack = 2): boolean {
  return a.column <= b.columnEnd + slack && b.column <= a.columnEnd + slack;
}
