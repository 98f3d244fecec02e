/** What a signed-in person may do. */
export type Role = 'reviewer' | 'auditor';

export const roles: readonly Role[] = ['reviewer', 'auditor'];

export interface Principal {
  username: string;
  role: Role;
  /** Tenants granted to a reviewer; auditors read every tenant regardless. */
  tenants: readonly string[];
}

/** Reviewers read the tenants granted to them; auditors read every tenant. */
export function canRead(principal: Principal, tenant: string): boolean {
  return principal.role === 'auditor' || principal.tenants.includes(tenant);
}

/** Only reviewers decide, and only for their tenants. Auditors decide nothing. */
export function canDecide(principal: Principal, tenant: string): boolean {
  return principal.role === 'reviewer' && principal.tenants.includes(tenant);
}

/** The tenants a listing may show: `null` means every tenant (auditors). */
export function readableTenants(principal: Principal): readonly string[] | null {
  return principal.role === 'auditor' ? null : principal.tenants;
}
