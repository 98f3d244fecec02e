import { erpFacts, type ErpClient, type ErpVendor, type PurchaseOrder } from '@sluice/connectors';
import { SluiceError, toSluiceError } from '@sluice/errors';

/** One document's lookup: the confidently matched vendor and what the invoice says. */
export interface ErpLookupRequest {
  vendorId: string;
  iban?: string | undefined;
  orderNumber?: string | undefined;
}

export type ErpLookupStatus = 'ok' | 'unavailable';

export interface ErpLookupResult {
  /** `erp.*` facts for the rules; `erp.status` is always set (`ok` or `unavailable`). */
  facts: Record<string, string>;
  status: ErpLookupStatus;
  /** Why the lookup is unavailable (the error code), for the audit event and metrics. */
  failure?: string;
}

type VendorAnswer = { vendor: ErpVendor | null; orders: PurchaseOrder[] | null } | { error: SluiceError };

/**
 * ERP facts for each request (null: no lookup for that document), in input order. Each distinct
 * vendor is looked up once per batch. A failed lookup does not fail the document: the client has
 * already retried within its budget, and holding the document back would stop the whole pipeline
 * for one dependency. The document goes on with `erp.status = unavailable`, and the rules can ask
 * a person instead. Only the service stopping (the abort signal) propagates.
 */
export async function lookUpErpFacts(
  requests: readonly (ErpLookupRequest | null)[],
  erp: ErpClient,
  signal?: AbortSignal,
): Promise<(ErpLookupResult | null)[]> {
  const vendorIds = [...new Set(requests.flatMap((request) => (request === null ? [] : [request.vendorId])))];
  const answers = new Map<string, VendorAnswer>();
  await Promise.all(
    vendorIds.map(async (vendorId) => {
      try {
        const vendor = await erp.vendor(vendorId, signal);
        const orders = vendor === null ? null : await erp.openPurchaseOrders(vendorId, signal);
        answers.set(vendorId, { vendor, orders });
      } catch (error) {
        if (signal?.aborted === true) throw error;
        answers.set(vendorId, { error: toSluiceError(error) });
      }
    }),
  );
  return requests.map((request) => {
    if (request === null) return null;
    const answer = answers.get(request.vendorId);
    if (answer === undefined || 'error' in answer) {
      return { facts: { 'erp.status': 'unavailable' }, status: 'unavailable', failure: answer?.error.code ?? 'INTERNAL' };
    }
    const facts = erpFacts(answer.vendor, answer.orders, { iban: request.iban, orderNumber: request.orderNumber });
    return { facts: { ...facts, 'erp.status': 'ok' }, status: 'ok' };
  });
}

/** True when the ERP was asked for this batch and not one answer came back: the dependency is down. */
export function wholeBatchUnavailable(results: readonly (ErpLookupResult | null)[]): boolean {
  const asked = results.filter((result) => result !== null);
  return asked.length > 0 && asked.every((result) => result.status === 'unavailable');
}
