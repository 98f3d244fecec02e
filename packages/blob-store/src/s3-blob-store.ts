import {
  DeleteObjectsCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
  type S3ClientConfig,
} from '@aws-sdk/client-s3';
import { SluiceError } from '@sluice/errors';
import { blobReference, sha256Of, type BlobStore } from './blob-store';

/** Where the blobs live in an S3-compatible store, and how to reach it. */
export interface S3BlobStoreOptions {
  bucket: string;
  /** Key prefix (e.g. `sluice/blobs/`); empty for the bucket's root. */
  prefix?: string;
  /**
   * The @aws-sdk/client-s3 client's configuration: `region`, `endpoint` for an S3-compatible
   * service (MinIO, Ceph RGW, R2, ...), `forcePathStyle` for those that do not serve virtual-host
   * buckets. Credentials come from the SDK's default chain (AWS_ACCESS_KEY_ID /
   * AWS_SECRET_ACCESS_KEY, a profile, an instance or pod role) unless given here.
   */
  client?: S3ClientConfig;
  /** Keys per ListObjectsV2 page in the sweep (the API's default and maximum: 1000). */
  listPageSize?: number;
}

const notFoundNames = new Set(['NoSuchKey', 'NotFound', 'NoSuchBucket']);

function isNotFound(error: unknown): boolean {
  return error instanceof S3ServiceException && (notFoundNames.has(error.name) || error.$metadata.httpStatusCode === 404);
}

/** An S3 failure as a SluiceError: a 4xx other than throttling is not worth retrying; the rest is. */
function s3Failure(action: string, error: unknown): SluiceError {
  const status = error instanceof S3ServiceException ? error.$metadata.httpStatusCode : undefined;
  if (status === 503 || status === 429 || (error instanceof S3ServiceException && error.name === 'SlowDown')) {
    return new SluiceError('RATE_LIMITED', `S3 ${action}: ${String(error)}`, { cause: error });
  }
  if (status !== undefined && status >= 400 && status < 500) {
    return new SluiceError('UNAVAILABLE', `S3 ${action} refused (${status}): ${String(error)}`, { cause: error, retryable: false });
  }
  return new SluiceError('UNAVAILABLE', `S3 ${action}: ${String(error)}`, { cause: error });
}

/**
 * Blobs as objects `<prefix><first two hex>/<sha256>` in an S3-compatible bucket, through
 * @aws-sdk/client-s3. An object's LastModified is its last put (bytes already stored are put
 * again: a duplicate costs one upload), and the sweep deletes by it (ListObjectsV2 page by page after the last key seen,
 * DeleteObjects in batches of at most 1000, the API's maximum). The bucket must exist; the store never creates or configures it.
 * Reads are checked against the content address.
 */
export function s3BlobStore(options: S3BlobStoreOptions): BlobStore {
  const { bucket } = options;
  const prefix = options.prefix ?? '';
  // Checksums only where an operation requires one: S3-compatible stores differ in the newer
  // default (CRC32 on every upload, aws-chunked bodies).
  const client = new S3Client({ requestChecksumCalculation: 'WHEN_REQUIRED', responseChecksumValidation: 'WHEN_REQUIRED', ...options.client });
  const keyOf = (sha256: string): string => `${prefix}${sha256.slice(0, 2)}/${sha256}`;
  return {
    async put(bytes, contentType) {
      const reference = blobReference(bytes, contentType);
      const Key = keyOf(reference.sha256);
      try {
        // Put again when stored already: the only way that moves LastModified on every S3-compatible
        // store (a copy onto itself does on AWS, not on all others). Same key, same bytes: idempotent.
        await client.send(new PutObjectCommand({ Bucket: bucket, Key, Body: bytes, ContentType: contentType, ContentLength: bytes.byteLength }));
      } catch (error) {
        throw s3Failure(`put s3://${bucket}/${Key}`, error);
      }
      return reference;
    },
    async get(reference) {
      const Key = keyOf(reference.sha256);
      let bytes: Buffer;
      try {
        const object = await client.send(new GetObjectCommand({ Bucket: bucket, Key }));
        bytes = Buffer.from((await object.Body?.transformToByteArray()) ?? new Uint8Array());
      } catch (error) {
        if (isNotFound(error)) throw new SluiceError('INVALID_INPUT', `blob sha256:${reference.sha256} is not in s3://${bucket}/${prefix} (swept or never stored)`, { cause: error });
        throw s3Failure(`get s3://${bucket}/${Key}`, error);
      }
      if (sha256Of(bytes) !== reference.sha256) {
        throw new SluiceError('INVALID_INPUT', `blob sha256:${reference.sha256} does not match its content address`);
      }
      return bytes;
    },
    async sweep(before) {
      let removed = 0;
      // Pages follow the last key seen (StartAfter), not continuation tokens: the keys before it
      // may be deleted meanwhile, and every S3-compatible store serves StartAfter alike.
      let StartAfter: string | undefined;
      try {
        for (;;) {
          const page = await client.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, StartAfter, MaxKeys: options.listPageSize }));
          const contents = page.Contents ?? [];
          const stale = contents.filter((object) => object.Key && object.LastModified && object.LastModified.getTime() < before).map((object) => ({ Key: object.Key! }));
          for (let start = 0; start < stale.length; start += 1000) {
            const batch = stale.slice(start, start + 1000);
            const result = await client.send(new DeleteObjectsCommand({ Bucket: bucket, Delete: { Objects: batch, Quiet: true } }));
            if (result.Errors?.length) throw new SluiceError('UNAVAILABLE', `S3 sweep: ${result.Errors.length} objects not deleted (${result.Errors[0]?.Code ?? '?'}: ${result.Errors[0]?.Key ?? '?'})`);
            removed += batch.length;
          }
          StartAfter = contents.at(-1)?.Key;
          if (!page.IsTruncated || StartAfter === undefined) break;
        }
      } catch (error) {
        if (error instanceof SluiceError) throw error;
        throw s3Failure(`sweep s3://${bucket}/${prefix}`, error);
      }
      return removed;
    },
    close: () => {
      client.destroy();
      return Promise.resolve();
    },
  };
}
