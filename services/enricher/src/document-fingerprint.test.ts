import { describe, expect, it } from 'vitest';
import type { DocumentEmbedded } from '@sluice/contracts';
import { fingerprintOf } from './document-fingerprint';

function embedded(fields: Record<string, string>, text = 'Invoice RE-2025 001 from ACME Industrietechnik GmbH, total 119.00 EUR.'): DocumentEmbedded {
  return {
    documentId: 'd1',
    tenant: 'demo',
    kind: 'invoice',
    receivedAt: 0,
    embeddedAt: 0,
    fields: Object.entries(fields).map(([name, value]) => ({ name, value, confidence: 0.9, span: null })),
    embeddings: [],
    text,
  };
}

const invoice = { vendorName: 'ACME Industrietechnik GmbH', invoiceNumber: 'RE-2025 001', totalAmount: '119.00', currency: 'eur' };

describe('fingerprintOf', () => {
  it('keys an invoice by matched vendor, normalised number and amount', () => {
    const print = fingerprintOf(embedded(invoice), 'invoice', 'V-1001');
    expect(print.duplicateKey).toBe('V-1001|re2025001|EUR 119.00');
    expect(print.amountKey).toBe('EUR 119.00');
    expect(print.signature?.values).toHaveLength(128);
    expect(print.signature?.bands).toHaveLength(32);
    expect(print.signature?.shingles).toBeGreaterThan(30);
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

  it('signs the text: the same text gives the same signature, a record without text none', () => {
    const a = fingerprintOf(embedded(invoice), 'invoice', 'V-1001');
    expect(fingerprintOf(embedded(invoice), 'email', undefined).signature).toEqual(a.signature);
    expect(fingerprintOf(embedded(invoice, ''), 'invoice', 'V-1001').signature).toBeNull();
  });
});
