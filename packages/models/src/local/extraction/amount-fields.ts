import { findAmounts, withoutPercentages } from './amount-parsing';
import { findCurrencies } from './currency-detection';
import { findDates } from './date-parsing';
import type { FieldCandidate } from './field-candidate';
import type { LabelSegment } from './label-segments';

/**
 * Net, tax and total from labelled segments, checked against each other: when net + tax = total
 * the three are near certain, whatever the labels said. Currency comes from the total's own
 * segment first, then the most frequent unambiguous mention in the document.
 */

function blankDates(text: string): string {
  let out = text;
  for (const d of findDates(text, { dayFirst: true })) out = out.slice(0, d.index) + ' '.repeat(d.length) + out.slice(d.index + d.length);
  return out;
}

function amountsOf(segment: LabelSegment): string[] {
  return findAmounts(withoutPercentages(blankDates(segment.value))).map((a) => a.value);
}

function cents(value: string): number {
  return Math.round(Number(value) * 100);
}

export function amountFields(text: string, segments: readonly LabelSegment[]): FieldCandidate[] {
  const values = (kind: LabelSegment['kind']) => segments.filter((s) => s.kind === kind && !s.nextLine).map((s) => ({ s, amounts: amountsOf(s) })).filter((x) => x.amounts.length > 0);
  const nets = values('netAmount');
  const taxes = values('taxAmount');
  const totals = values('totalAmount');
  const out: FieldCandidate[] = [];

  // Search for a consistent triple first; the last total label wins otherwise (totals close a document).
  let consistent: { net: string; tax: string; total: string } | null = null;
  for (const t of totals)
    for (const n of nets)
      for (const x of taxes) {
        const total = t.amounts[0]!;
        const net = n.amounts[0]!;
        const tax = x.amounts[0]!;
        if (!consistent && cents(net) + cents(tax) === cents(total)) consistent = { net, tax, total };
      }
  if (consistent) {
    out.push({ name: 'netAmount', value: consistent.net, evidence: 'totalsConsistent' });
    out.push({ name: 'taxAmount', value: consistent.tax, evidence: 'totalsConsistent' });
    out.push({ name: 'totalAmount', value: consistent.total, evidence: 'totalsConsistent' });
  } else {
    const net = nets[0]?.amounts[0];
    const tax = taxes[0]?.amounts[0];
    const total = totals.filter((t) => t.amounts[0] !== net).at(-1)?.amounts[0] ?? totals.at(-1)?.amounts[0];
    if (net) out.push({ name: 'netAmount', value: net, evidence: 'labelledAmount' });
    if (tax) out.push({ name: 'taxAmount', value: tax, evidence: 'labelledAmount' });
    if (total) out.push({ name: 'totalAmount', value: total, evidence: 'labelledAmount' });
    else {
      const largest = findAmounts(withoutPercentages(blankDates(text)))
        .filter((a) => a.hasDecimals)
        .sort((a, b) => b.number - a.number)[0];
      if (largest) out.push({ name: 'totalAmount', value: largest.value, evidence: 'largestAmount' });
    }
  }
  const currency = currencyField(text, [...totals, ...nets].map((x) => x.s));
  if (currency) out.push(currency);
  return out;
}

function currencyField(text: string, amountSegments: readonly LabelSegment[]): FieldCandidate | null {
  for (const s of amountSegments) {
    const mention = findCurrencies(s.value).find((c) => c.unambiguous);
    if (mention) return { name: 'currency', value: mention.currency, evidence: 'currencyOnTotal' };
  }
  const mentions = findCurrencies(text);
  const counts = new Map<string, number>();
  for (const m of mentions.filter((x) => x.unambiguous)) counts.set(m.currency, (counts.get(m.currency) ?? 0) + 1);
  const top = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
  if (top) return { name: 'currency', value: top[0], evidence: 'currencyMajority' };
  const ambiguous = mentions[0];
  return ambiguous ? { name: 'currency', value: ambiguous.currency, evidence: 'currencyAmbiguous' } : null;
}
