import { z } from 'zod';
import { blobStoreEnvSchema } from '@sluice/blob-store';
import { loadConfig, postgresEnv, type Env } from '@sluice/config';
import { modelProfileEnv } from '@sluice/models';
import { streamServiceEnv } from '@sluice/stream';

/**
 * The extractor's one schema: the stream service's pieces (port 9401), PostgreSQL (document-id
 * claims: one query per batch, a few partitions at once: 4 connections), the model profile, the
 * blob store's (BLOB_STORE, BLOB_INLINE_MAX_BYTES: the first stage's claim checks) and its own.
 */
export const extractorEnvSchema = z.object({
  ...streamServiceEnv(9401),
  ...postgresEnv(4),
  ...modelProfileEnv(),
  ...blobStoreEnvSchema.shape,
  /** Connections of the blob store's own pool (BLOB_STORE=postgres). */
  BLOB_POOL_MAX: z.coerce.number().int().positive().default(2),
  /** Prompt templates for OpenAI-compatible models (`<id>.md`); unset: packages/models/prompts. A shadow may run another set. */
  PROMPTS_DIR: z.string().min(1).optional(),
});

export type ExtractorConfig = z.infer<typeof extractorEnvSchema>;

/** Reads and checks the extractor's environment once; every problem is reported at once, by name. */
export function loadExtractorConfig(env: Env = process.env): ExtractorConfig {
  return loadConfig(extractorEnvSchema, env);
}
