/**
 * Confidence per kind of evidence: priors set by judgement of how often each kind of evidence is
 * wrong on real documents, ordered so stronger evidence always scores higher. On the generated
 * set they are under-confident (the eval's calibration table shows ~100% accuracy even in the
 * 0.5-0.8 buckets, because synthetic layouts are cleaner than real ones); re-fit these numbers
 * on a labelled sample of real documents before trusting them as probabilities.
 */
export const evidenceConfidence = {
  labelledId: 0.97, // an id-shaped token right after an invoice/order number label
  titleId: 0.85, // an id after the document title ("Invoice F2025/0420")
  labelledDate: 0.97, // a date right after a date label
  cueDate: 0.8, // "please pay by <date>"
  relativeDueDate: 0.7, // "payable within 30 days", computed from the issue date
  unlabelledDate: 0.6, // the first date in the document, with no label
  ambiguousDate: 0.75, // a slashed date whose day/month order was inferred
  totalsConsistent: 0.98, // net + tax = total, all labelled
  labelledAmount: 0.9, // a labelled amount whose totals do not add up
  largestAmount: 0.4, // no total label: the largest amount
  currencyOnTotal: 0.97, // an unambiguous currency on the total line
  currencyMajority: 0.9, // most frequent unambiguous currency in the document
  currencyAmbiguous: 0.75, // only "$" or "kr": read as the most common currency
  ibanValid: 0.99, // mod-97 valid
  ibanInvalid: 0.85, // IBAN shape, checksum broken: the value as printed, flagged downstream
  vatLabelled: 0.97, // country format next to a VAT label
  vatFormat: 0.85, // country format, no label on the line
  vendorLabelled: 0.95, // after a supplier/from label
  vendorLetterhead: 0.93, // "Name · street · city" letterhead or footer line
  vendorLegalForm: 0.9, // top line with a legal form (GmbH, Ltd, SAS...)
  vendorTopLine: 0.75, // first plain line of the document
  vendorOrganisation: 0.4, // compromise organisation candidate
  lineItemArithmetic: 0.95, // quantity × unit price = amount on one line
  emailHeader: 0.98,
  emailSignature: 0.7,
  customerIdLabelled: 0.93,
  customerIdPattern: 0.7,
  lexiconStrong: 0.9,
  lexiconWeak: 0.6,
  lexiconDefault: 0.5,
  labelledEnum: 0.97,
} as const;

export type Evidence = keyof typeof evidenceConfidence;
