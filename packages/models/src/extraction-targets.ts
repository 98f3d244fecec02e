import type { DocumentKind, FieldTarget } from './model-contracts';
import type { TriageTaxonomy } from './triage/triage-taxonomy';

/**
 * The fields extracted per document kind, defined once: the local extractor, the
 * OpenAI-compatible prompt, the eval and the validator all read these lists.
 */
export const invoiceTargets: readonly FieldTarget[] = [
  { name: 'invoiceNumber', type: 'string', description: 'Invoice number as printed', required: true },
  { name: 'issueDate', type: 'date', description: 'Date the invoice was issued', required: true },
  { name: 'dueDate', type: 'date', description: 'Date payment is due', required: false },
  { name: 'currency', type: 'currency', description: 'ISO 4217 code of the invoice currency', required: true },
  { name: 'netAmount', type: 'amount', description: 'Total before tax', required: false },
  { name: 'taxAmount', type: 'amount', description: 'Tax (VAT) amount', required: false },
  { name: 'totalAmount', type: 'amount', description: 'Total amount to pay, tax included', required: true },
  { name: 'vendorName', type: 'string', description: 'Name of the issuing company as printed', required: true },
  { name: 'iban', type: 'iban', description: "Vendor's IBAN as printed (checksum not corrected)", required: false },
  { name: 'vatId', type: 'vatId', description: "Vendor's VAT identification number", required: false },
  { name: 'orderNumber', type: 'string', description: "Buyer's purchase order number", required: false },
  { name: 'documentType', type: 'enum', description: 'invoice, credit_note (amounts owed to the buyer: reported negative) or receipt', required: false, values: ['invoice', 'credit_note', 'receipt'] },
  { name: 'lineItems.description', type: 'string', description: 'Line item text', required: false, repeated: true },
  { name: 'lineItems.quantity', type: 'amount', description: 'Line item quantity', required: false, repeated: true },
  { name: 'lineItems.unitPrice', type: 'amount', description: 'Line item unit price', required: false, repeated: true },
  { name: 'lineItems.amount', type: 'amount', description: 'Line item amount (quantity × unit price)', required: false, repeated: true },
];

/** The intents of the default triage taxonomy (config/triage/default.json; a test keeps the two in step). */
export const emailIntentValues = ['invoice_question', 'payment_reminder', 'order_request', 'complaint', 'address_change', 'cancellation', 'refund', 'delivery_status', 'other'] as const;
export const urgencyValues = ['low', 'normal', 'high'] as const;
export const ticketCategoryValues = ['billing', 'technical', 'account', 'shipping', 'other'] as const;
export const ticketPriorityValues = ['low', 'normal', 'high', 'critical'] as const;

export const emailTargets: readonly FieldTarget[] = [
  { name: 'intent', type: 'enum', description: 'What the sender wants', required: true, values: emailIntentValues },
  { name: 'senderEmail', type: 'email', description: "Sender's email address", required: true },
  { name: 'senderName', type: 'string', description: "Sender's name", required: false },
  { name: 'customerIds', type: 'string', description: 'Customer / account numbers the sender gives, as printed', required: false, repeated: true },
  { name: 'orderIds', type: 'string', description: 'Order, purchase-order or shipment-order references the sender gives, as printed (not invoice, credit-note, RMA, ticket, tracking or quote numbers)', required: false, repeated: true },
  { name: 'urgency', type: 'enum', description: 'How urgent the sender says it is', required: true, values: urgencyValues },
];

export const ticketTargets: readonly FieldTarget[] = [
  { name: 'category', type: 'enum', description: 'Support category', required: true, values: ticketCategoryValues },
  { name: 'priority', type: 'enum', description: 'Priority as stated or implied', required: true, values: ticketPriorityValues },
];

/**
 * The e-mail targets with a tenant's triage taxonomy: the intent's values are its intents and its
 * description lists what each means, so a remote model reads the same taxonomy the local one uses.
 */
export function emailTargetsFor(taxonomy: TriageTaxonomy): readonly FieldTarget[] {
  const intents = taxonomy.intents.map((intent) => `${intent.name}: ${intent.description}`).join(' | ');
  const intent: FieldTarget = {
    name: 'intent',
    type: 'enum',
    description: `What the sender wants from us in this message (not in quoted history), one of — ${intents}`,
    required: true,
    values: taxonomy.intents.map((i) => i.name),
  };
  return emailTargets.map((target) => (target.name === 'intent' ? intent : target));
}

/** The targets of a document kind; e-mails with the tenant's triage taxonomy when one is given. */
export function targetsFor(kind: DocumentKind, taxonomy?: TriageTaxonomy): readonly FieldTarget[] {
  switch (kind) {
    case 'invoice':
      return invoiceTargets;
    case 'email':
      return taxonomy ? emailTargetsFor(taxonomy) : emailTargets;
    case 'ticket':
      return ticketTargets;
    case 'other':
      return [];
  }
}

/** `lineItems[3].amount` → `lineItems.amount`, `customerIds[0]` → `customerIds`. */
export function targetNameOf(fieldName: string): string {
  return fieldName.replace(/\[\d+\]/g, '');
}
