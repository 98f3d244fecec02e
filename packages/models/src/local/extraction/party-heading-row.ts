import type { TextRange } from './customer-block';
import { columnsOverlap, type TextCell, type TextLine } from './text-layout';

/**
 * A row of party headings over two side-by-side address blocks, each heading alone in its cell
 * and written without a colon ("FROM                TO", "Von            An", "De      Para"):
 * invoice templates print the seller's block under the first and the buyer's under the second.
 * The words are ordinary prepositions, so the label vocabulary only takes them before a colon;
 * here the row's shape (a heading alone in its cell, the pair on one line, blocks under both)
 * says they head the parties. Returns the cells under each heading, to a blank line (at most
 * eight lines; two at least, a name over its address), or null when the document has no such row.
 */
export interface PartyColumns {
  /** The seller's block, top to bottom. */
  seller: TextCell[];
  /** The buyer's block as offset ranges of the reading text. */
  buyer: TextRange[];
}

// Pairs as the languages print them: the seller's word, then the buyer's.
const pairs: readonly (readonly [RegExp, RegExp])[] = [
  [/^(?:from|bill from|billed by|invoice from)$/iu, /^(?:to|bill to|billed to|invoice to)$/iu],
  [/^von$/iu, /^an$/iu],
  [/^van$/iu, /^aan$/iu],
  [/^de$/iu, /^(?:à|a|para|pour)$/iu],
  [/^da$/iu, /^a$/iu],
  [/^od$/iu, /^do$/iu],
  [/^fra$/iu, /^til$/iu],
  [/^från$/iu, /^till$/iu],
];

const bare = (cell: TextCell) => cell.text.trim().replace(/[:：]$/u, '').trim();

/** The cells under `heading` in its column, from the next line to a blank line. */
function blockUnder(lines: readonly TextLine[], from: number, heading: TextCell, before: number): TextCell[] {
  const out: TextCell[] = [];
  for (let j = from + 1; j < lines.length && j <= from + 8; j++) {
    const line = lines[j]!;
    if (line.text.trim() === '') break;
    const cell = line.cells.find((c) => c.column < before && (columnsOverlap(c, { column: heading.column, columnEnd: Math.max(heading.columnEnd, heading.column + 12) }, 2) || Math.abs(c.column - heading.column) <= 2));
    if (!cell) break;
    out.push(cell);
  }
  return out;
}

export function partyHeadingColumns(lines: readonly TextLine[]): PartyColumns | null {
  for (const line of lines.slice(0, 40)) {
    if (line.cells.length < 2) continue;
    for (const [seller, buyer] of pairs) {
      const s = line.cells.findIndex((c) => seller.test(bare(c)));
      if (s < 0) continue;
      const b = line.cells.findIndex((c, i) => i > s && buyer.test(bare(c)));
      if (b < 0) continue;
      const sellerCell = line.cells[s]!;
      const buyerCell = line.cells[b]!;
      const sellerBlock = blockUnder(lines, line.index, sellerCell, buyerCell.column);
      const buyerBlock = blockUnder(lines, line.index, buyerCell, Infinity);
      // A name over its address under each: a route's "From / To" columns hold one line each.
      if (sellerBlock.length < 2 || buyerBlock.length < 2) continue;
      const buyerRanges = [buyerCell, ...buyerBlock].map((c) => ({ start: c.start, end: c.start + c.text.length }));
      return { seller: sellerBlock, buyer: buyerRanges };
    }
  }
  return null;
}
