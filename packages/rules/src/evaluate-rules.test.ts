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

describe('unsure readings', () => {
  const totals: CompiledRule = {
    id: 'totals-add-up',
    type: 'test',
    severity: 'reject',
    message: 'the amounts do not add up',
    unsure: { below: 0.9, severity: 'review' },
    check: () => [{ detail: 'net + tax ≠ total', fields: ['netAmount', 'taxAmount', 'totalAmount'] }],
  };

  it('a finding resting on a field read below the threshold goes to review, naming the field', () => {
    const outcome = evaluateRules([totals], validationInput({ netAmount: '40.00', taxAmount: '1.10', totalAmount: '3.00' }, { confidence: { totalAmount: 0.8 } }));
    expect(outcome.decision).toBe('REVIEW');
    expect(outcome.violations[0]!.message).toContain('totalAmount 0.80');
  });

  it('a confident reading that does not add up stays a policy rejection', () => {
    const outcome = evaluateRules([totals], validationInput({ netAmount: '40.00', taxAmount: '1.10', totalAmount: '3.00' }, { confidence: { totalAmount: 0.97, netAmount: 0.97, taxAmount: 0.97 } }));
    expect(outcome.decision).toBe('REJECTED');
    const { unsure: _unsure, ...plain } = totals;
    expect(evaluateRules([plain], validationInput({ totalAmount: '3.00' }, { confidence: { totalAmount: 0.5 } })).decision).toBe('REJECTED');
  });
});
