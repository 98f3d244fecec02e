import { isAbsolute, resolve } from 'node:path';
import type pg from 'pg';
import { z } from 'zod';
import type { BlobStore } from './blob-store';
import { fileBlobStore } from './file-blob-store';
import { postgresBlobStore } from './postgres-blob-store';

/** Kafka's default max.message.bytes (1 MiB + record overhead); no Sluice record may come near it. */
export const BROKER_MESSAGE_MAX_BYTES = 1024 * 1024;

/**
 * The blob store's variables, for any process that stores or reads claim checks (extractor, CLI):
 * - BLOB_STORE: `postgres` (table `blobs` in DATABASE_URL, the default) or `file:<folder>`.
 * - BLOB_INLINE_MAX_BYTES: originals and texts above this many bytes travel by reference; at most
 *   a quarter of the broker's message size, so a record with an original, a text head and its
 *   other fields still fits.
 */
export const blobStoreEnvSchema = z.object({
  BLOB_STORE: z
    .string()
    .regex(/^(postgres|file:.+)$/, 'postgres or file:<folder>')
    .default('postgres'),
  BLOB_INLINE_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(BROKER_MESSAGE_MAX_BYTES / 4, `at most ${BROKER_MESSAGE_MAX_BYTES / 4} (a quarter of the broker's message size)`)
    .default(256 * 1024),
});

export type BlobStoreEnv = z.infer<typeof blobStoreEnvSchema>;

/**
 * Opens the configured store. `postgres` uses the pool `openPool()` returns (the caller's, made with
 * @sluice/db's createPool so an idle connection's failure is logged, not fatal; the store closes it
 * on `close()`); `file:<folder>` resolves a relative folder against `cwd` and opens no pool.
 */
export function openBlobStore(config: Pick<BlobStoreEnv, 'BLOB_STORE'>, openPool: () => pg.Pool, cwd = process.cwd()): BlobStore {
  if (config.BLOB_STORE.startsWith('file:')) {
    const folder = config.BLOB_STORE.slice('file:'.length);
    return fileBlobStore(isAbsolute(folder) ? folder : resolve(cwd, folder));
  }
  const pool = openPool();
  return postgresBlobStore(pool, { close: () => pool.end() });
}
