import { basename, extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BlobStore } from '@sluice/blob-store';
import type { DocumentIngested } from '@sluice/contracts';
import { rawDocument, RAW_DOCUMENT_TYPES } from '@sluice/parsing';

/** File types `sluice publish` sends as documents (besides JSON/JSONL, which hold documents): extension → media type. */
export const FILE_TYPES: Record<string, string> = Object.fromEntries(
  Object.values(RAW_DOCUMENT_TYPES).flatMap((type) => type.extensions.map((extension) => [extension, type.contentType])),
);

export interface FileDocumentOptions {
  tenant: string;
  /** Unset: detected (an .eml is `email`; otherwise from the parsed text, see @sluice/parsing detectKind). */
  kind?: string;
  /** Originals above this many bytes go to the blob store; the record carries the reference. */
  inlineMaxBytes: number;
  /** Opened only when a file needs it. */
  blobs: () => BlobStore;
  now?: () => number;
}

/**
 * One file as an ingest document, sent as received (@sluice/parsing rawDocument, as the gateway
 * does for a raw body). The id is the file name's stem plus the first 12 hex of the content's
 * SHA-256, so publishing the same file again is a duplicate the pipeline ignores.
 */
export async function fileDocument(path: string, bytes: Uint8Array, options: FileDocumentOptions): Promise<DocumentIngested> {
  const contentType = FILE_TYPES[extname(path).toLowerCase()];
  if (!contentType) throw new TypeError(`not a document file type: ${path}`);
  return rawDocument({
    bytes,
    contentType,
    tenant: options.tenant,
    kind: options.kind,
    fileName: basename(path),
    source: { platform: 'sluice-cli', uri: pathToFileURL(resolve(path)).href },
    inlineMaxBytes: options.inlineMaxBytes,
    blobs: options.blobs,
    receivedAt: (options.now ?? Date.now)(),
  });
}
