import { findAmounts, withoutPercentages, type AmountReadingOptions, type AmountToken } from './amount-parsing';
import { resolveCurrency, type CountryEvidence } from './country-evidence';
import { findCurrencies } from './currency-detection';
import { findDates } from './date-parsing';
import type { DocumentType } from './document-type';
import type { FieldCandidate, TextSpan } from './field-candidate';
import { labelsIn, type LabelSegment } from './label-segments';
import { componentTaxSum } from './tax-components';
import type { TextLine } from './text-layout';

/**
 * Net (BT-109), tax (BT-110) and total (BT-115 when printed, else BT-112), and the currency of
 * the total read from the same place.
 *
 * The total is the final payable amount: a payable label ("amount due", "balance due", "zu
 * zahlen", "net à payer", "do zapłaty", "att betala"...) wins over a grand-total label, which wins
 * over a plain "Total"; totals restated in another currency, amounts paid, change and rounding
 * lines never give it. On a label's line the amount is the last one after the label (dates and
 * rates blanked), so "TOTAL AMOUNT DUE ON March 3 , 2026   $41.10" reads 41.10. The currency is
 * the mark printed with that amount, else on that line, else the document's prevailing one.
 * Net + tax = total (with several tax lines summed) makes all three near certain; where it does not
 * add up, component taxes (CGST + SGST, NHIL + GETFund + VAT: tax-components.ts) are still summed. Credit notes
 * come out negative whatever sign is printed.
 */

interface AmountReading {
  segment: LabelSegment;
  amount: AmountToken;
  /** Offset of the text `amount.index` counts from. */
  base: number;
  /** The label's reading on its line, for the currency next to it. */
  reading: string;
}

function blankDates(text: string): string {
  let out = text;
  for (const d of findDates(text, { dayFirst: true })) out = out.slice(0, d.index) + ' '.repeat(d.length) + out.slice(d.index + d.length);
  return out;
}

/**
 * Everything after the label on its line up to the next label, or past it when nothing amount-like
 * came before it ("Summe inkl. 19% MwSt.   119,00": the total's amount follows the tax words).
 */
function lineReading(segment: LabelSegment, lines: readonly TextLine[], options: AmountReadingOptions): { text: string; base: number } {
  if (segment.placement === 'below' || segment.placement === 'grid') return { text: segment.value, base: segment.offset };
  const line = lines[segment.labelLine]!;
  const from = segment.labelStart - line.start + segment.label.length;
  let to = line.text.length;
  // At most a few labels are looked past: keeps a line of many labels linear.
  const after = labelsIn(line.text).filter((h) => h.start >= from && h.kind !== 'other').slice(0, 4);
  if (after.length === 0) return { text: line.text.slice(from), base: line.start + from };
  to = after.length === 4 ? after[3]!.start : to;
  for (const h of after) {
    // Pairs of label and amount ("VAT 16%  Net 162.93  VAT 26.07"): a net label followed by a label of
    // this reading's kind ends the reading even before any amount.
    const netAhead = h.kind === 'netAmount' && segment.kind !== 'netAmount' && after.some((x) => x.start > h.start && x.kind === segment.kind);
    if (netAhead || findAmounts(withoutPercentages(blankDates(line.text.slice(from, h.start))), options).length > 0) {
      to = h.start;
      break;
    }
  }
  return { text: line.text.slice(from, to), base: line.start + from };
}

function readAmount(segment: LabelSegment, lines: readonly TextLine[], options: AmountReadingOptions): AmountReading | null {
  const { text, base } = lineReading(segment, lines, options);
  const amounts = findAmounts(withoutPercentages(blankDates(text)), options);
  if (amounts.length === 0) return null;
  const withDecimals = amounts.filter((a) => a.hasDecimals);
  const amount = (withDecimals.length > 0 ? withDecimals : amounts).at(-1)!;
  // A whole number is an amount when grouped ("21.448.800", currencies without minor units), beside
  // a currency mark ("Rs. 319", "¥1200"), or alone: "Zahlbar innerhalb von 10 Tagen" has no amount.
  if (!amount.hasDecimals && !amount.grouped) {
    const alone = text.replace(/[\s:.=*-]/g, '').length === amount.length;
    const marked = findCurrencies(text).some((c) => Math.abs(c.index - amount.index) <= 4 || Math.abs(c.index + c.length - amount.index) <= 2 || Math.abs(amount.index + amount.length - c.index) <= 2);
    if (!alone && !marked) return null;
  }
  return { segment, amount, base, reading: text };
}

function spanOf(r: AmountReading): TextSpan {
  return { start: r.base + r.amount.index, end: r.base + r.amount.index + r.amount.length };
}

function cents(value: string): number {
  return Math.round(Number(value) * 100);
}

const totalRank: Partial<Record<LabelSegment['kind'], number>> = { payableAmount: 2, totalAmount: 1 };

/** A total label right after a "paid"/"in other currency" word ("Card total", "Gesamt in USD"). */
function disqualified(segment: LabelSegment, lines: readonly TextLine[]): boolean {
  const line = lines[segment.labelLine]!;
  const at = segment.labelStart - line.start;
  const end = at + segment.label.length;
  return labelsIn(line.text).some((h) => (h.kind === 'convertedTotal' || h.kind === 'paidAmount') && ((h.end <= at && at - h.end <= 2) || (h.start >= end && h.start - end <= 1)));
}

function chooseTotal(readings: readonly AmountReading[]): AmountReading | null {
  let best: AmountReading | null = null;
  for (const r of readings) {
    const rank = totalRank[r.segment.kind] ?? 0;
    if (!best) {
      best = r;
      continue;
    }
    const bestRank = totalRank[best.segment.kind] ?? 0;
    // A payable amount of zero after payment is not the invoice's total.
    if (rank === 2 && r.amount.number === 0 && bestRank === 2 && best.amount.number !== 0) continue;
    if (rank > bestRank && !(rank === 2 && r.amount.number === 0)) best = r;
    else if (rank === bestRank) {
      // Among totals of one rank, the gross one: the largest, the last on ties.
      if (rank === 2 ? true : Math.abs(r.amount.number) >= Math.abs(best.amount.number)) best = r;
    }
  }
  return best;
}

// ISO 4217 currencies with three minor digits.
const threeMinorDigits = new Set(['BHD', 'IQD', 'JOD', 'KWD', 'LYD', 'OMR', 'TND']);

/** Three minor digits when the document's currency has them: its unambiguous marks, else its country's. */
function minorDigitsOf(evidence: CountryEvidence): AmountReadingOptions {
  const marked = evidence.currencies.filter((c) => c.unambiguous).map((c) => c.currency);
  const currencies = marked.length > 0 ? marked : [evidence.nationalCurrency];
  return currencies.some((c) => c !== null && threeMinorDigits.has(c)) ? { minorDigits: 3 } : {};
}

// "1 EUR = 398,42 HUF", "1 USD = ₹86.45": an exchange rate stated for a restatement below it.
const exchangeRate = /(?<![\d.,])1[ \u00a0]?(?:[A-Z]{3}|[€$£¥₹])[ \u00a0]?=[ \u00a0]?/u;

/** The line of an exchange-rate statement and the three under it (the restatement in the other currency). */
function restatedLines(lines: readonly TextLine[]): Set<number> {
  const out = new Set<number>();
  lines.forEach((line, i) => {
    if (!exchangeRate.test(line.text)) return;
    for (let j = i; j <= i + 3 && j < lines.length; j++) out.add(j);
  });
  return out;
}

// "(esente IVA)", "VAT exempt", "steuerfrei": the tax word names an exemption, not a tax amount.
const exemption = /(?:esente|esenti|exempt|exon[ée]r[ée]e?s?|steuerfrei|befreit|exent[oa]s?|isent[oa]s?|zwolnion[ya]?|non soggett[oa]|fuori campo|hors champ|not subject to)[\s(:-]*$/iu;

function exemptBefore(segment: LabelSegment, lines: readonly TextLine[]): boolean {
  const line = lines[segment.labelLine]!;
  const at = segment.labelStart - line.start;
  const after = line.text.slice(at + segment.label.length, at + segment.label.length + 12);
  return exemption.test(line.text.slice(Math.max(0, at - 24), at)) || /^[\s-]*(?:exempt|esente|frei|befreit|exento|isento)/iu.test(after);
}

export interface AmountFieldsContext {
  text: string;
  lines: readonly TextLine[];
  segments: readonly LabelSegment[];
  evidence: CountryEvidence;
  documentType: DocumentType;
}

export function amountFields(ctx: AmountFieldsContext): FieldCandidate[] {
  const { lines, segments } = ctx;
  const options = minorDigitsOf(ctx.evidence);
  const restated = restatedLines(lines);
  const readAll = (kinds: LabelSegment['kind'][]) =>
    segments.filter((s) => kinds.includes(s.kind)).map((s) => readAmount(s, lines, options)).filter((r): r is AmountReading => r !== null);
  // Amounts restated at an exchange rate are not the invoice's, when it states its own elsewhere.
  const read = (kinds: LabelSegment['kind'][]) => {
    const all = readAll(kinds);
    const own = all.filter((r) => !restated.has(r.segment.labelLine));
    return own.length > 0 ? own : all;
  };
  const totals = read(['payableAmount', 'totalAmount']).filter((r) => !disqualified(r.segment, lines));
  const nets = read(['netAmount']);
  const total = chooseTotal(totals);
  // A tax word inside a total's label ("Total incl. VAT 119.00") reads the total's amount: not a tax.
  const totalAmountAt = new Set(totals.map((t) => t.base + t.amount.index));
  const taxes = read(['taxAmount']).filter((r) => !totalAmountAt.has(r.base + r.amount.index) && !exemptBefore(r.segment, lines));
  const out: FieldCandidate[] = [];
  // A credit note, or a total printed negative (a corrective invoice): net and tax share its sign.
  const negate = ctx.documentType === 'credit_note' || (total?.amount.negative ?? false);
  const signed = (value: string) => (negate && !value.startsWith('-') && Number(value) !== 0 ? `-${value}` : value);

  let consistent = false;
  let net: AmountReading | null = null;
  let taxValue: string | null = null;
  let taxSpan: TextSpan | null = null;
  if (total) {
    const t = Math.abs(cents(total.amount.value));
    // net + tax = total, with one tax line or all of them (several rates).
    const taxSum = taxes.reduce((s, x) => s + Math.abs(cents(x.amount.value)), 0);
    for (const n of [...nets].reverse()) {
      const nv = Math.abs(cents(n.amount.value));
      const single = taxes.find((x) => nv + Math.abs(cents(x.amount.value)) === t && x.segment !== n.segment);
      if (single) {
        net = n;
        taxValue = single.amount.value.replace('-', '');
        taxSpan = spanOf(single);
        consistent = true;
        break;
      }
      if (taxes.length > 1 && nv + taxSum === t) {
        net = n;
        taxValue = (taxSum / 100).toFixed(2);
        taxSpan = spanOf(taxes[0]!);
        consistent = true;
        break;
      }
    }
  }
  if (!consistent) {
    // A bare "Taxable" line may be one base of several (taxable, exempt): the net only when it adds up.
    net = nets.find((n) => !/^taxable$/iu.test(n.segment.label.trim()) && (!total || n.base + n.amount.index !== total.base + total.amount.index)) ?? null;
    const tax = taxes.find((x) => !total || x.base + x.amount.index !== total.base + total.amount.index);
    const components = componentTaxSum(taxes.map((x) => ({ label: x.segment.label, cents: Math.abs(cents(x.amount.value)), line: x.segment.labelLine })));
    if (components !== null) {
      taxValue = (components / 100).toFixed(2);
      taxSpan = spanOf(taxes[0]!);
    } else if (tax) {
      taxValue = tax.amount.value.replace('-', '');
      taxSpan = spanOf(tax);
    }
  }
  const abs = (v: string) => v.replace('-', '');
  if (net) out.push({ name: 'netAmount', value: signed(abs(net.amount.value)), evidence: consistent ? 'totalsConsistent' : 'labelledAmount', span: spanOf(net) });
  if (taxValue !== null) out.push({ name: 'taxAmount', value: signed(taxValue), evidence: consistent ? 'totalsConsistent' : 'labelledAmount', span: taxSpan });
  if (total) {
    const value = negate ? signed(abs(total.amount.value)) : total.amount.value;
    const evidence = consistent ? 'totalsConsistent' : total.segment.kind === 'payableAmount' ? 'payableAmount' : 'labelledAmount';
    out.push({ name: 'totalAmount', value, evidence, span: spanOf(total) });
  } else {
    const largest = findAmounts(withoutPercentages(blankDates(ctx.text)), options)
      .filter((a) => a.hasDecimals)
      .sort((a, b) => Math.abs(b.number) - Math.abs(a.number))[0];
    if (largest) out.push({ name: 'totalAmount', value: signed(largest.value), evidence: 'largestAmount', span: { start: largest.index, end: largest.index + largest.length } });
  }
  const currency = currencyField(ctx, total, out.some((f) => f.name === 'totalAmount'));
  if (currency) out.push(currency);
  return out;
}

/** The currency printed with the total, else on the total's line, else the document's prevailing one. */
function currencyField(ctx: AmountFieldsContext, total: AmountReading | null, hasTotal: boolean): FieldCandidate | null {
  const { evidence } = ctx;
  if (total) {
    const mentions = findCurrencies(total.reading);
    // The mark nearest to the amount (before or after it).
    const nearest = [...mentions].sort((a, b) => Math.abs(a.index - total.amount.index) - Math.abs(b.index - total.amount.index))[0];
    if (nearest) {
      const { currency, resolved } = resolveCurrency(nearest, evidence);
      return { name: 'currency', value: currency, evidence: resolved ? 'currencyOnTotal' : 'currencyAmbiguous', span: { start: total.base + nearest.index, end: total.base + nearest.index + nearest.length } };
    }
  }
  const counts = new Map<string, { n: number; first: { index: number; length: number } }>();
  for (const m of evidence.currencies) {
    const { currency, resolved } = resolveCurrency(m, evidence);
    if (!resolved) continue;
    const c = counts.get(currency) ?? { n: 0, first: m };
    c.n++;
    counts.set(currency, c);
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1].n - a[1].n);
  const top = ranked[0];
  if (top) {
    const clear = ranked.length === 1 || top[1].n >= 2 * ranked[1]![1].n;
    return { name: 'currency', value: top[0], evidence: clear ? 'currencyMajority' : 'currencyAmbiguous', span: { start: top[1].first.index, end: top[1].first.index + top[1].first.length } };
  }
  const ambiguous = evidence.currencies[0];
  if (ambiguous) return { name: 'currency', value: resolveCurrency(ambiguous, evidence).currency, evidence: 'currencyAmbiguous', span: { start: ambiguous.index, end: ambiguous.index + ambiguous.length } };
  // No mark anywhere (a till receipt): the currency of the country the document comes from.
  return hasTotal && evidence.nationalCurrency ? { name: 'currency', value: evidence.nationalCurrency, evidence: 'currencyByCountry', span: null } : null;
}
