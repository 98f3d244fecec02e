import type { z } from 'zod';
import type { ValidationInput } from './validation-input';

/** A rule type's verdict on one document: one line per problem found, empty when it passes. */
export type RuleCheck = (input: ValidationInput) => string[];

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
  check(input: ValidationInput, params: z.output<S>): string[];
}

export function defineRuleType<S extends z.ZodType>(spec: RuleTypeSpec<S>): RuleType {
  return {
    type: spec.type,
    summary: spec.summary,
    params: spec.params,
    bind: (params) => (input) => spec.check(input, params as z.output<S>),
  };
}
