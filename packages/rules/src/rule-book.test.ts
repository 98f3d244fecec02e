import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SluiceError } from '@sluice/errors';
import { loadRuleBook } from './load-rule-book';
import { RuleBook } from './rule-book';
import { validationInput } from './validation-input-builder';

const defaults = {
  file: 'default.json',
  content: {
    kinds: {
      invoice: [
        {
          id: 'required',
          type: 'required-fields',
          params: { fields: ['invoiceNumber'] },
          severity: 'review',
          message: 'missing',
        },
        {
          id: 'limit',
          type: 'amount-limit',
          params: { max: 1000, field: 'totalAmount' },
          severity: 'review',
          message: 'approval',
        },
        { id: 'iban', type: 'iban-checksum', severity: 'reject', message: 'bad iban' },
      ],
      other: [
        {
          id: 'required',
          type: 'required-fields',
          params: { fields: ['anything'] },
          severity: 'info',
          message: 'n/a',
        },
      ],
    },
  },
};

function problemsOf(build: () => unknown): string {
  try {
    build();
  } catch (error) {
    expect(error).toBeInstanceOf(SluiceError);
    expect((error as SluiceError).code).toBe('CONFIG');
    return (error as SluiceError).message;
  }
  throw new Error('expected a CONFIG error');
}

describe('RuleBook', () => {
  it('gives a tenant without its own file the default rules', () => {
    const book = RuleBook.build(defaults, new Map());
    expect(book.rulesFor('anyone', 'invoice').map((r) => r.id)).toEqual(['required', 'limit', 'iban']);
  });

  it('uses the rules of `other` for kinds without rules of their own', () => {
    const book = RuleBook.build(defaults, new Map());
    expect(book.rulesFor('anyone', 'fax').map((r) => r.severity)).toEqual(['info']);
  });

  it('merges a tenant override: params key by key, disabled rules dropped, new rules appended', () => {
    const acme = {
      file: 'acme.json',
      content: {
        kinds: {
          invoice: [
            { id: 'limit', params: { max: 10 } },
            { id: 'iban', enabled: false },
            {
              id: 'po',
              type: 'required-fields',
              params: { fields: ['orderNumber'] },
              severity: 'reject',
              message: 'no PO',
            },
          ],
        },
      },
    };
    const book = RuleBook.build(defaults, new Map([['acme', acme]]));
    expect(book.rulesFor('acme', 'invoice').map((r) => r.id)).toEqual(['required', 'limit', 'po']);
    const input = validationInput(
      { invoiceNumber: 'A', totalAmount: '50.00', iban: 'bad' },
      { tenant: 'acme' },
    );
    expect(book.evaluate(input)).toEqual({
      decision: 'REJECTED',
      violations: [
        { rule: 'limit', severity: 'review', message: 'approval: totalAmount 50.00 is above 10.00' },
        { rule: 'po', severity: 'reject', message: 'no PO: orderNumber is missing' },
      ],
    });
    // Another tenant is untouched by acme's file.
    expect(book.evaluate({ ...input, tenant: 'demo' }).violations.map((v) => v.rule)).toEqual(['iban']);
  });

  it('reports every problem at once, each with its file and key', () => {
    const bad = {
      file: 'default.json',
      content: {
        kinds: {
          invoice: [
            {
              id: 'a',
              type: 'totals-add-up',
              params: { tolerance: 'wide' },
              severity: 'reject',
              message: 'x',
            },
            { id: 'b', type: 'no-such-rule', severity: 'reject', message: 'x' },
            { id: 'c', type: 'duplicate', params: { threshold: 0.9 }, severity: 'fatal', message: 'x' },
          ],
        },
      },
    };
    const tenant = {
      file: 'acme.json',
      content: { kinds: { invoice: [{ id: 'new-rule', params: { max: 1 } }] } },
    };
    const message = problemsOf(() => RuleBook.build(bad, new Map([['acme', tenant]])));
    expect(message).toContain('default.json: kinds.invoice[0].params.tolerance:');
    expect(message).toContain('default.json: kinds.invoice[1].type: unknown rule type "no-such-rule"');
    expect(message).toContain('default.json: kinds.invoice[2].severity:');
    // A new id in a tenant file must be a complete rule.
    expect(message).toContain('acme.json: kinds.invoice[0].type:');
  });

  it('refuses unknown keys and repeated ids', () => {
    const message = problemsOf(() =>
      RuleBook.build(
        {
          file: 'd.json',
          content: {
            kinds: {
              invoice: [
                defaults.content.kinds.invoice[0],
                { ...defaults.content.kinds.invoice[0], sevrity: 'x' },
                defaults.content.kinds.invoice[0],
              ],
            },
          },
        },
        new Map(),
      ),
    );
    expect(message).toContain('d.json: kinds.invoice[1]: Unrecognized key: "sevrity"');
    expect(message).toContain('d.json: kinds.invoice[2].id: "required" appears twice');
  });
});

describe('loadRuleBook', () => {
  it('loads the shipped config/rules with its example tenant', () => {
    const book = loadRuleBook();
    expect(book.tenants).toContain('acme');
    expect(book.rulesFor('acme', 'invoice').some((r) => r.id === 'order-number-required')).toBe(true);
    expect(book.rulesFor('demo', 'invoice').some((r) => r.id === 'order-number-required')).toBe(false);
  });

  it('names the file that is not JSON', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rules-'));
    writeFileSync(join(dir, 'default.json'), JSON.stringify(defaults.content));
    writeFileSync(join(dir, 'broken.json'), '{ "kinds": ');
    expect(problemsOf(() => loadRuleBook(dir))).toMatch(/broken\.json: not valid JSON/);
  });
});
