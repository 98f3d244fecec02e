/**
 * Confidence per kind of evidence. Ordered by judgement of how often each kind is wrong on real
 * documents, then checked against the readable corpora (`npm run eval -- invoices-own
 * invoices-dev generated-holdout`) and the blind ones' calibration tables (aggregates only).
 * The rule book's review floors (config/rules) read these numbers: only evidence that is right
 * at least 97% of the time may be at 0.9 or above.
 */
export const evidenceConfidence = {
  labelledId: 0.95, // an id-shaped token right after an invoice/credit-note number label
  labelledReceiptId: 0.85, // after a receipt/transaction number label
  titleNumberLabel: 0.9, // after a bare "No:" / "Nr." / "#" on or under the title or opening the details block (right on 47 of 47 on dev, dev2, dev3)
  ownReference: 0.8, // after the issuer's "Our ref." on a document with no number label
  titleId: 0.85, // an id right after the document title ("Invoice F2025/0420")
  labelledDate: 0.96, // a date right after a date label, unambiguous or settled by the document's own dates
  dateOrderByCountry: 0.86, // a slashed date whose day/month order the country evidence settled
  cueDate: 0.75, // "please pay by <date>"
  unlabelledDate: 0.85, // the first date in the document, with no label (right on 48 of 48 on the readable corpora)
  ambiguousDate: 0.45, // a slashed date whose day/month order the document does not settle: review
  totalsConsistent: 0.97, // net + tax = total, all labelled
  payableAmount: 0.9, // after an "amount due / balance due / zu zahlen" label, totals not cross-checked
  labelledAmount: 0.8, // a labelled amount whose totals do not add up or cannot be checked
  largestAmount: 0.5, // no total label: the largest amount
  currencyOnTotal: 0.95, // an unambiguous (or country-resolved) currency mark next to the total
  currencyMajority: 0.88, // the prevailing unambiguous currency of the document
  currencyByCountry: 0.7, // no currency mark at all: the IBAN's, the US address's or the language's country's currency
  currencyAmbiguous: 0.55, // only "$" or "kr" with nothing to settle which one, or currencies in conflict
  ibanValid: 0.98, // mod-97 valid, outside the buyer's block
  ibanInvalid: 0.7, // IBAN shape, checksum broken: the value as printed, flagged downstream
  vatLabelled: 0.9, // an id after a tax-id label, outside the buyer's block
  vatFormat: 0.75, // an EU VAT format with no label
  vendorLabelled: 0.92, // after a seller/supplier/from label
  vendorEntityStatement: 0.9, // the legal entity a receipt or brand-led document says runs the trading name ("operated by", 運営, 법인명)
  vendorAccountHolder: 0.85, // the payment account's holder
  vendorSelfBilled: 0.75, // a self-billing invoice with no seller label: the addressee
  vendorSellerBlock: 0.85, // a Japanese seller block: the name above 〒 / 登録番号, outside the addressee's
  vendorCorroborated: 0.93, // a letterhead legal name that recurs in the document (footer, holder)
  vendorLegalForm: 0.85, // a letterhead name with a legal form
  vendorLetterhead: 0.9, // "Name · street · city" on one of the first lines
  vendorFooterHolder: 0.8, // a footer legal name beside the IBAN / VAT id / register details
  vendorFooter: 0.75, // a legal name in the footer only
  vendorTopLineRecurs: 0.8, // the first plain name at the top, printed again elsewhere
  vendorTopLine: 0.78, // the first plain name at the top (right on 28 of 28 on dev, dev2, dev3)
  vendorSignature: 0.7, // the business in a letter's or an e-mail's signature, no other seller evidence
  vendorOrganisation: 0.35, // compromise organisation candidate
  documentTitle: 0.9, // the document type from its title or number label
  documentDefault: 0.85, // no title said otherwise: an invoice
  lineItemArithmetic: 0.9, // quantity × unit price = amount on one line
  emailHeader: 0.98,
  emailSignature: 0.7,
  customerIdLabelled: 0.93,
  customerIdPattern: 0.7,
  orderIdLabelled: 0.9, // an id after an order / purchase-order label in the message's own part
  orderIdPattern: 0.85, // a marketplace order number by its shape
  lexiconStrong: 0.9,
  lexiconWeak: 0.6,
  lexiconTie: 0.45, // cue terms of two intents tie and no example is close: the first in the taxonomy
  exampleNearest: 0.6, // the nearest taxonomy example, above the similarity threshold
  lexiconDefault: 0.5,
  labelledEnum: 0.97,
} as const;

export type Evidence = keyof typeof evidenceConfidence;
