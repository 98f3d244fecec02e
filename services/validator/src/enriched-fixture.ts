import type { DocumentEnriched } from '@sluice/contracts';

// Test fixture of the validator's tests (handlers and integration): an invoice that passes every
// shipped rule, matched to a known vendor.

/** The fields of an invoice that passes every shipped rule. */
export const cleanInvoiceFields = {
  invoiceNumber: 'R-1',
  issueDate: '2025-03-01',
  dueDate: '2025-03-31',
  currency: 'EUR',
  netAmount: '100.00',
  taxAmount: '19.00',
  totalAmount: '119.00',
  vendorName: 'Acme Industrietechnik GmbH',
};

/** A confident match of the invoice's vendor to the reference data. */
export const acmeMatch = { entityType: 'vendor', refId: 'V-1001', name: 'Acme Industrietechnik GmbH', score: 0.95 };

/** An enriched invoice of `tenant` with `fields` (confidence 0.9, no spans) and `matches`, no duplicate, no facts. */
export function enrichedInvoice(documentId: string, tenant: string, fields: Record<string, string>, matches = [acmeMatch]): DocumentEnriched {
  return {
    documentId,
    tenant,
    kind: 'invoice',
    receivedAt: 1,
    enrichedAt: 2,
    fields: Object.entries(fields).map(([name, value]) => ({ name, value, confidence: 0.9, span: null })),
    matches,
    duplicateOf: null,
    duplicateScore: null,
    facts: {},
  };
}
