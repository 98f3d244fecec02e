import { describe, expect, it } from 'vitest';
import type { DocumentEmbedded } from '@sluice/contracts';
import { fingerprintOf } from './document-fingerprint';

function embedded(fields: Record<string, string>, vectorLength = 512): DocumentEmbedded {
  return {
    documentId: 'd1',
    tenant: 'demo',
    kind: 'invoice',
    receivedAt: 0,
    embeddedAt: 0,
    fields: Object.entries(fields).map(([name, value]) => ({ name, value, confidence: 0.9, span: null })),
    embeddings: [{ target: 'document', model: 'local/use-lite-512@1', contentHash: 'h', vector: Array.from({ length: vectorLength }, () => 0.1) }],
  };
}

const invoice = { vendorName: 'ACME Industrietechnik GmbH', invoiceNumber: 'RE-2025 001', totalAmount: '119.00', currency: 'eur' };

describe('fingerprintOf', () => {
  it('keys an invoice by matched vendor, normalised number and amount', () => {
    const print = fingerprintOf(embedded(invoice), 'invoice', 'V-1001');
    expect(print.duplicateKey).toBe('V-1001|re2025001|EUR 119.00');
    expect(print.amountKey).toBe('EUR 119.00');
    expect(print.embedding?.vector).toHaveLength(512);
  });

  it('falls back to the legal-form-stripped vendor name, so variants of one name share a key', () => {
    const a = fingerprintOf(embedded(invoice), 'invoice', undefined);
    const b = fingerprintOf(embedded({ ...invoice, vendorName: 'Acme Industrietechnik Gesellschaft mbH', invoiceNumber: 're-2025-001' }), 'invoice', undefined);
    expect(a.duplicateKey).not.toBeNull();
    expect(a.duplicateKey).toBe(b.duplicateKey);
  });

  it('has no key when a part is missing or the document is not an invoice', () => {
    expect(fingerprintOf(embedded({ ...invoice, invoiceNumber: ' ' }), 'invoice', 'V-1001').duplicateKey).toBeNull();
    expect(fingerprintOf(embedded(invoice), 'email', 'V-1001').duplicateKey).toBeNull();
  });

  it('keeps no vector the 512-d index cannot hold', () => {
    expect(fingerprintOf(embedded(invoice, 1536), 'invoice', 'V-1001').embedding).toBeNull();
  });
});
