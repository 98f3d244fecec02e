import { describe, expect, it } from 'vitest';
import { loadRuleBook } from './load-rule-book';
import { validationInput } from './validation-input-builder';

/** Issue 12, inputs 1, 3, 5 and 6, through the shipped rule book (the enricher sets the facts: document-facts.ts). */
describe('shipped rules for documents that are not what they claim', () => {
  const book = loadRuleBook();

  for (const kind of ['invoice', 'email', 'ticket', 'other'] as const) {
    it(`${kind}: an empty or blank document is REJECTED with the empty-document violation, never ACCEPTED`, () => {
      const outcome = book.evaluate(validationInput({}, { kind, tenant: 'demo', facts: { 'document.text': 'empty' } }));
      expect(outcome.decision).toBe('REJECTED');
      expect(outcome.violations).toContainEqual(expect.objectContaining({ rule: 'empty-document', severity: 'reject' }));
    });
  }

  it('an implausible receivedAt sends an otherwise clean ticket to review, naming receivedAt', () => {
    const clean = book.evaluate(validationInput({ category: 'billing', priority: 'low', intent: 'question' }, { kind: 'other', tenant: 'demo' }));
    expect(clean.decision).toBe('ACCEPTED');
    const flagged = book.evaluate(validationInput({}, { kind: 'other', tenant: 'demo', facts: { 'document.receivedAt': 'implausible' } }));
    expect(flagged.decision).toBe('REVIEW');
    expect(flagged.violations).toContainEqual(expect.objectContaining({ rule: 'received-at-implausible', message: expect.stringContaining('receivedAt') as unknown }));
  });

  it('an invoice whose line items the extractor capped goes to review with line-items-capped (input 5)', () => {
    const flagged = book.evaluate(validationInput({}, { kind: 'invoice', tenant: 'demo', facts: { 'extraction.lineItems': 'capped' } }));
    expect(flagged.decision).not.toBe('ACCEPTED');
    expect(flagged.violations).toContainEqual(expect.objectContaining({ rule: 'line-items-capped', severity: 'review' }));
  });

  for (const kind of ['invoice', 'email', 'ticket', 'other'] as const) {
    it(`${kind}: a text the extractor read only the head of goes to review with text-capped (input 1)`, () => {
      const flagged = book.evaluate(validationInput({}, { kind, tenant: 'demo', facts: { 'extraction.text': 'capped' } }));
      expect(flagged.decision).not.toBe('ACCEPTED');
      expect(flagged.violations).toContainEqual(expect.objectContaining({ rule: 'text-capped', severity: 'review' }));
    });
  }

  for (const [fact, value, rule] of [
    ['document.controlCharacters', 'present', 'control-characters'],
    ['document.script', 'unknown', 'unknown-script'],
    ['document.instructions', 'present', 'addresses-the-model'],
  ] as const) {
    it(`a ticket with ${fact}=${value} goes to review with ${rule} (bad-input corpus)`, () => {
      const flagged = book.evaluate(validationInput({ category: 'billing', priority: 'low' }, { kind: 'ticket', tenant: 'demo', facts: { [fact]: value } }));
      expect(flagged.decision).toBe('REVIEW');
      expect(flagged.violations).toContainEqual(expect.objectContaining({ rule, severity: 'review' }));
    });
  }

  for (const kind of ['invoice', 'email', 'ticket', 'other'] as const) {
    for (const [rule, fact, value] of [
      ['unknown-tenant', 'tenant.reference', 'none'],
      ['attributes-excessive', 'document.attributes', 'excessive'],
      ['active-content', 'document.activeContent', 'present'],
    ] as const) {
      it(`${kind}: ${fact}=${value} goes to review with ${rule} (bad-input corpus)`, () => {
        const flagged = book.evaluate(validationInput({}, { kind, tenant: 'demo', facts: { [fact]: value } }));
        expect(flagged.decision).not.toBe('ACCEPTED');
        expect(flagged.violations).toContainEqual(expect.objectContaining({ rule, severity: 'review' }));
      });
    }
  }

  it('a kind Sluice does not know (processed as other) goes to review with unknown-kind, naming the kinds it knows', () => {
    const flagged = book.evaluate(validationInput({}, { kind: 'other', tenant: 'demo', facts: { 'document.kind': 'unknown' } }));
    expect(flagged.decision).toBe('REVIEW');
    expect(flagged.violations).toContainEqual(
      expect.objectContaining({ rule: 'unknown-kind', severity: 'review', message: expect.stringContaining('invoice, email, ticket, other') as unknown }),
    );
    expect(book.evaluate(validationInput({}, { kind: 'other', tenant: 'demo', facts: {} })).decision).toBe('ACCEPTED');
  });
});
