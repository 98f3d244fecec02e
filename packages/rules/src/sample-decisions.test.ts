import { describe, expect, it } from 'vitest';
import { expectedSampleDecision, generateDocuments, type LabelledDocument } from '@sluice/samples';
import { loadRuleBook } from './load-rule-book';
import type { ValidationInput } from './validation-input';
import { validationInput } from './validation-input-builder';

/** What a perfect extractor and enricher would hand the validator for a generated document. */
function perfectInput({ document, truth }: LabelledDocument): ValidationInput {
  const vendorMatches = truth.expected.vendorId
    ? [
        {
          entityType: 'vendor',
          refId: truth.expected.vendorId,
          name: truth.fields.vendorName ?? '',
          score: 0.95,
        },
      ]
    : truth.expected.unknownVendor
      ? [{ entityType: 'vendor', refId: 'V-1001', name: 'nearest, but not it', score: 0.55 }]
      : [];
  return validationInput(truth.fields, {
    kind: document.kind,
    tenant: document.tenant,
    matches: vendorMatches,
    duplicateOf: truth.expected.duplicateOf ?? null,
    duplicateScore: truth.expected.duplicateOf ? 1 : null,
  });
}

describe('shipped default rules on generated documents (ground truth fields)', () => {
  const book = loadRuleBook();
  const documents = generateDocuments({ seed: 42, count: 600, split: 'dev' });
  const rows = documents.map((doc) => ({
    doc,
    outcome: book.evaluate(perfectInput(doc)),
    expected: expectedSampleDecision({ kind: doc.document.kind, ...doc.truth }),
  }));

  it('reaches the decision the ground truth implies on every document', () => {
    const disagreements = rows
      .filter((row) => row.outcome.decision !== row.expected)
      .map(
        (row) =>
          `${row.doc.document.id}: expected ${row.expected}, got ${row.outcome.decision} ${JSON.stringify(row.outcome.violations)}`,
      );
    expect(disagreements).toEqual([]);
  });

  it('covers every error case the generator makes, each caught by its own rule', () => {
    const violated = (row: (typeof rows)[number], rule: string) =>
      row.outcome.violations.some((v) => v.rule === rule);
    const cases: [string, (row: (typeof rows)[number]) => boolean, string][] = [
      ['bad IBAN', (row) => row.doc.truth.expected.badIban === true, 'iban-checksum'],
      ['broken totals', (row) => row.doc.truth.expected.totalsMismatch === true, 'totals-add-up'],
      ['missing field', (row) => row.doc.truth.expected.missing.length > 0, 'required-fields'],
      ['unknown vendor', (row) => row.doc.truth.expected.unknownVendor === true, 'vendor-match'],
      ['duplicate', (row) => row.doc.truth.expected.duplicateOf !== undefined, 'duplicate-exact'],
    ];
    for (const [name, isCase, rule] of cases) {
      const cased = rows.filter(isCase);
      expect(cased.length, `${name} documents in the sample`).toBeGreaterThan(0);
      expect(
        cased.filter((row) => !violated(row, rule)).map((row) => row.doc.document.id),
        `${name} not caught by ${rule}`,
      ).toEqual([]);
    }
    const decisions = new Set(rows.map((row) => row.outcome.decision));
    expect([...decisions].sort()).toEqual(['ACCEPTED', 'REJECTED', 'REVIEW']);
    expect(rows.some((row) => row.outcome.violations.some((v) => v.rule.startsWith('amount-limit-')))).toBe(
      true,
    );
  });

  it('accepts clean emails and tickets', () => {
    const clean = rows.filter((row) => row.doc.document.kind !== 'invoice');
    expect(clean.length).toBeGreaterThan(0);
    expect(clean.filter((row) => row.outcome.decision !== 'ACCEPTED')).toEqual([]);
  });
});
