export { AuditLog } from './audit-log';
export type { AuditEntry, AppendResult, VerifyResult } from './audit-log';
export { documentLineage, costReport } from './audit-queries';
export type { DocumentLineage, LineageStep, CostRow, NamespaceOption } from './audit-queries';
export { auditNamespaces, deleteAuditNamespaces, DISPOSABLE_NAMESPACE_PREFIX } from './audit-namespaces';
export type { NamespaceSummary } from './audit-namespaces';
export { canonicalJson } from './canonical-json';
export { chainHash, GENESIS_HASH } from './chain-hash';
