import type { EntityMatch, ValidationInput } from './validation-input';

/**
 * A ValidationInput from a plain field map (confidence 1 unless given): the rules' tests build
 * their inputs with it (not exported by the package).
 */
export function validationInput(
  fields: Record<string, string>,
  extra: Partial<Omit<ValidationInput, 'fields'>> & { confidence?: Record<string, number> } = {},
): ValidationInput {
  const { confidence = {}, ...rest } = extra;
  return {
    kind: 'invoice',
    tenant: 'demo',
    matches: [] as EntityMatch[],
    duplicateOf: null,
    duplicateScore: null,
    facts: {},
    ...rest,
    fields: Object.entries(fields).map(([name, value]) => ({
      name,
      value,
      confidence: confidence[name] ?? 1,
    })),
  };
}
