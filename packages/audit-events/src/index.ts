export { auditEvent, AUDIT_TOPIC, withoutModelCall } from './audit-events';
export type { AuditEventInput } from './audit-events';
