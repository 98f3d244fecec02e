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
