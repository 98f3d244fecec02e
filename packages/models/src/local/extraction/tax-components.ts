/**
 * Taxes printed only as their components, with no total-tax line: the document's tax amount
 * (BT-110) is their sum.
 * - India: an intra-state supply carries central and state (or union-territory) GST in equal
 *   halves (CGST Act 2017 s. 9, SGST Acts, UTGST Act 2017 s. 7), printed "CGST @ 9%" and
 *   "SGST @ 9%"; an inter-state one carries IGST alone.
 * - Ghana: the NHIL (Act 852), the GETFund levy (Act 581) and the COVID-19 Health Recovery Levy
 *   (Act 1068) are charged beside VAT (Act 870) on the same base, each on its own line.
 * A line labelled as the total of the taxes ("Total GST", "Total Tax") is the tax itself: then no
 * sum is made.
 */

const componentLabel = /^(?:cgst|sgst|utgst|nhil|getfund(?:\s+levy)?|covid-19\s+(?:levy|hrl))$/iu;
// The tax the components stand beside (Ghana's VAT line).
const mainTaxLabel = /^(?:vat|gst)$/iu;

export interface TaxLine {
  /** The label as printed ("CGST", "NHIL", "VAT"). */
  label: string;
  /** The amount in cents, unsigned. */
  cents: number;
  /** The line the amount is printed on. */
  line: number;
}

/**
 * The sum in cents of component tax lines, or null unless every tax line is a component or the
 * plain VAT/GST beside them, at least one is a component, and each label and line is printed once
 * (a per-rate table repeats them; a total-tax line has another label and so gives null).
 */
export function componentTaxSum(taxes: readonly TaxLine[]): number | null {
  if (taxes.length < 2) return null;
  const labels = taxes.map((t) => t.label.trim().toLowerCase());
  if (!labels.every((l) => componentLabel.test(l) || mainTaxLabel.test(l)) || !labels.some((l) => componentLabel.test(l))) return null;
  if (new Set(labels).size !== taxes.length || new Set(taxes.map((t) => t.line)).size !== taxes.length) return null;
  return taxes.reduce((sum, t) => sum + t.cents, 0);
}
