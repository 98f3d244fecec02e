import { isAbsolute, resolve } from 'node:path';
import type pg from 'pg';
import { flag, httpUrl } from '@sluice/config';
import { z } from 'zod';
import type { BlobStore } from './blob-store';
import { fileBlobStore } from './file-blob-store';
import { postgresBlobStore } from './postgres-blob-store';
import { s3BlobStore } from './s3-blob-store';

/** Kafka's default max.message.bytes (1 MiB + record overhead); no Sluice record may come near it. */
export const BROKER_MESSAGE_MAX_BYTES = 1024 * 1024;

/**
 * The blob store's variables, for any process that stores or reads claim checks (extractor, CLI):
 * - BLOB_STORE: `postgres` (table `blobs` in DATABASE_URL, the default), `file:<folder>`, or
 *   `s3://<bucket>[/<prefix>]` (an S3-compatible object store through @aws-sdk/client-s3).
 * - BLOB_S3_ENDPOINT, BLOB_S3_REGION, BLOB_S3_FORCE_PATH_STYLE: for `s3://`, the endpoint of an
 *   S3-compatible service (AWS's own when unset), the region (else the SDK's AWS_REGION / profile),
 *   and path-style bucket addressing (MinIO, Ceph RGW and most self-hosted stores need it).
 *   Credentials come from the SDK's default chain (AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY, a
 *   profile, an instance or pod role), never from Sluice's own variables.
 * - BLOB_INLINE_MAX_BYTES: originals and texts above this many bytes travel by reference; at most
 *   a quarter of the broker's message size, so a record with an original, a text head and its
 *   other fields still fits.
 */
export const blobStoreEnvSchema = z.object({
  BLOB_STORE: z
    .string()
    .regex(/^(postgres|file:.+|s3:\/\/[a-z0-9][a-z0-9.-]{1,61}[a-z0-9](\/.*)?)$/, 'postgres, file:<folder> or s3://<bucket>[/<prefix>]')
    .default('postgres'),
  BLOB_S3_ENDPOINT: httpUrl.optional(),
  BLOB_S3_REGION: z.string().min(1).optional(),
  BLOB_S3_FORCE_PATH_STYLE: flag.default(false),
  BLOB_INLINE_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(BROKER_MESSAGE_MAX_BYTES / 4, `at most ${BROKER_MESSAGE_MAX_BYTES / 4} (a quarter of the broker's message size)`)
    .default(256 * 1024),
});

export type BlobStoreEnv = z.infer<typeof blobStoreEnvSchema>;

/**
 * Opens the configured store. `s3://bucket/prefix` opens an S3 client (no pool); `postgres` uses the pool `openPool()` returns (the caller's, made with
 * @sluice/db's createPool so an idle connection's failure is logged, not fatal; the store closes it
 * on `close()`); `file:<folder>` resolves a relative folder against `cwd` and opens no pool.
 */
export function openBlobStore(
  config: Pick<BlobStoreEnv, 'BLOB_STORE'> & Partial<Pick<BlobStoreEnv, 'BLOB_S3_ENDPOINT' | 'BLOB_S3_REGION' | 'BLOB_S3_FORCE_PATH_STYLE'>>,
  openPool: () => pg.Pool,
  cwd = process.cwd(),
): BlobStore {
  if (config.BLOB_STORE.startsWith('s3://')) {
    const [bucket = '', ...path] = config.BLOB_STORE.slice('s3://'.length).split('/');
    const prefix = path.join('/').replace(/^\/+|\/+$/g, '');
    return s3BlobStore({
      bucket,
      prefix: prefix === '' ? '' : `${prefix}/`,
      client: {
        ...(config.BLOB_S3_ENDPOINT ? { endpoint: config.BLOB_S3_ENDPOINT } : {}),
        ...(config.BLOB_S3_REGION ? { region: config.BLOB_S3_REGION } : {}),
        forcePathStyle: config.BLOB_S3_FORCE_PATH_STYLE ?? false,
      },
    });
  }
  if (config.BLOB_STORE.startsWith('file:')) {
    const folder = config.BLOB_STORE.slice('file:'.length);
    return fileBlobStore(isAbsolute(folder) ? folder : resolve(cwd, folder));
  }
  const pool = openPool();
  return postgresBlobStore(pool, { close: () => pool.end() });
}
