import type { RuleCheck } from './rule-type';
import type { Decision, Severity, ValidationInput, ValidationOutcome, Violation } from './validation-input';

/** A configured rule with its params bound, ready to run. */
export interface CompiledRule {
  id: string;
  type: string;
  severity: Severity;
  message: string;
  check: RuleCheck;
}

/** Any reject → REJECTED; else any review → REVIEW; else ACCEPTED. `info` never changes the outcome. */
export function decide(violations: readonly Violation[]): Decision {
  if (violations.some((v) => v.severity === 'reject')) return 'REJECTED';
  if (violations.some((v) => v.severity === 'review')) return 'REVIEW';
  return 'ACCEPTED';
}

export function evaluateRules(rules: readonly CompiledRule[], input: ValidationInput): ValidationOutcome {
  const violations = rules.flatMap((rule) =>
    rule
      .check(input)
      .map((detail) => ({ rule: rule.id, severity: rule.severity, message: `${rule.message}: ${detail}` })),
  );
  return { decision: decide(violations), violations };
}
