export { AuditLog } from './audit-log';
export type { AuditEntry, AppendResult, VerifyResult } from './audit-log';
export { documentLineage, costReport } from './audit-queries';
export type { DocumentLineage, LineageStep, CostRow } from './audit-queries';
export { canonicalJson } from './canonical-json';
export { chainHash, GENESIS_HASH } from './chain-hash';
