export { auditEvent, AUDIT_TOPIC } from './audit-events';
export type { AuditEventInput } from './audit-events';
