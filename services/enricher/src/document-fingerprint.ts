import type { DocumentEmbedded } from '@sluice/contracts';
import { normalizeCompanyName } from '@sluice/embedding-cache';
import { lshBandKeys } from './lsh-bands';
import { minHashSignature, MINHASH_SCHEME } from './min-hash-signature';
import { shingleHashes } from './text-shingles';

/** What the duplicate detector keeps of a document and compares later documents with. */
export interface DocumentFingerprint {
  documentId: string;
  tenant: string;
  kind: string;
  /** Vendor + invoice number + total + currency; null unless every part is present. */
  duplicateKey: string | null;
  /** Total + currency: a near-duplicate with another amount is another invoice. */
  amountKey: string | null;
  /** MinHash of the text's shingles, with its LSH band keys; null for a record without text. */
  signature: { scheme: string; values: Int32Array; shingles: number; bands: number[] } | null;
}

function field(record: DocumentEmbedded, name: string): string | undefined {
  const value = record.fields.find((entry) => entry.name === name)?.value.trim();
  return value === undefined || value === '' ? undefined : value;
}

/** Invoice numbers are printed with varying spacing and separators ("RE-2025 001" = "re2025001"). */
function normalizeInvoiceNumber(value: string): string {
  return value.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * The fingerprint of one embedded document. `vendorRefId` is the confidently matched reference
 * vendor: name variants of one vendor then share a key; without one the legal-form-stripped name
 * stands in.
 */
export function fingerprintOf(record: DocumentEmbedded, kind: string, vendorRefId: string | undefined): DocumentFingerprint {
  const total = field(record, 'totalAmount');
  const currency = field(record, 'currency');
  const amountKey = total !== undefined && currency !== undefined ? `${currency.toUpperCase()} ${total}` : null;
  let duplicateKey: string | null = null;
  if (kind === 'invoice') {
    const vendorName = field(record, 'vendorName');
    const vendor = vendorRefId ?? (vendorName === undefined ? undefined : `name:${normalizeCompanyName(vendorName)}`);
    const number = field(record, 'invoiceNumber');
    if (vendor !== undefined && number !== undefined && amountKey !== null) {
      duplicateKey = [vendor, normalizeInvoiceNumber(number), amountKey].join('|');
    }
  }
  const minHash = minHashSignature(shingleHashes(record.text));
  const signature = minHash === null ? null : { scheme: MINHASH_SCHEME, values: minHash.values, shingles: minHash.size, bands: lshBandKeys(minHash.values) };
  return { documentId: record.documentId, tenant: record.tenant, kind, duplicateKey, amountKey, signature };
}
