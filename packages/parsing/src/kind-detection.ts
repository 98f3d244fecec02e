/** The kinds the pipeline knows (design note, documents.ingested.v1 `kind`). */
export type DetectedKind = 'invoice' | 'email' | 'ticket' | 'other';

// The word for "invoice" (and a few unmistakable invoice phrases) in the languages the extractor's
// label catalogue covers; read in the first lines only, where a document says what it is.
const invoiceWords =
  /(?<![\p{L}\p{N}])(invoice|tax invoice|credit note|receipt|bill to|amount due|rechnung|gutschrift|facture|avoir|factura|fattura|factuur|faktura|fakturë|lasku|számla|fatura|τιμολόγιο|счёт-фактура|請求書|发票)(?![\p{L}])/iu;
const ticketWords = /(?<![\p{L}])(ticket|incident|case\s*(?:no\.?|number|#)|support request)(?![\p{L}])/iu;

/**
 * What a document is when the publisher did not say: a parsed e-mail is `email`; a text whose
 * first 2,000 characters name an invoice (or a file name that does) is `invoice`; a support ticket
 * `ticket`; anything else `other`, which the pipeline processes without targets.
 */
export function detectKind(input: { format: 'email' | 'html' | 'pdf' | 'text'; text: string; fileName?: string | null }): DetectedKind {
  if (input.format === 'email') return 'email';
  const head = `${input.fileName ?? ''}\n${input.text.slice(0, 2000)}`;
  if (invoiceWords.test(head)) return 'invoice';
  if (ticketWords.test(head)) return 'ticket';
  return 'other';
}
