import { buildReferenceData, createRandom, type Vendor } from '@sluice/samples';
import type { ErpVendor, PurchaseOrder } from './erp-contract';

/** What an ERP knows: vendors by id and their purchase orders. */
export interface ErpRecords {
  vendors: ReadonlyMap<string, ErpVendor>;
  purchaseOrders: readonly PurchaseOrder[];
}

export interface ErpRecordsOptions {
  /** Vendors to mark `blocked`; none by default, so the ERP agrees with the samples' ground truth. */
  blockedVendorIds?: readonly string[];
  /** Seed for payment terms and purchase orders (the vendors themselves are fixed). */
  seed?: number;
  vendors?: readonly Vendor[];
}

const netDayChoices = [14, 30, 30, 45, 60] as const;

/**
 * ERP records for the reference vendors of `@sluice/samples`, so the ERP, the reference entities the
 * enricher matches against and the generated documents all name the same vendors (ids `V-1001`…).
 * Deterministic for a seed.
 */
export function buildErpRecords(options: ErpRecordsOptions = {}): ErpRecords {
  const random = createRandom(options.seed ?? 5150);
  const blocked = new Set(options.blockedVendorIds ?? []);
  const vendors = new Map<string, ErpVendor>();
  const purchaseOrders: PurchaseOrder[] = [];
  for (const vendor of options.vendors ?? buildReferenceData().vendors) {
    const discount = random.chance(0.3);
    vendors.set(vendor.id, {
      id: vendor.id,
      name: vendor.canonicalName,
      status: blocked.has(vendor.id) ? 'blocked' : 'active',
      ibans: vendor.iban === null ? [] : [vendor.iban],
      vatId: vendor.vatId,
      country: vendor.country,
      currency: vendor.currency,
      paymentTerms: {
        netDays: random.pick(netDayChoices),
        discountPercent: discount ? random.pick([2, 3]) : null,
        discountDays: discount ? 10 : null,
      },
    });
    const orders = random.int(0, 3);
    for (let i = 0; i < orders + 1; i++) {
      // The last order of each vendor is already fully invoiced, so every list has something to filter.
      const closed = i === orders;
      purchaseOrders.push({
        number: `PO-${random.digits(6)}`,
        vendorId: vendor.id,
        currency: vendor.currency,
        openAmount: closed ? '0.00' : `${random.int(500, 250_000)}.${random.digits(2)}`,
        status: closed ? 'closed' : 'open',
        orderedOn: `2025-0${random.int(1, 9)}-${String(random.int(1, 28)).padStart(2, '0')}`,
      });
    }
  }
  return { vendors, purchaseOrders };
}
