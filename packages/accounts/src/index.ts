export { AccountStore } from './account-store';
export type { NewAccount, Queryable } from './account-store';
export { hashPassword, verifyPassword, defaultScryptParams } from './password-hash';
export { canDecide, canRead, readableTenants, roles } from './principal';
export type { Principal, Role } from './principal';
export { SessionStore } from './session-store';
export type { Session } from './session-store';
export { sessionAuth, principalOf, SESSION_COOKIE, CSRF_HEADER } from './session-middleware';
export type { SessionAuth, SessionAuthOptions } from './session-middleware';
