import { SluiceError } from '@sluice/errors';
import type { BlobReference } from '@sluice/contracts';
import { blobReference, sha256Of, type BlobStore } from './blob-store';

/** What the store needs of a pg Pool or Client (so tests may pass either). */
export interface BlobQueryable {
  query(text: string, values?: unknown[]): Promise<{ rows: Record<string, unknown>[]; rowCount: number | null }>;
}

/**
 * Blobs in PostgreSQL `bytea` (table `blobs`, migration 0014). Fine up to tens of megabytes a
 * blob on the local stack; an object store is the production choice for more.
 */
export function postgresBlobStore(db: BlobQueryable, options: { close?: () => Promise<void> } = {}): BlobStore {
  return {
    async put(bytes, contentType) {
      const reference = blobReference(bytes, contentType);
      // The same bytes again only move last_put_at: content addressing makes the put idempotent.
      await db.query(
        `INSERT INTO blobs (sha256, content_type, size, bytes) VALUES ($1, $2, $3, $4)
         ON CONFLICT (sha256) DO UPDATE SET last_put_at = now()`,
        [reference.sha256, contentType, reference.size, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)],
      );
      return reference;
    },
    async get(reference: BlobReference) {
      const { rows } = await db.query('SELECT bytes FROM blobs WHERE sha256 = $1', [reference.sha256]);
      const bytes = rows[0]?.bytes as Buffer | undefined;
      if (!bytes) throw new SluiceError('INVALID_INPUT', `blob sha256:${reference.sha256} is not in the blob store (swept or never stored)`);
      if (sha256Of(bytes) !== reference.sha256) {
        throw new SluiceError('INVALID_INPUT', `blob sha256:${reference.sha256} does not match its content address`);
      }
      return bytes;
    },
    async sweep(before) {
      const { rowCount } = await db.query('DELETE FROM blobs WHERE last_put_at < $1', [new Date(before)]);
      return rowCount ?? 0;
    },
    close: options.close ?? (async () => {}),
  };
}
