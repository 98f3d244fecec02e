import type { EffectTable } from '../effects/operation-effects';
import type { ErpHealth, ErpVendor, PurchaseOrder } from './erp-contract';

/**
 * What the enricher needs from an ERP, whatever answers it (the HTTP client, an in-memory fake).
 * Unknown ids are answers, not failures: null. Failures are SluiceErrors with a retryable code.
 */
export interface ErpClient {
  vendor(vendorId: string, signal?: AbortSignal): Promise<ErpVendor | null>;
  /** Open orders of a vendor; null when the vendor is unknown. */
  openPurchaseOrders(vendorId: string, signal?: AbortSignal): Promise<PurchaseOrder[] | null>;
  health(signal?: AbortSignal): Promise<ErpHealth>;
}

/**
 * Effects of the erp/v1 operations, for `withoutSideEffects`: all are lookups, so a shadow pipeline
 * reads the ERP as production does. A write added to ErpClient does not compile until declared here
 * with the no-op answer a shadow gets instead.
 */
export const erpOperationEffects = {
  vendor: { effect: 'read' },
  openPurchaseOrders: { effect: 'read' },
  health: { effect: 'read' },
} as const satisfies EffectTable<ErpClient>;
