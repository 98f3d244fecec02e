export { auditorService } from './auditor-service';
export type { AuditorDeps } from './auditor-service';
export { auditedTopics, toAuditEntry } from './audit-entry-mapping';
export { auditApi } from './audit-api';
export type { AuditApiDeps } from './audit-api';
export { loadAuditorConfig, auditorEnvSchema } from './auditor-config';
export type { AuditorConfig } from './auditor-config';
