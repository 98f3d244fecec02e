import { z } from 'zod';
import { blobStoreEnvSchema } from '@sluice/blob-store';
import { loadConfig, platformEnvSchema, positiveInt, type Env } from '@sluice/config';

/**
 * The platform contract, the blob store's (BLOB_STORE, BLOB_INLINE_MAX_BYTES: the first stage's
 * claim checks) and the extractor's own variables; every problem reported at once.
 */
export const extractorEnvSchema = platformEnvSchema.extend(blobStoreEnvSchema.shape).extend({
  /** Connections to PostgreSQL (document-id claims): one query per batch, a few partitions at once. */
  DATABASE_POOL_MAX: positiveInt.default(4),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Prompt templates for OpenAI-compatible models (`<id>.md`); unset: packages/models/prompts. A shadow may run another set. */
  PROMPTS_DIR: z.string().min(1).optional(),
});

export type ExtractorConfig = z.infer<typeof extractorEnvSchema>;

export function loadExtractorConfig(env: Env = process.env): ExtractorConfig {
  return loadConfig(extractorEnvSchema, env);
}
