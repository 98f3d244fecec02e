import { z } from 'zod';
import { loadConfig, platformEnvSchema, positiveInt, type Env } from '@sluice/config';
import { documentTextModes } from './embed-batch';
import { defaultMaxChunkChars } from './text-chunks';

/** The platform contract plus the embedder's own variables; every problem reported at once. */
export const embedderEnvSchema = platformEnvSchema.extend({
  /** Connections to PostgreSQL (embedding cache): two queries per batch, a few partitions at once. */
  DATABASE_POOL_MAX: positiveInt.default(4),
  /** Document texts embedded besides the names: none (default), head (first chunk) or full (chunked and pooled). */
  EMBED_DOCUMENT_TEXT: z.enum(documentTextModes).default('none'),
  /** Vectors kept in process in front of the PostgreSQL cache (LRU; 2 KiB each at 512-d). */
  EMBED_CACHE_MEMORY_ENTRIES: positiveInt.default(10_000),
  /** Longest chunk of document text sent to the model; longer texts are chunked and pooled. */
  EMBED_MAX_CHUNK_CHARS: positiveInt.default(defaultMaxChunkChars),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type EmbedderConfig = z.infer<typeof embedderEnvSchema>;

export function loadEmbedderConfig(env: Env = process.env): EmbedderConfig {
  return loadConfig(embedderEnvSchema, env);
}
