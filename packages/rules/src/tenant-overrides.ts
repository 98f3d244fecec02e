import type { RuleConfig, RuleOverride } from './rule-book-schema';
import type { LocatedRule } from './rule-file-parsing';

/**
 * A tenant's overrides applied to the default rules of one kind: an id the default has is merged
 * over it (`params` key by key) or dropped with `enabled: false`; a new id is appended as given and
 * must turn out a complete rule when compiled. Order of the default rules is kept.
 */
export function applyOverrides(
  base: readonly LocatedRule<RuleConfig>[],
  overrides: readonly LocatedRule<RuleOverride>[],
): LocatedRule<unknown>[] {
  const merged: (LocatedRule<unknown> & { id: string })[] = base.map((entry) => ({
    ...entry,
    id: entry.rule.id,
  }));
  for (const { rule: override, file, path } of overrides) {
    const at = merged.findIndex((entry) => entry.id === override.id);
    const { enabled, ...fields } = override;
    if (at < 0) {
      merged.push({ rule: fields, file, path, id: override.id });
      continue;
    }
    if (enabled === false) {
      merged.splice(at, 1);
      continue;
    }
    const current = merged[at]!.rule as RuleConfig;
    merged[at] = {
      rule: { ...current, ...fields, params: { ...current.params, ...fields.params } },
      file,
      path,
      id: override.id,
    };
  }
  return merged;
}
