import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fourEyesTriggers, loadReviewPolicies } from './review-policy';

function policyDir(files: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'review-policy-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), typeof content === 'string' ? content : JSON.stringify(content));
  return dir;
}

describe('review policy', () => {
  it('reads the shipped default: an SLA and four-eyes rules for large totals and changed IBANs', () => {
    const policy = loadReviewPolicies().forTenant('anyone');
    expect(policy.slaMinutes).toBeGreaterThan(0);
    const big = fourEyesTriggers(policy, { fields: [{ name: 'totalAmount', value: '25000.00' }], corrected: [], reasons: [] });
    expect(big).toHaveLength(1);
    const iban = fourEyesTriggers(policy, { fields: [{ name: 'totalAmount', value: '12.00' }], corrected: ['iban'], reasons: [] });
    expect(iban).toHaveLength(1);
    expect(fourEyesTriggers(policy, { fields: [{ name: 'totalAmount', value: '12.00' }], corrected: ['vendorName'], reasons: [] })).toEqual([]);
  });

  it('lets a tenant file override what it names and keeps the default for the rest', () => {
    const dir = policyDir({
      'default.json': { slaMinutes: 60, fourEyes: [{ when: 'field-above', field: 'totalAmount', limit: 100 }] },
      'acme.json': { fourEyes: [{ when: 'reason', rule: 'duplicate', label: 'possible duplicate' }] },
    });
    const book = loadReviewPolicies(dir);
    expect(book.forTenant('acme').slaMinutes).toBe(60);
    expect(fourEyesTriggers(book.forTenant('acme'), { fields: [{ name: 'totalAmount', value: '500' }], corrected: [], reasons: ['duplicate'] })).toEqual(['possible duplicate']);
    expect(fourEyesTriggers(book.forTenant('other'), { fields: [{ name: 'totalAmount', value: '500' }], corrected: [], reasons: [] })).toEqual(['totalAmount above 100']);
  });

  it('names the file and the problem of a broken policy', () => {
    const dir = policyDir({ 'default.json': { slaMinutes: -1, fourEyes: [{ when: 'sometimes' }] } });
    expect(() => loadReviewPolicies(dir)).toThrow(/default\.json:[\s\S]*slaMinutes/);
    expect(() => loadReviewPolicies(policyDir({ 'default.json': '{' }))).toThrow(/not JSON/);
  });
});
