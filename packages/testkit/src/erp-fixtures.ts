import { buildErpRecords, ERP_CONTRACT_VERSION, type ErpClient, type ErpRecords, type ErpRecordsOptions, type ErpVendorSeed } from '@sluice/connectors';
import { buildReferenceData } from '@sluice/samples';

/** The sample reference vendors (`V-1001`…) as ERP seeds: the vendors generated documents name. */
export function sampleErpVendorSeeds(): ErpVendorSeed[] {
  return buildReferenceData().vendors.map((vendor) => ({
    id: vendor.id,
    name: vendor.canonicalName,
    iban: vendor.iban,
    vatId: vendor.vatId,
    country: vendor.country,
    currency: vendor.currency,
  }));
}

/** ERP records of the sample reference vendors, so the ERP agrees with the generator's ground truth. */
export function sampleErpRecords(options: ErpRecordsOptions = {}): ErpRecords {
  return buildErpRecords(sampleErpVendorSeeds(), options);
}

/** An ErpClient over records in memory: a test double for services' unit tests, and the contract suite's reference. */
export function inMemoryErpClient(records: ErpRecords): ErpClient {
  return {
    vendor: (vendorId) => Promise.resolve(structuredClone(records.vendors.get(vendorId) ?? null)),
    openPurchaseOrders: (vendorId) =>
      Promise.resolve(
        records.vendors.has(vendorId)
          ? structuredClone(
              records.purchaseOrders.filter((po) => po.vendorId === vendorId && po.status === 'open'),
            )
          : null,
      ),
    health: () => Promise.resolve({ status: 'ok', contractVersion: ERP_CONTRACT_VERSION }),
  };
}
