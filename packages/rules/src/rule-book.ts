import type { z } from 'zod';
import { SluiceError } from '@sluice/errors';
import { evaluateRules, type CompiledRule } from './evaluate-rules';
import {
  ruleFileSchema,
  ruleOverrideSchema,
  ruleSchema,
  type RuleConfig,
  type RuleOverride,
} from './rule-book-schema';
import { ruleRegistry, type RuleRegistry } from './rule-registry';
import type { ValidationInput, ValidationOutcome } from './validation-input';

/** A rules file as read: where it came from (for messages) and its parsed JSON. */
export interface RuleSource {
  file: string;
  content: unknown;
}

/** Kinds without rules of their own use the rules of this kind, when the default file has it. */
export const fallbackKind = 'other';

function pathText(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (text, key) =>
      typeof key === 'number' ? `${text}[${key}]` : text === '' ? String(key) : `${text}.${String(key)}`,
    '',
  );
}

function issueLines(file: string, prefix: readonly PropertyKey[], error: z.ZodError): string[] {
  return error.issues.map(
    (issue) => `${file}: ${pathText([...prefix, ...issue.path]) || '(file)'}: ${issue.message}`,
  );
}

function mergeOverride(base: RuleConfig | undefined, override: RuleOverride): unknown {
  const { enabled: _enabled, ...rest } = override;
  if (base === undefined) return rest;
  return { ...base, ...rest, params: { ...base.params, ...rest.params } };
}

/**
 * Every tenant's rules per kind, checked and compiled once at start: a bad file, unknown rule type or
 * bad params stops the process with one message listing every problem with its file and key.
 */
export class RuleBook {
  private constructor(
    private readonly byTenant: ReadonlyMap<string, ReadonlyMap<string, readonly CompiledRule[]>>,
    private readonly defaults: ReadonlyMap<string, readonly CompiledRule[]>,
  ) {}

  static build(
    defaults: RuleSource,
    tenants: ReadonlyMap<string, RuleSource>,
    registry: RuleRegistry = ruleRegistry,
  ): RuleBook {
    const problems: string[] = [];
    const compile = (file: string, path: PropertyKey[], raw: unknown): CompiledRule | undefined => {
      const result = compileRule(file, path, raw, registry);
      if (!Array.isArray(result)) return result;
      problems.push(...result);
      return undefined;
    };

    const parseRules = <T extends { id: string }>(
      source: RuleSource,
      schema: z.ZodType<T>,
    ): Map<string, { rule: T; index: number }[]> | undefined => {
      const file = ruleFileSchema.safeParse(source.content);
      if (!file.success) return void problems.push(...issueLines(source.file, [], file.error));
      const kinds = new Map<string, { rule: T; index: number }[]>();
      for (const [kind, raws] of Object.entries(file.data.kinds)) {
        const rules: { rule: T; index: number }[] = [];
        raws.forEach((raw, index) => {
          const parsed = schema.safeParse(raw);
          if (!parsed.success)
            problems.push(...issueLines(source.file, ['kinds', kind, index], parsed.error));
          else if (rules.some((seen) => seen.rule.id === parsed.data.id))
            problems.push(`${source.file}: kinds.${kind}[${index}].id: "${parsed.data.id}" appears twice`);
          else rules.push({ rule: parsed.data, index });
        });
        kinds.set(kind, rules);
      }
      return kinds;
    };

    const defaultRules =
      parseRules(defaults, ruleSchema) ?? new Map<string, { rule: RuleConfig; index: number }[]>();
    const defaultKinds = new Map<string, readonly CompiledRule[]>();
    for (const [kind, rules] of defaultRules) {
      defaultKinds.set(
        kind,
        rules
          .map(({ rule, index }) => compile(defaults.file, ['kinds', kind, index], rule))
          .filter((r) => r !== undefined),
      );
    }

    const byTenant = new Map<string, ReadonlyMap<string, readonly CompiledRule[]>>();
    for (const [tenant, source] of tenants) {
      const tenantRules = parseRules(source, ruleOverrideSchema);
      if (tenantRules === undefined) continue;
      const kinds = new Map(defaultKinds);
      for (const [kind, overrides] of tenantRules) {
        const merged: { rule: unknown; id: string; path: PropertyKey[]; file: string }[] = (
          defaultRules.get(kind) ?? []
        ).map(({ rule, index }) => ({
          rule,
          id: rule.id,
          path: ['kinds', kind, index],
          file: defaults.file,
        }));
        for (const { rule: override, index } of overrides) {
          const at = merged.findIndex((entry) => entry.id === override.id);
          const base = at >= 0 ? (merged[at]!.rule as RuleConfig) : undefined;
          const entry = {
            rule: mergeOverride(base, override),
            id: override.id,
            path: ['kinds', kind, index],
            file: source.file,
          };
          if (at < 0) merged.push(entry);
          else if (override.enabled === false) merged.splice(at, 1);
          else merged[at] = entry;
        }
        kinds.set(
          kind,
          merged.map((entry) => compile(entry.file, entry.path, entry.rule)).filter((r) => r !== undefined),
        );
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
  file: string,
  path: PropertyKey[],
  raw: unknown,
  registry: RuleRegistry,
): CompiledRule | string[] {
  const parsed = ruleSchema.safeParse(raw);
  if (!parsed.success) return issueLines(file, path, parsed.error);
  const rule = parsed.data;
  const ruleType = registry.get(rule.type);
  if (ruleType === undefined) {
    return [
      `${file}: ${pathText([...path, 'type'])}: unknown rule type "${rule.type}" (known: ${[...registry.keys()].join(', ')})`,
    ];
  }
  const params = ruleType.params.safeParse(rule.params);
  if (!params.success) return issueLines(file, [...path, 'params'], params.error);
  return {
    id: rule.id,
    type: rule.type,
    severity: rule.severity,
    message: rule.message,
    check: ruleType.bind(params.data),
  };
}

function configError(problems: readonly string[]): SluiceError {
  return new SluiceError('CONFIG', `invalid rules:\n${problems.map((line) => `  ${line}`).join('\n')}`, {
    details: { problems },
  });
}
