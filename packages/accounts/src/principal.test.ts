import { describe, expect, it } from 'vitest';
import { canDecide, canRead, readableTenants, type Principal } from './principal';

const reviewer: Principal = { username: 'ana', role: 'reviewer', tenants: ['acme'] };
const auditor: Principal = { username: 'olu', role: 'auditor', tenants: [] };

describe('principal', () => {
  it('lets a reviewer read and decide only granted tenants', () => {
    expect(canRead(reviewer, 'acme')).toBe(true);
    expect(canDecide(reviewer, 'acme')).toBe(true);
    expect(canRead(reviewer, 'globex')).toBe(false);
    expect(canDecide(reviewer, 'globex')).toBe(false);
    expect(readableTenants(reviewer)).toEqual(['acme']);
  });

  it('lets an auditor read every tenant and decide none', () => {
    expect(canRead(auditor, 'globex')).toBe(true);
    expect(canDecide(auditor, 'globex')).toBe(false);
    expect(readableTenants(auditor)).toBeNull();
  });
});
