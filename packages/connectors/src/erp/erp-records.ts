import { createHash } from 'node:crypto';
import type { ErpVendor, PurchaseOrder } from './erp-contract';

/** What an ERP knows: vendors by id and their purchase orders. */
export interface ErpRecords {
  vendors: ReadonlyMap<string, ErpVendor>;
  purchaseOrders: readonly PurchaseOrder[];
}

/**
 * A vendor the simulated ERP is seeded with: the fields of a reference vendor line
 * (`vendors.jsonl` of `sluice reference load`; `canonicalName` or `name`).
 */
export interface ErpVendorSeed {
  id: string;
  name: string;
  iban: string | null;
  vatId: string | null;
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** ISO 4217. */
  currency: string;
}

export interface ErpRecordsOptions {
  /** Vendors to mark `blocked`; none by default. */
  blockedVendorIds?: readonly string[];
  /** Varies payment terms and purchase orders (the vendors themselves are the seeds given). */
  seed?: number;
}

const netDayChoices = [14, 30, 30, 45, 60] as const;

/**
 * A deterministic stream of draws in [0, 1) for one vendor: SHA-256 of (seed, vendor id, counter).
 * The same vendor gets the same terms and orders whatever the other vendors are.
 */
function drawsFor(seed: number, vendorId: string): () => number {
  let counter = 0;
  return () => createHash('sha256').update(`${seed}:${vendorId}:${counter++}`).digest().readUInt32BE(0) / 2 ** 32;
}

/**
 * ERP records for `vendors`: each vendor active (unless blocked) with its IBAN and VAT id on file,
 * payment terms, and one to four purchase orders, the last of which is closed. Deterministic for a
 * seed and a vendor id.
 */
export function buildErpRecords(vendorSeeds: readonly ErpVendorSeed[], options: ErpRecordsOptions = {}): ErpRecords {
  const seed = options.seed ?? 5150;
  const blocked = new Set(options.blockedVendorIds ?? []);
  const vendors = new Map<string, ErpVendor>();
  const purchaseOrders: PurchaseOrder[] = [];
  for (const vendor of vendorSeeds) {
    const draw = drawsFor(seed, vendor.id);
    const int = (min: number, max: number) => min + Math.floor(draw() * (max - min + 1));
    const digits = (n: number) => Array.from({ length: n }, () => String(int(0, 9))).join('');
    const pick = <T>(list: readonly T[]) => list[int(0, list.length - 1)]!;
    const discount = draw() < 0.3;
    vendors.set(vendor.id, {
      id: vendor.id,
      name: vendor.name,
      status: blocked.has(vendor.id) ? 'blocked' : 'active',
      ibans: vendor.iban === null ? [] : [vendor.iban.replace(/\s+/g, '').toUpperCase()],
      vatId: vendor.vatId,
      country: vendor.country,
      currency: vendor.currency,
      paymentTerms: {
        netDays: pick(netDayChoices),
        discountPercent: discount ? pick([2, 3]) : null,
        discountDays: discount ? 10 : null,
      },
    });
    const orders = int(0, 3);
    for (let i = 0; i < orders + 1; i++) {
      // The last order of each vendor is already fully invoiced, so every list has something to filter.
      const closed = i === orders;
      purchaseOrders.push({
        number: `PO-${digits(6)}`,
        vendorId: vendor.id,
        currency: vendor.currency,
        openAmount: closed ? '0.00' : `${int(500, 250_000)}.${digits(2)}`,
        status: closed ? 'closed' : 'open',
        orderedOn: `2025-0${int(1, 9)}-${String(int(1, 28)).padStart(2, '0')}`,
      });
    }
  }
  return { vendors, purchaseOrders };
}
