import { findAmounts } from './amount-parsing';
import type { LabelSegment } from './label-segments';
import { labelsIn } from './label-segments';
import type { TextLine } from './text-layout';

/**
 * What kind of business document this is: `invoice`, `credit_note` or `receipt`. A credit note
 * is its own kind because its amounts are owed to the buyer: the extractor reports them negative
 * (whatever sign is printed), so no rule can accept a refund as a payable amount. The title
 * decides — a short cell that is, or starts with, a credit-note or receipt title — or a number
 * label of that kind; a mention in prose ("a credit note will follow") does not.
 */
export type DocumentType = 'invoice' | 'credit_note' | 'receipt';

export interface DocumentTypeReading {
  type: DocumentType;
  /** Offsets of the title or label that decided it; null when nothing did (an invoice by default). */
  span: { start: number; end: number } | null;
}

const selfBilling = /gutschriftsverfahren|self[- ]billing|self[- ]billed|autofacturation|auto-?facturaci[oó]n|autofattura|zelffacturering|selbstfakturierung/iu;

const tillTitle =
  /(?:fatura|factura) simplificada|fattura semplificata|facture simplifiée|vereinfachte rechnung|kassenbeleg|kassenbon|boleta de venta|boleta electr[oó]nica|ticket de caisse|simplified tax invoice|simplified invoice|cash bill|cash memo|فاتورة ضريبية مبسطة|فاتورة مبسطة|ใบกำกับภาษีอย่างย่อ|חשבונית מס\s*\/\s*קבלה|חשבונית מס קבלה|영수증|收据|收據|小票|レシート|領収書|電子發票證明聯|phiếu tính tiền/iu;

// What a till prints (cashier, till, POS terminal and its ids) or a document that calls itself a receipt.
const tillMarks =
  /(?<![\p{L}])(?:receipt|rcpt|cashier|till|pos|terminal|tid|kassierer|kasse|caissi[eè]re?|cajer[oa]|caja|cassiere|kasiyer|kassa|reçu|recibo|quittung|beleg|bon|kassenbon|ticket|scontrino|účtenka|fiş|ricevuta|kvitto|kvittering|paragon)(?![\p{L}])/iu;

// Titles set letter-spaced, as Korean, Japanese and Chinese forms print them ("전 자 세 금 계 산 서",
// "請 求 書"). A corrected tax invoice (수정세금계산서) with negative amounts cancels a supply: a credit note.
const spacedLetters = /(?:[\p{Script=Hangul}\p{Script=Han}] ){2,}[\p{Script=Hangul}\p{Script=Han}]/u;
const spacedInvoice = /(수정)?(?:전자)?세금계산서|계산서|請求書|发票|發票/u;

function spacedTitle(lines: readonly TextLine[]): { kind: 'invoice' | 'corrective'; span: { start: number; end: number } } | null {
  for (const line of lines) {
    const m = spacedLetters.exec(line.text);
    if (!m) continue;
    const title = spacedInvoice.exec(m[0].replace(/ /g, ''));
    if (title) return { kind: title[1] ? 'corrective' : 'invoice', span: { start: line.start + m.index, end: line.start + m.index + m[0].length } };
  }
  return null;
}

function titleCell(line: TextLine, kind: 'creditNoteTitle' | 'receiptTitle' | 'invoiceTitle'): { start: number; end: number } | null {
  for (const hit of labelsIn(line.text)) {
    if (hit.kind !== kind) continue;
    const cell = line.cells.find((c) => c.column <= hit.start && hit.start < c.columnEnd);
    if (!cell || cell.text.length > 48) continue;
    // The title opens its cell ("CREDIT NOTE", "Gutschrift Nr. 12", "Receipt #0042").
    if (hit.start - cell.column > 2) continue;
    return { start: line.start + hit.start, end: line.start + hit.end };
  }
  return null;
}

export function documentTypeOf(lines: readonly TextLine[], segments: readonly LabelSegment[]): DocumentTypeReading {
  const numberLabel = (kind: LabelSegment['kind']) => segments.find((s) => s.kind === kind);
  // Self-billing (art. 224 VAT Directive): the buyer issues the invoice, which German calls a
  // "Gutschrift" (§ 14 Abs. 2 UStG); it is an invoice, not a credit note.
  if (lines.some((l) => selfBilling.test(l.text))) return { type: 'invoice', span: null };
  const spaced = spacedTitle(lines.slice(0, 3));
  if (spaced?.kind === 'corrective' && lines.some((l) => findAmounts(l.text).some((a) => a.negative))) return { type: 'credit_note', span: spaced.span };
  const credit = numberLabel('creditNoteNumber');
  if (credit) return { type: 'credit_note', span: { start: credit.labelStart, end: credit.labelStart + credit.label.length } };
  const head = lines.slice(0, Math.max(15, Math.ceil(lines.length * 0.5)));
  for (const line of head) {
    const span = titleCell(line, 'creditNoteTitle');
    if (span) return { type: 'credit_note', span };
  }
  // A simplified invoice (art. 220a VAT Directive and its national forms), a sales slip or a cash
  // bill is what the till prints: a receipt, though its title says "invoice".
  const head12 = lines.slice(0, 12);
  const slip = head12.find((l) => tillTitle.test(l.text) && l.text.trim().length <= 60);
  if (slip) {
    const at = slip.text.search(tillTitle);
    return { type: 'receipt', span: { start: slip.start + at, end: slip.start + at + slip.text.match(tillTitle)![0].length } };
  }
  // Settled at the till (card, cash, change) on a short document with nothing left to pay later:
  // a receipt, even when it is headed "Tax invoice" as Australian and Indian receipts are.
  const tendered = segments.find((s) => s.kind === 'paidAmount' && /card|karte|carte|tarjeta|carta|kort|cash|bar|espèces|efectivo|contanti|eftpos|visa|mastercard|amex|girocard|change|rückgeld|tendered|pin/iu.test(s.label));
  const payLater = segments.some((s) => s.kind === 'dueDate' || s.kind === 'iban');
  // An invoice number label keeps it an invoice (e-mailed invoices are often paid by card already)
  // unless a till printed it or it calls itself a receipt.
  const invoiceNumbered = segments.some((s) => s.kind === 'invoiceNumber') && !lines.some((l) => tillMarks.test(l.text));
  if (tendered && !payLater && !invoiceNumbered && lines.length <= 40) return { type: 'receipt', span: { start: tendered.labelStart, end: tendered.labelStart + tendered.label.length } };
  const invoiceTitle = spaced !== null || head.some((line) => titleCell(line, 'invoiceTitle') !== null) || segments.some((s) => s.kind === 'invoiceNumber' && !tillMarks.test(s.label));
  const receipt = numberLabel('receiptNumber');
  if (!invoiceTitle) {
    if (receipt) return { type: 'receipt', span: { start: receipt.labelStart, end: receipt.labelStart + receipt.label.length } };
    for (const line of head) {
      const span = titleCell(line, 'receiptTitle');
      if (span) return { type: 'receipt', span };
    }
    // A short document settled at the till (cash, card, change) with no invoice title.
    const paid = segments.find((s) => s.kind === 'paidAmount');
    if (paid && lines.length <= 45) return { type: 'receipt', span: { start: paid.labelStart, end: paid.labelStart + paid.label.length } };
  }
  return { type: 'invoice', span: null };
}
