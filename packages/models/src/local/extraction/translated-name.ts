import type { Candidate } from './seller-lines';
import { legalForm } from './seller-name-shape';
import type { TextLine } from './text-layout';

/**
 * A seller's name in its own script with its registered Latin-script form in brackets under it
 * ("株式会社清水精機" over "(Kiyomizu Precision Co., Ltd.)"), on a document labelled in a
 * Latin-script language ("Seller:"): the name in the document's language, which is the form the
 * company registered for foreign trade (an export invoice is written for a foreign buyer). The
 * bracketed form must carry a legal form; `label` is the seller label as printed.
 */
const latinLabel = /^[\p{Script=Latin}\s\p{P}]+$/u;
const otherScript = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Arabic}\p{Script=Cyrillic}\p{Script=Thai}\p{Script=Greek}\p{Script=Hebrew}]/u;

export function latinFormUnder(lines: readonly TextLine[], c: Candidate, lineIndex: number, label: string): Candidate | null {
  if (!latinLabel.test(label) || !otherScript.test(c.name)) return null;
  const line = lines[lineIndex];
  const next = lines[lineIndex + 1];
  if (!line || !next) return null;
  const column = c.span.start - line.start;
  const cell = next.cells.find((x) => Math.abs(x.column - column) <= 2);
  const m = cell ? /^[(（]([\p{Script=Latin}\d\s.,&'’-]+)[)）]$/u.exec(cell.text.trim()) : null;
  if (!cell || !m || !legalForm.test(m[1]!)) return null;
  const at = cell.start + cell.text.indexOf(m[1]!);
  return { name: m[1]!.trim(), span: { start: at, end: at + m[1]!.trim().length }, evidence: c.evidence };
}
