import { z } from 'zod';

/**
 * The ERP connector contract, version 1 (`erp/v1`). The server names the version it speaks in
 * every answer's `erp-contract-version` header as `major.minor`; minors only add optional fields
 * (readers ignore what they do not know), a new major changes the paths (`/erp/v2/...`) and a
 * client refuses a major it does not know instead of misreading it.
 */
export const ERP_CONTRACT_MAJOR = 1;
export const ERP_CONTRACT_VERSION = `${ERP_CONTRACT_MAJOR}.0`;
export const erpContractVersionHeader = 'erp-contract-version';

export const erpPaths = {
  health: '/erp/v1/health',
  vendor: (vendorId: string) => `/erp/v1/vendors/${encodeURIComponent(vendorId)}`,
  openPurchaseOrders: (vendorId: string) =>
    `/erp/v1/vendors/${encodeURIComponent(vendorId)}/purchase-orders?status=open`,
} as const;

/** Amounts travel as decimal strings (`1234.50`), as everywhere else in Sluice: no binary floats. */
const decimalAmount = z.string().regex(/^-?\d+\.\d{2}$/, 'a decimal amount with two places, e.g. 1234.50');
const currencyCode = z.string().regex(/^[A-Z]{3}$/, 'an ISO 4217 code');

export const vendorStatuses = ['active', 'blocked'] as const;

export const paymentTermsSchema = z.object({
  /** Days after the invoice date the payment is due. */
  netDays: z.number().int().nonnegative(),
  /** Early-payment discount, when the vendor grants one. */
  discountPercent: z.number().nonnegative().nullable().default(null),
  discountDays: z.number().int().nonnegative().nullable().default(null),
});

export const erpVendorSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  status: z.enum(vendorStatuses),
  /** Bank accounts on file, without spaces; an invoice paying elsewhere deserves a look. */
  ibans: z.array(z.string().regex(/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/)),
  vatId: z.string().nullable(),
  /** ISO 3166-1 alpha-2. */
  country: z.string().regex(/^[A-Z]{2}$/),
  currency: currencyCode,
  paymentTerms: paymentTermsSchema,
});
export type ErpVendor = z.infer<typeof erpVendorSchema>;

export const purchaseOrderStatuses = ['open', 'closed', 'cancelled'] as const;

export const purchaseOrderSchema = z.object({
  number: z.string().min(1),
  vendorId: z.string().min(1),
  currency: currencyCode,
  /** What is still to be invoiced against the order. */
  openAmount: decimalAmount,
  status: z.enum(purchaseOrderStatuses),
  orderedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
});
export type PurchaseOrder = z.infer<typeof purchaseOrderSchema>;

export const vendorResponseSchema = z.object({ vendor: erpVendorSchema });
export const purchaseOrdersResponseSchema = z.object({ purchaseOrders: z.array(purchaseOrderSchema) });
export const healthResponseSchema = z.object({
  status: z.enum(['ok', 'degraded']),
  contractVersion: z.string(),
});
export type ErpHealth = z.infer<typeof healthResponseSchema>;

export const erpErrorCodes = ['not_found', 'bad_request', 'rate_limited', 'unavailable'] as const;
/** Every non-2xx answer carries this body; `retryAfterSeconds` mirrors the Retry-After header. */
export const erpErrorSchema = z.object({
  error: z.object({
    code: z.enum(erpErrorCodes),
    message: z.string(),
    retryAfterSeconds: z.number().optional(),
  }),
});
export type ErpErrorBody = z.infer<typeof erpErrorSchema>;

/** `1.3` → 1; undefined when the header is missing or malformed. */
export function contractMajorOf(header: string | null): number | undefined {
  const match = header === null ? null : /^(\d+)\.(\d+)$/.exec(header.trim());
  return match ? Number(match[1]) : undefined;
}
