import { SluiceError } from '@sluice/errors';
import { evaluateRules, type CompiledRule } from './evaluate-rules';
import { ruleOverrideSchema, ruleSchema } from './rule-book-schema';
import { issueLines, parseRuleFile, pathText, type LocatedRule, type RuleSource } from './rule-file-parsing';
import { ruleRegistry, type RuleRegistry } from './rule-registry';
import { applyOverrides } from './tenant-overrides';
import type { ValidationInput, ValidationOutcome } from './validation-input';

export type { RuleSource } from './rule-file-parsing';

/** Kinds without rules of their own use the rules of this kind, when the default file has it. */
export const fallbackKind = 'other';

type RulesByKind = ReadonlyMap<string, readonly CompiledRule[]>;

/**
 * Every tenant's rules per kind, checked and compiled once at start: a bad file, unknown rule type or
 * bad params stops the process with one message listing every problem with its file and key.
 */
export class RuleBook {
  private constructor(
    private readonly byTenant: ReadonlyMap<string, RulesByKind>,
    private readonly defaults: RulesByKind,
  ) {}

  static build(
    defaults: RuleSource,
    tenants: ReadonlyMap<string, RuleSource>,
    registry: RuleRegistry = ruleRegistry,
  ): RuleBook {
    const problems: string[] = [];
    const compileAll = (rules: readonly LocatedRule<unknown>[]): CompiledRule[] =>
      rules.flatMap((located) => {
        const result = compileRule(located, registry);
        if (Array.isArray(result)) {
          problems.push(...result);
          return [];
        }
        return [result];
      });

    const defaultRules = parseRuleFile(defaults, ruleSchema, problems);
    const defaultKinds = new Map(
      [...defaultRules].map(([kind, rules]) => [kind, compileAll(rules)] as const),
    );

    const byTenant = new Map<string, RulesByKind>();
    for (const [tenant, source] of tenants) {
      const kinds = new Map<string, readonly CompiledRule[]>(defaultKinds);
      for (const [kind, overrides] of parseRuleFile(source, ruleOverrideSchema, problems)) {
        kinds.set(kind, compileAll(applyOverrides(defaultRules.get(kind) ?? [], overrides)));
      }
      byTenant.set(tenant, kinds);
    }
    if (problems.length > 0) throw configError(problems);
    return new RuleBook(byTenant, defaultKinds);
  }

  /** Tenants with their own file; everyone else gets the default rules. */
  get tenants(): string[] {
    return [...this.byTenant.keys()];
  }

  rulesFor(tenant: string, kind: string): readonly CompiledRule[] {
    const kinds = this.byTenant.get(tenant) ?? this.defaults;
    return kinds.get(kind) ?? kinds.get(fallbackKind) ?? [];
  }

  evaluate(input: ValidationInput): ValidationOutcome {
    return evaluateRules(this.rulesFor(input.tenant, input.kind), input);
  }
}

/** The rule bound to its validated params, or the problems found, each naming file and key. */
function compileRule(
  { rule: raw, file, path }: LocatedRule<unknown>,
  registry: RuleRegistry,
): CompiledRule | string[] {
  const parsed = ruleSchema.safeParse(raw);
  if (!parsed.success) return issueLines(file, path, parsed.error);
  const rule = parsed.data;
  const ruleType = registry.get(rule.type);
  if (ruleType === undefined) {
    const known = [...registry.keys()].join(', ');
    return [`${file}: ${pathText([...path, 'type'])}: unknown rule type "${rule.type}" (known: ${known})`];
  }
  const params = ruleType.params.safeParse(rule.params);
  if (!params.success) return issueLines(file, [...path, 'params'], params.error);
  return {
    id: rule.id,
    type: rule.type,
    severity: rule.severity,
    message: rule.message,
    ...(rule.unsure ? { unsure: rule.unsure } : {}),
    check: ruleType.bind(params.data),
  };
}

function configError(problems: readonly string[]): SluiceError {
  const lines = problems.map((line) => `  ${line}`).join('\n');
  return new SluiceError('CONFIG', `invalid rules:\n${lines}`, { details: { problems } });
}
