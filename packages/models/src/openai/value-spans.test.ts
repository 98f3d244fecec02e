import { describe, expect, it } from 'vitest';
import { withValueSpans } from './value-spans';

describe('withValueSpans', () => {
  it('points at the value where it is printed, and is null where it was normalised', () => {
    const text = 'Seller: Cloudworks Inc.\nInvoice No: INV-7\nDate: 3 March 2026';
    const fields = withValueSpans(
      [
        { name: 'vendorName', value: 'CLOUDWORKS INC.', confidence: 0.9 },
        { name: 'invoiceNumber', value: 'INV-7', confidence: 0.9 },
        { name: 'issueDate', value: '2026-03-03', confidence: 0.9 },
      ],
      text,
    );
    expect(fields.map((f) => (f.span ? text.slice(f.span.start, f.span.end) : null))).toEqual(['Cloudworks Inc.', 'INV-7', null]);
  });
});
