export { auditEvent, AUDIT_TOPIC } from './audit-events';
export type { AuditEventInput } from './audit-events';
export { claimDocuments, documentClaimsTable } from './document-claims';
export type { Claim, ClaimStore } from './document-claims';
export { normaliseKind } from './document-kind';
