import type { z } from 'zod';
import type { ValidationInput } from './validation-input';

/**
 * One problem a rule found: its text, and optionally the fields it rests on, so the rule book can
 * tell a confident reading that does not add up (a policy finding) from an unsure one (a reading
 * a person should check: see `unsure` in rule-book-schema.ts).
 */
export type Finding = string | { detail: string; fields: readonly string[] };

/** A rule type's verdict on one document: one finding per problem, empty when it passes. */
export type RuleCheck = (input: ValidationInput) => Finding[];

/**
 * One kind of check (`totals-add-up`, `iban-checksum`, …). Config names it by `type`, supplies
 * `params` (validated by `params` at load), and decides how bad a finding is (severity).
 */
export interface RuleType {
  readonly type: string;
  readonly summary: string;
  readonly params: z.ZodType;
  /** Binds already-validated params; the loader calls it once per configured rule. */
  bind(params: unknown): RuleCheck;
}

export interface RuleTypeSpec<S extends z.ZodType> {
  type: string;
  summary: string;
  params: S;
  check(input: ValidationInput, params: z.output<S>): Finding[];
}

export function defineRuleType<S extends z.ZodType>(spec: RuleTypeSpec<S>): RuleType {
  return {
    type: spec.type,
    summary: spec.summary,
    params: spec.params,
    bind: (params) => (input) => spec.check(input, params as z.output<S>),
  };
}
