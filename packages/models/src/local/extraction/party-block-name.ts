import { inRanges, type TextRange } from './customer-block';
import type { TextSpan } from './field-candidate';
import { labelsIn, type LabelSegment } from './label-segments';
import { namePart, plausibleName } from './seller-name-shape';
import type { TextLine } from './text-layout';

/**
 * The name inside a party block that gives it its own label: a Korean tax invoice's 공급자 grid
 * (등록번호 / 상호 / 성명 / 사업장 rows, 상호 being the business name), a Chinese fapiao's 销售方
 * block (名称 / 统一社会信用代码), a Brazilian NFS-e's "PRESTADOR DE SERVIÇOS" block
 * ("Nome/Razão Social:"), a "Seller" box whose first row is "Company name:". The block is the
 * lines under the party's label (at most six, to a blank line), in the label's column up to the
 * next party's label on the label's line.
 *
 * Also the party labels a fapiao prints vertically, one character per line at the left of its
 * block ("销" / "售" / "方" over three lines): the block is the rest of those lines' cell.
 */
// Name labels of a party block, matched at the start of a cell.
const nameLabel =
  /^(?:상호(?:명)?|법인명|名\s?称|名\s?稱|企业名称|公司名称|会社名|事業者名|nome\s?\/\s?razão social|razão social|nome empresarial|razón social|denominación(?: social)?|raison sociale|dénomination(?: sociale)?|ragione sociale|denominazione|company name|business name|legal name|registered name|name|nome|nazwa(?: firmy)?|firma|firmenname|bedrijfsnaam|naam|obchodní firma|název|cégnév|név|ticari unvan|unvan|tên đơn vị|tên người bán|nama(?: perusahaan)?|الاسم|اسم المورد|اسم البائع)(?![\p{L}])\s*[:：]?\s*/iu;

export interface BlockName {
  name: string;
  span: TextSpan;
}

// A Brazilian MEI's business name opens with its CNPJ root ("12.345.678 MARIA SILVA").
const meiName = /^\d{2}\.\d{3}\.\d{3}\s+\p{Lu}/u;

function nameAfterLabel(cellText: string, cellStart: number, nextCell: { text: string; start: number } | undefined): BlockName | null {
  const label = nameLabel.exec(cellText);
  if (!label) return null;
  const own = cellText.slice(label[0].length);
  const [value, start] = own.trim() !== '' ? [own, cellStart + label[0].length] : nextCell ? [nextCell.text, nextCell.start] : ['', 0];
  const name = namePart(value);
  if (!plausibleName(name) && !meiName.test(name)) return null;
  const at = start + Math.max(0, value.indexOf(name));
  return { name, span: { start: at, end: at + name.length } };
}

/** The name row of the block under a seller label; null when the block has none. */
export function labelledBlockName(lines: readonly TextLine[], segment: LabelSegment, customer: readonly TextRange[]): BlockName | null {
  const line = lines[segment.labelLine];
  if (!line) return null;
  const column = segment.labelStart - line.start;
  // The block ends at the next party's label on the label's line ("공급자 ──┬ 공급받는자").
  const other = labelsIn(line.text).find((h) => h.start > column && (h.kind === 'billTo' || h.kind === 'vendor'));
  const from = Math.max(0, column - 3);
  const to = other?.start ?? Infinity;
  for (let j = line.index + 1; j < lines.length && j <= line.index + 6; j++) {
    const below = lines[j]!;
    if (below.text.trim() === '') break;
    const cells = below.cells.filter((c) => c.column >= from && c.column < to);
    for (const [i, cell] of cells.entries()) {
      if (inRanges(customer, cell.start)) continue;
      const found = nameAfterLabel(cell.text, cell.start, cells[i + 1]);
      if (found) return found;
    }
  }
  return null;
}

const singleHan = /^(\p{Script=Han})(?:\s|$)/u;
// East Asian wide characters take two columns where a converter or a writer aligned the text.
const wide = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uff60]/u;

function displayColumn(text: string, index: number): number {
  let col = 0;
  for (let i = 0; i < index && i < text.length; i++) col += wide.test(text[i]!) ? 2 : 1;
  return col;
}

/** A Han character standing alone (white space around it) within four display columns of `column`. */
function hanNear(text: string, column: number): string | undefined {
  let col = 0;
  const chars = [...text];
  for (const [i, ch] of chars.entries()) {
    if (col > column + 4) return undefined;
    if (col >= column - 4 && /\s/.test(chars[i - 1] ?? ' ') && /\s/.test(chars[i + 1] ?? ' ') && /\p{Script=Han}/u.test(ch)) return ch;
    col += wide.test(ch) ? 2 : 1;
  }
  return undefined;
}

/** The name row of a seller block whose label is printed vertically ("销 名称：…" / "售 …" / "方 …"). */
export function verticalSellerBlockName(lines: readonly TextLine[], customer: readonly TextRange[]): BlockName | null {
  for (const line of lines.slice(0, 40)) {
    for (const cell of line.cells) {
      const first = singleHan.exec(cell.text);
      if (!first) continue;
      let word = first[1]!;
      const at = displayColumn(line.text, cell.column);
      for (let j = line.index + 1; j <= line.index + 4 && j < lines.length; j++) {
        // Writers align by display width, converters by characters, and either drifts a little.
        const ch = hanNear(lines[j]!.text, at);
        if (!ch) break;
        word += ch;
      }
      // "销售方信息" (the seller's details) over five lines: the label opens the vertical word.
      if (word.length < 2 || !labelsIn(word).some((h) => h.kind === 'vendor' && h.start === 0 && (h.end === word.length || /^信息|^資訊|^资讯/u.test(word.slice(h.end))))) continue;
      const restStart = cell.text.slice(1).search(/\S/) + 1;
      if (restStart <= 0 || inRanges(customer, cell.start + restStart)) continue;
      const found = nameAfterLabel(cell.text.slice(restStart), cell.start + restStart, undefined);
      if (found) return found;
    }
  }
  return null;
}

/**
 * The seller's own name row at the head of a document with no seller label ("Razón Social: Foo
 * S.R.L." beside the logo of an Argentine factura, "Company name: Foo Ltd" over the seller's
 * address): the first name row in the first twelve lines, before any buyer label, outside the
 * buyer's block. Null when there is none.
 */
const companyNameLabel = /^(?:razón social|razão social|nome\s?\/\s?razão social|raison sociale|ragione sociale|denominaci[óo]n(?: social)?|dénomination(?: sociale)?|denominazione|company name|business name|legal name|registered name|nazwa firmy|firmenname|bedrijfsnaam|obchodní firma|cégnév|ticari unvan|unvan|nome empresarial|nama perusahaan|tên đơn vị)\s*[:：]/iu;

export function headNameRow(lines: readonly TextLine[], customer: readonly TextRange[]): BlockName | null {
  for (const line of lines.slice(0, 12)) {
    if (labelsIn(line.text).some((h) => h.kind === 'billTo')) return null;
    for (const [i, cell] of line.cells.entries()) {
      // A company's name label with its value in the cell ("Name:" alone may head a person's row).
      if (inRanges(customer, cell.start) || !companyNameLabel.test(cell.text)) continue;
      const found = nameAfterLabel(cell.text, cell.start, line.cells[i + 1]);
      if (found) return found;
    }
  }
  return null;
}
