import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { DocumentEnriched } from '@sluice/contracts';
import { defaultRulesDir, loadRuleBook } from '@sluice/rules';
import { policyState } from './policy-decision';

// An invoice the ERP could not check (the enricher's degraded `erp.status=unavailable` fact) goes to
// review by default (rule `vendor-unchecked`); a tenant that accepts that risk switches the rule off.
const dir = mkdtempSync(join(tmpdir(), 'rules-'));
copyFileSync(join(defaultRulesDir, 'default.json'), join(dir, 'default.json'));
writeFileSync(
  join(dir, 'lenient.json'),
  JSON.stringify({ kinds: { invoice: [{ id: 'vendor-unchecked', enabled: false }] } }),
);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function invoice(tenant: string): DocumentEnriched {
  const fields = { invoiceNumber: 'R-1', issueDate: '2025-03-01', currency: 'EUR', netAmount: '100.00', taxAmount: '19.00', totalAmount: '119.00', vendorName: 'Acme Industrietechnik GmbH' };
  return {
    documentId: `d-${tenant}`,
    tenant,
    kind: 'invoice',
    receivedAt: 1,
    enrichedAt: 2,
    fields: Object.entries(fields).map(([name, value]) => ({ name, value, confidence: 0.9, span: null })),
    matches: [{ entityType: 'vendor', refId: 'V-1001', name: 'Acme Industrietechnik GmbH', score: 0.95 }],
    duplicateOf: null,
    duplicateScore: null,
    facts: { 'erp.status': 'unavailable' },
  };
}

describe('rules per tenant (RULES_DIR)', () => {
  const book = loadRuleBook(dir);

  it('sends a degraded invoice to review by default, and accepts it for a tenant that switched the rule off', () => {
    const byDefault = policyState(invoice('demo'), 'k', book, 1);
    expect(byDefault.status).toBe('PENDING_REVIEW');
    expect(byDefault.payload.reviewRequest?.reasons.map((reason) => reason.rule)).toEqual(['vendor-unchecked']);
    expect(policyState(invoice('lenient'), 'k', book, 1)).toMatchObject({ status: 'DECIDED', decision: 'ACCEPTED' });
  });
});
