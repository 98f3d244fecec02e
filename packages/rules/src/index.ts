export { loadRuleBook, defaultRulesDir } from './load-rule-book';
export { RuleBook, fallbackKind } from './rule-book';
export type { RuleSource } from './rule-book';
export { evaluateRules, decide } from './evaluate-rules';
export type { CompiledRule } from './evaluate-rules';
export { applyReviewCorrections } from './apply-review';
export type { ReviewDecision } from './apply-review';
export { ruleRegistry } from './rule-registry';
export type { RuleRegistry } from './rule-registry';
export { defineRuleType } from './rule-type';
export type { RuleType, RuleCheck } from './rule-type';
export { ruleSchema, ruleOverrideSchema } from './rule-book-schema';
export type { RuleConfig, RuleOverride } from './rule-book-schema';
export { severities } from './validation-input';
export type {
  Decision,
  EntityMatch,
  ExtractedField,
  Severity,
  ValidationInput,
  ValidationOutcome,
  Violation,
} from './validation-input';
export { ibanChecksumValid } from './rules/iban-checksum';
