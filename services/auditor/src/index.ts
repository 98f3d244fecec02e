export { auditorService } from './auditor-service';
export type { AuditorDeps } from './auditor-service';
export { auditedTopics, toAuditEntry } from './audit-entry-mapping';
export { auditApi } from './audit-api';
export type { AuditApiDeps } from './audit-api';
