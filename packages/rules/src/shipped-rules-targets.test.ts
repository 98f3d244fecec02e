import { describe, expect, it } from 'vitest';
import { targetsFor } from '@sluice/models';
import { loadRuleBook } from './load-rule-book';
import { validationInput } from './validation-input-builder';

/**
 * The shipped rules and the extraction targets must agree on what is required: a field the
 * extractor calls required but no rule requires would pass unnoticed when the model misses it.
 */
describe('config/rules/default.json against the extraction targets', () => {
  const book = loadRuleBook();

  for (const kind of ['invoice', 'email', 'ticket'] as const) {
    it(`${kind}: required-fields names exactly the required targets`, () => {
      const required = targetsFor(kind)
        .filter((target) => target.required)
        .map((target) => target.name)
        .sort();
      const rule = book.rulesFor('demo', kind).find((r) => r.type === 'required-fields');
      expect(rule).toBeDefined();
      // Ask the rule itself: with no fields at all, it names each field it requires.
      const missing = rule!
        .check(validationInput({}, { kind }))
        .map((finding) => (typeof finding === 'string' ? finding : finding.detail).replace(/ is missing$/, ''))
        .sort();
      expect(missing).toEqual(required);
    });
  }
});
