export { auditorService } from './auditor-service';
export type { AuditorDeps } from './auditor-service';
export { auditedTopics, toAuditEntry } from './audit-entry-mapping';
