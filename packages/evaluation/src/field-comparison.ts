/**
 * When an extracted value counts as the labelled one. Written down once so every corpus is
 * scored the same way (the package README repeats these rules):
 * - amounts (`netAmount`, `taxAmount`, `totalAmount`, `lineItems.*` numbers): as decimals, to the
 *   cent (`1200`, `1200.0` and `1200.00` are equal; `-119.00` and `119.00` are not);
 * - dates: the same `YYYY-MM-DD`;
 * - `currency`, enum fields (`intent`, `urgency`, `category`, `priority`, `documentType`): equal
 *   ignoring case;
 * - `iban`, `vatId`: equal after upper-casing and removing spaces, dots and dashes;
 * - `invoiceNumber`, `orderNumber`, `customerIds`, `orderIds`: exactly equal after trimming
 *   (case, inner spaces, slashes and dashes all count);
 * - `senderEmail`: equal ignoring case;
 * - names (`vendorName`, `senderName`) and anything else: equal after Unicode NFC, ignoring case
 *   and collapsing runs of white space.
 */

const amountFields = new Set(['netAmount', 'taxAmount', 'totalAmount', 'lineItems.amount', 'lineItems.unitPrice', 'lineItems.quantity']);
const exactFields = new Set(['invoiceNumber', 'orderNumber', 'customerIds', 'orderIds']);
const caseFields = new Set(['currency', 'intent', 'urgency', 'category', 'priority', 'documentType', 'senderEmail', 'issueDate', 'dueDate']);
const compactFields = new Set(['iban', 'vatId']);

/** A decimal string as integer cents, or null when it is not a plain decimal. */
export function decimalCents(value: string): bigint | null {
  const m = /^\s*(-?)(\d+)(?:\.(\d{1,2}))?\s*$/.exec(value);
  if (!m) return null;
  const cents = BigInt(m[2]!) * 100n + BigInt((m[3] ?? '').padEnd(2, '0'));
  return m[1] === '-' ? -cents : cents;
}

function nameKey(value: string): string {
  return value.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** True when `predicted` is the labelled `expected` value of `field` (base name, no index). */
export function sameFieldValue(field: string, expected: string, predicted: string): boolean {
  if (amountFields.has(field)) {
    const a = decimalCents(expected);
    const b = decimalCents(predicted);
    return a !== null && a === b;
  }
  if (exactFields.has(field)) return expected.trim() === predicted.trim();
  if (caseFields.has(field)) return expected.trim().toLowerCase() === predicted.trim().toLowerCase();
  if (compactFields.has(field)) {
    const compact = (v: string) => v.toUpperCase().replace(/[\s.-]/g, '');
    return compact(expected) === compact(predicted);
  }
  return nameKey(expected) === nameKey(predicted);
}
