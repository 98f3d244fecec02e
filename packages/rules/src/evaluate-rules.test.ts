import { describe, expect, it } from 'vitest';
import { decide, evaluateRules, type CompiledRule } from './evaluate-rules';
import { validationInput } from './validation-input-builder';

const rule = (id: string, severity: CompiledRule['severity'], findings: string[]): CompiledRule => ({
  id,
  type: 'test',
  severity,
  message: `${id} says`,
  check: () => findings,
});

describe('decide', () => {
  it('any reject → REJECTED, else any review → REVIEW, else ACCEPTED; info never counts', () => {
    expect(
      decide([
        { rule: 'a', severity: 'review', message: '' },
        { rule: 'b', severity: 'reject', message: '' },
      ]),
    ).toBe('REJECTED');
    expect(
      decide([
        { rule: 'a', severity: 'review', message: '' },
        { rule: 'b', severity: 'info', message: '' },
      ]),
    ).toBe('REVIEW');
    expect(decide([{ rule: 'b', severity: 'info', message: '' }])).toBe('ACCEPTED');
    expect(decide([])).toBe('ACCEPTED');
  });
});

describe('evaluateRules', () => {
  it('turns each finding into a violation carrying rule id, severity and message', () => {
    const outcome = evaluateRules(
      [rule('a', 'review', ['one', 'two']), rule('b', 'reject', [])],
      validationInput({}),
    );
    expect(outcome).toEqual({
      decision: 'REVIEW',
      violations: [
        { rule: 'a', severity: 'review', message: 'a says: one' },
        { rule: 'a', severity: 'review', message: 'a says: two' },
      ],
    });
  });
});
