import type { Finding, RuleCheck } from './rule-type';
import type { Decision, Severity, ValidationInput, ValidationOutcome, Violation } from './validation-input';

/** A configured rule with its params bound, ready to run. */
export interface CompiledRule {
  id: string;
  type: string;
  severity: Severity;
  message: string;
  /** Findings resting on a field read below this confidence get this severity instead. */
  unsure?: { below: number; severity: Severity };
  check: RuleCheck;
}

/** Any reject → REJECTED; else any review → REVIEW; else ACCEPTED. `info` never changes the outcome. */
export function decide(violations: readonly Violation[]): Decision {
  if (violations.some((v) => v.severity === 'reject')) return 'REJECTED';
  if (violations.some((v) => v.severity === 'review')) return 'REVIEW';
  return 'ACCEPTED';
}

function violationOf(rule: CompiledRule, finding: Finding, input: ValidationInput): Violation {
  if (typeof finding === 'string') return { rule: rule.id, severity: rule.severity, message: `${rule.message}: ${finding}` };
  const message = `${rule.message}: ${finding.detail}`;
  if (!rule.unsure) return { rule: rule.id, severity: rule.severity, message };
  const { below, severity } = rule.unsure;
  const unsure = finding.fields
    .map((name) => input.fields.find((field) => field.name === name))
    .filter((field) => field !== undefined && field.confidence < below);
  if (unsure.length === 0) return { rule: rule.id, severity: rule.severity, message };
  const read = unsure.map((field) => `${field!.name} ${field!.confidence.toFixed(2)}`).join(', ');
  return { rule: rule.id, severity, message: `${message} (read with low confidence: ${read}; a person should check the reading)` };
}

export function evaluateRules(rules: readonly CompiledRule[], input: ValidationInput): ValidationOutcome {
  const violations = rules.flatMap((rule) => rule.check(input).map((finding) => violationOf(rule, finding, input)));
  return { decision: decide(violations), violations };
}
