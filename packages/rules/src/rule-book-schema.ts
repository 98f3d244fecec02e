import { z } from 'zod';
import { severities } from './validation-input';

const ruleId = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and dashes');
const params = z.record(z.string(), z.unknown());

/**
 * A finding that rests on a field extracted with confidence below `below` gets `severity` instead
 * of the rule's own: "the amounts do not add up" is a policy rejection only when the extractor was
 * sure of the amounts; otherwise a person checks the reading.
 */
const unsureSchema = z.strictObject({ below: z.number().min(0).max(1), severity: z.enum(severities) });

/** One configured rule: which check, with what params, and how bad a finding is. */
export const ruleSchema = z.strictObject({
  id: ruleId,
  type: z.string().min(1),
  params: params.default({}),
  severity: z.enum(severities),
  message: z.string().min(1),
  unsure: unsureSchema.optional(),
});
export type RuleConfig = z.infer<typeof ruleSchema>;

/**
 * A tenant's change to the default rules of a kind: an id the default has is merged over it
 * (`params` key by key) or dropped with `enabled: false`; a new id must be a complete rule.
 */
export const ruleOverrideSchema = z.strictObject({
  id: ruleId,
  enabled: z.boolean().optional(),
  type: z.string().min(1).optional(),
  params: params.optional(),
  severity: z.enum(severities).optional(),
  message: z.string().min(1).optional(),
  unsure: unsureSchema.optional(),
});
export type RuleOverride = z.infer<typeof ruleOverrideSchema>;

const kindName = z.string().regex(/^[a-z][a-z0-9-]*$/, 'a document kind such as invoice');

/**
 * The outline of a rules file (`default.json` or `<tenant>.json`). Rules are checked one by one
 * afterwards (ruleSchema / ruleOverrideSchema), so one bad rule does not hide the problems of others.
 */
export const ruleFileSchema = z.strictObject({
  description: z.string().optional(),
  kinds: z.record(kindName, z.array(z.unknown())),
});
