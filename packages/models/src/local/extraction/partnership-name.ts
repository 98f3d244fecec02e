import type { TextSpan } from './field-candidate';

/**
 * The rest of an Italian partnership's name: the ragione sociale of an s.a.s. or s.n.c. names a
 * partner with unlimited liability and, for the others, "& C." (Codice civile art. 2292 and
 * 2314): "SUPERMERCATI BORGHI S.A.S. DI BORGHI ANNA & C.". Printed on a narrow receipt, the
 * "DI … & C." part wraps to the next line; namePart() keeps it on one line.
 */
const partnershipForm = /(?<![\p{L}])(?:S\.?A\.?S\.?|S\.?N\.?C\.?)$/iu;
export const partnersTail = /^(?:di|DI|Di)\s+[^\d\n]{2,60}?&\s*C\.?(?![\p{L}])/u;

/**
 * The name with its "di … & C." continued from the next line, when the name ends its line with
 * an s.a.s./s.n.c. form; the name unchanged otherwise. `span`: the name's offsets in `text`.
 */
export function withPartnersTail(text: string, name: string, span: TextSpan): { name: string; span: TextSpan } {
  if (!partnershipForm.test(name)) return { name, span };
  const lineEnd = text.indexOf('\n', span.end);
  if (lineEnd < 0 || text.slice(span.end, lineEnd).trim() !== '') return { name, span };
  const nextEnd = text.indexOf('\n', lineEnd + 1);
  const next = text.slice(lineEnd + 1, nextEnd < 0 ? undefined : nextEnd);
  const tail = partnersTail.exec(next.trim());
  if (!tail) return { name, span };
  const at = lineEnd + 1 + next.indexOf(tail[0]);
  return { name: `${name} ${tail[0]}`, span: { start: span.start, end: at + tail[0].length } };
}
