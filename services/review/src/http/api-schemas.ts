import { z } from 'zod';

/** Request bodies and query strings of the review API; the OpenAPI document is generated from these. */
export const signInBody = z.strictObject({
  username: z.string().min(1).max(128),
  password: z.string().min(1).max(1024),
});

export const decisionBody = z.strictObject({
  action: z.enum(['approve', 'reject']).describe('approve (with any corrections) or reject'),
  rationale: z.string().trim().min(1, 'a rationale is required').max(4000).describe('why; required for every decision'),
  corrections: z
    .array(z.strictObject({ name: z.string().min(1).max(200), value: z.string().max(4000) }))
    .max(200)
    .default([])
    .describe('new values of fields (approve only); values equal to the extracted ones are ignored'),
});

export const claimNextBody = z.strictObject({
  tenant: z.string().min(1).optional().describe('only this tenant (one of yours)'),
});

export const queueQuery = z.object({
  tenant: z.string().min(1).optional(),
  kind: z.string().min(1).optional(),
  reason: z.string().min(1).optional().describe('a rule among the reasons the document was sent for'),
  band: z.enum(['high', 'medium', 'low']).optional().describe('band of the lowest field confidence'),
  minAgeMinutes: z.coerce.number().nonnegative().optional(),
  status: z.enum(['WAITING', 'OPEN', 'AWAITING_SECOND', 'DECIDED']).optional().describe('default WAITING: everything not decided'),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export const costQuery = z.object({
  by: z.enum(['tenant', 'action', 'document']).default('tenant'),
  tenant: z.string().min(1).optional(),
});
