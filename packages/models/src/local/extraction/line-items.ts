import { findAmounts, type AmountToken } from './amount-parsing';
import { findCurrencies } from './currency-detection';
import { findDates } from './date-parsing';
import type { FieldCandidate } from './field-candidate';
import { labelKindsOnLine } from './label-segments';

/**
 * Line items found by arithmetic, not by table layout: a line holding three numbers where
 * quantity × unit price = amount is an item row, whether it is a padded column table, a pipe
 * table or "2 x Paper @ 12.50 = 25.00". The description is what remains of the line once the
 * three numbers, currency marks and connectors are removed.
 */

const connector = /^(?:x|×|@|à|a|=|->|→|…|\.{2,}|\||-|–|\*|:|per|je|pro|par|por|each|ea\.?|st\.?|stk\.?|pcs\.?|uds\.?)$/iu;

function cents(n: number): number {
  return Math.round(n * 100);
}

function description(line: string, removed: readonly { index: number; length: number }[]): string {
  let text = line;
  const spans = [...removed, ...findCurrencies(line).map((c) => ({ index: c.index, length: c.length }))];
  for (const s of spans.sort((a, b) => b.index - a.index)) text = text.slice(0, s.index) + ' '.repeat(s.length) + text.slice(s.index + s.length);
  const tokens = text.split(/\s+|(?<=\|)|(?=\|)/).filter((t) => t !== '');
  while (tokens.length > 0 && connector.test(tokens[0]!)) tokens.shift();
  while (tokens.length > 0 && connector.test(tokens[tokens.length - 1]!)) tokens.pop();
  return tokens
    .filter((t) => t !== '|')
    .join(' ')
    .replace(/^[\s*:|-]+|[\s*:|=@-]+$/g, '')
    .trim();
}

function blankDates(line: string): string {
  let out = line;
  for (const d of findDates(line, { dayFirst: true })) out = out.slice(0, d.index) + ' '.repeat(d.length) + out.slice(d.index + d.length);
  return out;
}

const between = /^[\s|x×@àa*:=$€£-]*$/iu;

/**
 * Among the (quantity, unit price, amount) readings that multiply out, prefer a quantity printed
 * right next to its unit price, then one that opens the line ("2 x ..."): a number inside the
 * description ("Paper, 5 reams") can multiply out too.
 */
function bestTriple(line: string, numbers: readonly AmountToken[]): { q: number; u: number; a: number } | null {
  const options: { q: number; u: number; a: number; rank: number }[] = [];
  for (let a = numbers.length - 1; a >= 2; a--) {
    for (let i = 0; i < a; i++) {
      for (let j = 0; j < a; j++) {
        if (i === j) continue;
        const q = numbers[i]!;
        const u = numbers[j]!;
        if (q.number <= 0 || q.number > 100_000 || u.number <= 0 || !Number.isInteger(q.number * 1000)) continue;
        if (Math.abs(cents(q.number * u.number) - cents(numbers[a]!.number)) > 1) continue;
        const [first, second] = i < j ? [q, u] : [u, q];
        const adjacent = between.test(line.slice(first.index + first.length, second.index));
        const opensLine = /^[\s*•·-]*$/.test(line.slice(0, q.index));
        options.push({ q: i, u: j, a, rank: (adjacent ? 2 : 0) + (opensLine ? 1 : 0) + (a === numbers.length - 1 ? 0.5 : 0) });
      }
    }
  }
  options.sort((x, y) => y.rank - x.rank);
  return options[0] ?? null;
}

// An item row holds a handful of numbers; a longer run (a table of figures) is not read as one.
const maxNumbersPerRow = 12;

export function lineItemFields(text: string): FieldCandidate[] {
  const out: FieldCandidate[] = [];
  let index = 0;
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const start = lineStart;
    lineStart += line.length + 1;
    const kinds = labelKindsOnLine(line);
    if (kinds.has('totalAmount') || kinds.has('payableAmount') || kinds.has('netAmount') || kinds.has('taxAmount')) continue;
    const numbers = findAmounts(blankDates(line));
    if (numbers.length < 3 || numbers.length > maxNumbersPerRow) continue;
    const found = bestTriple(line, numbers);
    if (!found) continue;
    const q = numbers[found.q]!;
    const u = numbers[found.u]!;
    const a = numbers[found.a]!;
    const desc = description(line, [q, u, a]);
    if (!/\p{L}{2}/u.test(desc)) continue;
    const prefix = `lineItems[${index}]`;
    const spanOf = (t: AmountToken) => ({ start: start + t.index, end: start + t.index + t.length });
    const descAt = line.indexOf(desc);
    out.push(
      { name: `${prefix}.description`, value: desc, evidence: 'lineItemArithmetic', span: descAt >= 0 ? { start: start + descAt, end: start + descAt + desc.length } : null },
      { name: `${prefix}.quantity`, value: String(q.number), evidence: 'lineItemArithmetic', span: spanOf(q) },
      { name: `${prefix}.unitPrice`, value: u.value, evidence: 'lineItemArithmetic', span: spanOf(u) },
      { name: `${prefix}.amount`, value: a.value, evidence: 'lineItemArithmetic', span: spanOf(a) },
    );
    index++;
  }
  return out;
}
