// ERP connector, contract erp/v1.
export type { ErpClient } from './erp/erp-client';
export { erpOperationEffects } from './erp/erp-client';
export {
  ERP_CONTRACT_MAJOR,
  ERP_CONTRACT_VERSION,
  erpContractVersionHeader,
  erpPaths,
  erpVendorSchema,
  purchaseOrderSchema,
  erpErrorSchema,
  contractMajorOf,
} from './erp/erp-contract';
export type { ErpVendor, PurchaseOrder, ErpHealth, ErpErrorBody } from './erp/erp-contract';
export { ErpHttpClient, defaultErpHttpClientOptions } from './erp/erp-http-client';
export type { ErpHttpClientOptions, ErpHttpClientDeps } from './erp/erp-http-client';
export { erpClientEnvSchema, erpClientOptions, loadErpClientOptions } from './erp/erp-client-config';
export { buildErpRecords } from './erp/erp-records';
export type { ErpRecords, ErpRecordsOptions, ErpVendorSeed } from './erp/erp-records';
export { readErpVendorSeeds } from './erp/erp-vendor-seeds';
export { erpFacts } from './erp/erp-facts';

// Resilience shared by HTTP connectors.
export { GuardedCall } from './http/guarded-call';
export type { GuardedCallOptions, GuardedCallDeps, RetryBudget } from './http/guarded-call';

// Side effects: what a shadow pipeline may call and what it gets instead of a write.
export type { EffectTable, OperationEffect } from './effects/operation-effects';
export { withoutSideEffects } from './effects/without-side-effects';
export type { WithheldCall, WithoutSideEffectsOptions } from './effects/without-side-effects';
export { RecordedAnswers, callKey } from './effects/recorded-answers';
export type { RecordedAnswer } from './effects/recorded-answers';
