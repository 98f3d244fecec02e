export { blobReference, blobUri, sha256Of } from './blob-store';
export type { BlobStore } from './blob-store';
export { postgresBlobStore } from './postgres-blob-store';
export type { BlobQueryable } from './postgres-blob-store';
export { fileBlobStore } from './file-blob-store';
export { blobStoreEnvSchema, openBlobStore, BROKER_MESSAGE_MAX_BYTES } from './blob-store-config';
export type { BlobStoreEnv } from './blob-store-config';
export { startBlobSweeper, blobRetentionMs, TOPICS_WITH_REFERENCES } from './blob-sweeper';
