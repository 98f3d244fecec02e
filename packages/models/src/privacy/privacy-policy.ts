import { z } from 'zod';

/**
 * A tenant's policy for external model endpoints (`external: true` in the model profile):
 * - `deny`: nothing goes out; every call takes the local chain.
 * - `redact` (default): personal data is replaced by placeholders before a call; a text whose
 *   redaction is uncertain (a script or language the recognisers do not cover) takes the local
 *   chain instead, and the reason is audited.
 * - `allow`: texts go out as they are, on the strength of a recorded consent or agreement
 *   (`consentReference`, e.g. the data-processing agreement's number), audited with every call.
 * Internal endpoints (`external: false`) are ours: no policy applies.
 */
export const privacyPolicySchema = z
  .object({
    external: z.enum(['deny', 'redact', 'allow']).default('redact'),
    consentReference: z.string().trim().min(1).nullable().default(null),
    description: z.string().default(''),
  })
  .strict()
  .superRefine((policy, ctx) => {
    if (policy.external === 'allow' && policy.consentReference === null) {
      ctx.addIssue({ code: 'custom', path: ['consentReference'], message: '"allow" needs the consent or agreement it rests on' });
    }
  });

export type PrivacyPolicy = z.infer<typeof privacyPolicySchema>;
export type EgressPolicy = PrivacyPolicy['external'];

/** The policy per tenant: its own file's, else the default. */
export interface PrivacyPolicies {
  forTenant(tenant: string | undefined): PrivacyPolicy;
}

export const defaultPrivacyPolicy: PrivacyPolicy = { external: 'redact', consentReference: null, description: '' };

/** Policies from parsed values (a default and per-tenant overrides); `loadPrivacyPolicies` reads them from files. */
export function privacyPolicies(defaults: PrivacyPolicy = defaultPrivacyPolicy, tenants: Record<string, PrivacyPolicy> = {}): PrivacyPolicies {
  return { forTenant: (tenant) => (tenant !== undefined && Object.hasOwn(tenants, tenant) ? tenants[tenant]! : defaults) };
}
