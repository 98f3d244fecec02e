import type { z } from 'zod';
import { ruleFileSchema } from './rule-book-schema';

/** A rules file as read: where it came from (for messages) and its parsed JSON. */
export interface RuleSource {
  file: string;
  content: unknown;
}

/** A rule (or override) with the file and key it came from, so later problems can name them. */
export interface LocatedRule<T> {
  rule: T;
  file: string;
  path: PropertyKey[];
}

/** `['kinds', 'invoice', 2, 'params', 'max']` → `kinds.invoice[2].params.max`. */
export function pathText(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (text, key) =>
      typeof key === 'number' ? `${text}[${key}]` : text === '' ? String(key) : `${text}.${String(key)}`,
    '',
  );
}

export function issueLines(file: string, prefix: readonly PropertyKey[], error: z.ZodError): string[] {
  return error.issues.map(
    (issue) => `${file}: ${pathText([...prefix, ...issue.path]) || '(file)'}: ${issue.message}`,
  );
}

/**
 * The rules of a file per kind, each checked on its own against `schema` so one bad rule does not
 * hide the problems of the others; every problem is appended to `problems`.
 */
export function parseRuleFile<T extends { id: string }>(
  source: RuleSource,
  schema: z.ZodType<T>,
  problems: string[],
): Map<string, LocatedRule<T>[]> {
  const kinds = new Map<string, LocatedRule<T>[]>();
  const file = ruleFileSchema.safeParse(source.content);
  if (!file.success) {
    problems.push(...issueLines(source.file, [], file.error));
    return kinds;
  }
  for (const [kind, raws] of Object.entries(file.data.kinds)) {
    const rules: LocatedRule<T>[] = [];
    raws.forEach((raw, index) => {
      const path = ['kinds', kind, index];
      const parsed = schema.safeParse(raw);
      if (!parsed.success) problems.push(...issueLines(source.file, path, parsed.error));
      else if (rules.some((seen) => seen.rule.id === parsed.data.id))
        problems.push(`${source.file}: ${pathText([...path, 'id'])}: "${parsed.data.id}" appears twice`);
      else rules.push({ rule: parsed.data, file: source.file, path });
    });
    kinds.set(kind, rules);
  }
  return kinds;
}
