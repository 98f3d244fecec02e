import { findDates } from './date-parsing';
import type { LabelSegment } from './label-segments';
import type { TextLine } from './text-layout';

/**
 * The number-and-date phrase of Russian, Ukrainian and Bulgarian documents: "Счёт № 118 от
 * 02.10.2026", "Счёт-фактура № СФ-1174 от 24.11.2026" (the счёт-фактура's line 1 under Russian
 * Government Decree No. 1137, "№ ... от ..."), "Рахунок № 45 від 03.10.2026", "Фактура № 0000123
 * от 05.10.2026". The document's own number is the one whose bare "№" opens its line or follows the
 * document's name, and whose date follows it directly ("от"/"від"), on its line or at the start of
 * the next. "Договор № 12 от 01.02.2026" (a contract) and "отд. № 8637" (a bank branch) follow
 * another word and are not the document's number.
 */

// The document's names in these languages, as printed before its "№" (счёт, счет-фактура, рахунок, фактура, накладная).
const documentName = /(?:сч[её]т(?:[\s-]+фактура)?(?:\s+на\s+оплату)?|рахунок(?:[\s-]+фактура)?|фактура|накладная|акт)\s*$/iu;
const dateCue = /^\s*(?:от|від|from)\s+/iu;

/** True when `segment`, a bare number label, is followed by its id and "от <date>" and opens its line or follows the document's name. */
export function isDatedDocumentNumber(lines: readonly TextLine[], segment: LabelSegment, id: { index: number; length: number }): boolean {
  if (segment.kind !== 'genericNumber' || !/[№#]|номер/iu.test(segment.label)) return false;
  const line = lines[segment.labelLine];
  if (!line) return false;
  const before = line.text.slice(0, segment.labelStart - line.start);
  if (before.trim() !== '' && !documentName.test(before)) return false;
  const after = segment.value.slice(id.index + id.length);
  const next = lines[segment.line + 1]?.text ?? '';
  const tail = after.trim() !== '' ? after : next;
  const cue = dateCue.exec(tail);
  if (!cue) return false;
  const rest = tail.slice(cue[0].length);
  // A date in words: "«24» ноября 2026 г.", "24 листопада 2026 р.".
  if (/^[«"]?\d{1,2}[»"]?\s+\p{L}+\s+\d{4}/u.test(rest)) return true;
  const date = findDates(rest, { dayFirst: true })[0];
  return date !== undefined && date.index === 0;
}
