import { createHash } from 'node:crypto';
import type { BlobReference } from '@sluice/contracts';

/**
 * Claim check (Enterprise Integration Patterns, "Claim Check"): bytes stored once under their
 * content address, fetched back by the reference a record carries. Implementations: PostgreSQL
 * `bytea` (postgres-blob-store.ts), a folder (file-blob-store.ts); an S3-compatible store is the
 * production choice and fits the same four methods.
 */
export interface BlobStore {
  /** Stores the bytes (idempotent: the same bytes give the same reference and are kept once). */
  put(bytes: Uint8Array, contentType: string): Promise<BlobReference>;
  /** The stored bytes; NOT_FOUND-like failures are SluiceError INVALID_INPUT (the reference names nothing). */
  get(reference: BlobReference): Promise<Buffer>;
  /** Deletes blobs last put before `before` (epoch ms); returns how many went. Retention follows the topics'. */
  sweep(before: number): Promise<number>;
  close(): Promise<void>;
}

/** Lower-case hex SHA-256: the content address of a blob. */
export function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The reference for bytes (without storing them). */
export function blobReference(bytes: Uint8Array, contentType: string): BlobReference {
  return { sha256: sha256Of(bytes), size: bytes.byteLength, contentType };
}

/** `sha256:<hex>`: how a reference is written in logs and attributes. */
export function blobUri(reference: Pick<BlobReference, 'sha256'>): string {
  return `sha256:${reference.sha256}`;
}
