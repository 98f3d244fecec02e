import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { DocumentEnriched } from '@sluice/contracts';
import { defaultRulesDir, loadRuleBook } from '@sluice/rules';
import { policyState } from './policy-decision';

// A tenant that will not accept an invoice the ERP could not check: the enricher's degraded
// `erp.status=unavailable` fact, read by the existing vendor-status rule type.
const dir = mkdtempSync(join(tmpdir(), 'rules-'));
copyFileSync(join(defaultRulesDir, 'default.json'), join(dir, 'default.json'));
writeFileSync(
  join(dir, 'strict.json'),
  JSON.stringify({
    kinds: {
      invoice: [{ id: 'erp-unavailable', type: 'vendor-status', params: { fact: 'erp.status', values: ['unavailable'] }, severity: 'review', message: 'the ERP could not be asked' }],
    },
  }),
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
    fields: Object.entries(fields).map(([name, value]) => ({ name, value, confidence: 0.9 })),
    matches: [{ entityType: 'vendor', refId: 'V-1001', name: 'Acme Industrietechnik GmbH', score: 0.95 }],
    duplicateOf: null,
    duplicateScore: null,
    facts: { 'erp.status': 'unavailable' },
  };
}

describe('rules per tenant (RULES_DIR)', () => {
  const book = loadRuleBook(dir);

  it('sends a degraded invoice to review for a tenant whose rules ask for it, and accepts it for the rest', () => {
    const strict = policyState(invoice('strict'), 'k', book, 1);
    expect(strict.status).toBe('PENDING_REVIEW');
    expect(strict.payload.reviewRequest?.reasons.map((reason) => reason.rule)).toEqual(['erp-unavailable']);
    expect(policyState(invoice('demo'), 'k', book, 1)).toMatchObject({ status: 'DECIDED', decision: 'ACCEPTED' });
  });
});
