import { z } from 'zod';
import { blobStoreEnvSchema } from '@sluice/blob-store';
import { httpEnv, loadConfig, loggingEnv, platformEnv, positiveInt, postgresEnv, type Env } from '@sluice/config';

const stageList = z
  .string()
  .transform((value) => value.split(',').map((part) => part.trim()).filter(Boolean))
  .pipe(z.array(z.string().regex(/^[a-z][a-z0-9-]*$/, 'service names such as extractor')).min(1, 'at least one stage'));

/**
 * The gateway's one schema: the platform contract, its HTTP server (port 9407), logging,
 * PostgreSQL (its handlers and lag sampler share the pool: 8 connections, more than a stage's), the
 * claim-check blob store (raw documents over the inline limit) and its own bounds. Units are in the names; the tenant burst must hold a full batch, or a maximal
 * batch could never pass.
 */
export const gatewayEnvSchema = z
  .object({
    ...platformEnv,
    ...httpEnv(9407),
    HTTP_HOST: z.string().min(1).default('0.0.0.0'),
    ...loggingEnv,
    ...postgresEnv(8),
    ...blobStoreEnvSchema.shape,
    /** Documents in one POST. */
    GATEWAY_MAX_BATCH_DOCUMENTS: positiveInt.default(100),
    /** Request body size; larger bodies are answered 413 before they are parsed. */
    GATEWAY_MAX_BODY_BYTES: positiveInt.default(5 * 1024 * 1024),
    /** A raw document's body (an .eml, a PDF, an HTML page); over BLOB_INLINE_MAX_BYTES it goes to the blob store. */
    GATEWAY_MAX_FILE_BYTES: positiveInt.default(64 * 1024 * 1024),
    /** Consumer lag (records, summed over the shed stages) above which new documents are answered 429. */
    GATEWAY_LAG_BUDGET_RECORDS: positiveInt.default(50_000),
    GATEWAY_LAG_SAMPLE_INTERVAL_MS: positiveInt.default(1000),
    /** Pipeline stages (consumer groups) whose lag counts; their input topics come from the catalogue. */
    GATEWAY_SHED_STAGES: stageList.default(['extractor', 'embedder', 'enricher', 'validator']),
    /** Upper bound of Retry-After, also what a stalled pipeline (no drain at all) is told. */
    GATEWAY_RETRY_AFTER_MAX_S: positiveInt.default(120),
    /** Sustained documents per second per tenant, and how many may come at once. */
    GATEWAY_TENANT_RATE_PER_S: positiveInt.default(500),
    GATEWAY_TENANT_BURST_DOCUMENTS: positiveInt.default(2000),
  })
  .refine((env) => env.GATEWAY_TENANT_BURST_DOCUMENTS >= env.GATEWAY_MAX_BATCH_DOCUMENTS, {
    path: ['GATEWAY_TENANT_BURST_DOCUMENTS'],
    message: 'must be at least GATEWAY_MAX_BATCH_DOCUMENTS',
  });

export type GatewayConfig = z.infer<typeof gatewayEnvSchema>;

/** Reads and checks the gateway's environment once; every problem is reported at once, by name. */
export function loadGatewayConfig(env: Env = process.env): GatewayConfig {
  return loadConfig(gatewayEnvSchema, env);
}
