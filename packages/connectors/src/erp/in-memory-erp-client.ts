import type { ErpClient } from './erp-client';
import { ERP_CONTRACT_VERSION } from './erp-contract';
import type { ErpRecords } from './erp-records';

/** An ErpClient over records in memory: for services' unit tests, and the contract suite's reference. */
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
