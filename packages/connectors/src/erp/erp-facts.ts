import type { ErpVendor, PurchaseOrder } from './erp-contract';

/**
 * ERP lookups as the flat facts the validator's rules read (`vendor-status` reads
 * `erp.vendor.status`). A vendor the ERP does not know is a fact too; facts absent from the map
 * mean "not looked up" (no ERP configured, or the lookup failed and the policy let it pass).
 */
export function erpFacts(
  vendor: ErpVendor | null,
  openOrders: readonly PurchaseOrder[] | null,
  invoice: { iban?: string | undefined; orderNumber?: string | undefined } = {},
): Record<string, string> {
  if (vendor === null) return { 'erp.vendor.known': 'false' };
  const facts: Record<string, string> = {
    'erp.vendor.known': 'true',
    'erp.vendor.status': vendor.status,
    'erp.vendor.paymentTermsNetDays': String(vendor.paymentTerms.netDays),
  };
  if (invoice.iban !== undefined)
    facts['erp.vendor.ibanOnFile'] = String(
      vendor.ibans.includes(invoice.iban.replace(/\s+/g, '').toUpperCase()),
    );
  if (openOrders !== null) {
    facts['erp.purchaseOrders.open'] = String(openOrders.length);
    if (invoice.orderNumber !== undefined) {
      facts['erp.purchaseOrder.open'] = String(openOrders.some((po) => po.number === invoice.orderNumber));
    }
  }
  return facts;
}
