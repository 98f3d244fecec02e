import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { SluiceError } from '@sluice/errors';

/** `config/review` in the repository: `default.json` and `<tenant>.json` overrides. */
export const defaultReviewPolicyDir = fileURLToPath(new URL('../../../config/review', import.meta.url));

const fourEyesRule = z.discriminatedUnion('when', [
  z.object({
    when: z.literal('field-above'),
    /** A numeric field (after the reviewer's corrections) above `limit` needs two approvers. */
    field: z.string().min(1),
    limit: z.number(),
    label: z.string().min(1).optional(),
  }),
  z.object({
    when: z.literal('field-corrected'),
    /** A reviewer changing this field (e.g. the IBAN) needs a second approver. */
    field: z.string().min(1),
    label: z.string().min(1).optional(),
  }),
  z.object({
    when: z.literal('reason'),
    /** The validator sent the document for this rule (e.g. `duplicate`): two approvers. */
    rule: z.string().min(1),
    label: z.string().min(1).optional(),
  }),
]);

export const tenantPolicySchema = z.strictObject({
  /** Minutes from the review request until the entry is overdue and escalated. */
  slaMinutes: z.number().positive(),
  fourEyes: z.array(fourEyesRule).default([]),
});

export type FourEyesRule = z.infer<typeof fourEyesRule>;
export type TenantPolicy = z.infer<typeof tenantPolicySchema>;

export interface ReviewPolicyBook {
  forTenant(tenant: string): TenantPolicy;
}

function parsePolicy(file: string, base?: TenantPolicy): TenantPolicy {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new SluiceError('CONFIG', `review policy ${file} is not JSON: ${(error as Error).message}`, { cause: error });
  }
  // A tenant file may override only what it names; the rest comes from default.json.
  const parsed = tenantPolicySchema.safeParse(base ? { ...base, ...(raw as object) } : raw);
  if (!parsed.success) {
    throw new SluiceError('CONFIG', `review policy ${file}:\n${parsed.error.issues.map((i) => `  ${i.path.join('.') || '(file)'}: ${i.message}`).join('\n')}`);
  }
  return parsed.data;
}

/**
 * Per-tenant review policy: the SLA and the four-eyes rules. Read once at start; a mistake in any
 * file stops the process naming the file and the problem.
 */
export function loadReviewPolicies(dir: string = defaultReviewPolicyDir): ReviewPolicyBook {
  const defaultFile = join(dir, 'default.json');
  if (!existsSync(defaultFile)) throw new SluiceError('CONFIG', `review policy directory ${dir} has no default.json`);
  const fallback = parsePolicy(defaultFile);
  const tenants = new Map<string, TenantPolicy>();
  for (const name of readdirSync(dir)) {
    if (!name.endsWith('.json') || name === 'default.json') continue;
    tenants.set(name.slice(0, -'.json'.length), parsePolicy(join(dir, name), fallback));
  }
  return { forTenant: (tenant) => tenants.get(tenant) ?? fallback };
}

export interface FourEyesInput {
  /** Field values as they will be emitted: the extracted values with the corrections applied. */
  fields: readonly { name: string; value: string }[];
  /** Names of the fields whose value the reviewer changed. */
  corrected: readonly string[];
  /** Rules of the validator's findings that sent the document to review. */
  reasons: readonly string[];
}

/** Amounts are normalised by the extractor (`1234.50`); anything else is not a number. */
function numeric(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value.replace(/[\s,]/g, ''));
  return Number.isFinite(n) ? n : undefined;
}

/** Labels of the four-eyes rules that apply; empty means one approver is enough. */
export function fourEyesTriggers(policy: TenantPolicy, input: FourEyesInput): string[] {
  const triggered: string[] = [];
  for (const rule of policy.fourEyes) {
    if (rule.when === 'field-above') {
      const values = input.fields.filter((field) => field.name === rule.field).map((field) => numeric(field.value));
      if (values.some((value) => value !== undefined && Math.abs(value) > rule.limit)) triggered.push(rule.label ?? `${rule.field} above ${rule.limit}`);
    } else if (rule.when === 'field-corrected') {
      if (input.corrected.includes(rule.field)) triggered.push(rule.label ?? `${rule.field} corrected`);
    } else if (input.reasons.includes(rule.rule)) {
      triggered.push(rule.label ?? `sent to review for ${rule.rule}`);
    }
  }
  return triggered;
}
