import { z } from 'zod';
import { loadConfig, positiveInt, postgresEnv, type Env } from '@sluice/config';
import { modelProfileEnv } from '@sluice/models';
import { streamServiceEnv } from '@sluice/stream';
import { documentTextModes } from './embed-batch';
import { defaultMaxChunkChars } from './text-chunks';

/**
 * The embedder's one schema: the stream service's pieces (port 9402), PostgreSQL (embedding cache:
 * two queries per batch, a few partitions at once: 4 connections), the model profile and its own.
 */
export const embedderEnvSchema = z.object({
  ...streamServiceEnv(9402),
  ...postgresEnv(4),
  ...modelProfileEnv(),
  /** Document texts embedded besides the names: none (default), head (first chunk) or full (chunked and pooled). */
  EMBED_DOCUMENT_TEXT: z.enum(documentTextModes).default('none'),
  /** Vectors kept in process in front of the PostgreSQL cache (LRU; 2 KiB each at 512-d). */
  EMBED_CACHE_MEMORY_ENTRIES: positiveInt.default(10_000),
  /** Longest chunk of document text sent to the model; longer texts are chunked and pooled. */
  EMBED_MAX_CHUNK_CHARS: positiveInt.default(defaultMaxChunkChars),
});

export type EmbedderConfig = z.infer<typeof embedderEnvSchema>;

/** Reads and checks the embedder's environment once; every problem is reported at once, by name. */
export function loadEmbedderConfig(env: Env = process.env): EmbedderConfig {
  return loadConfig(embedderEnvSchema, env);
}
