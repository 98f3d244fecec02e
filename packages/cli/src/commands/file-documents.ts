import { basename, extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { sha256Of, type BlobStore } from '@sluice/blob-store';
import type { DocumentIngested } from '@sluice/contracts';
import { contentForRecord, createDocumentParser, detectKind, textForRecord, type DocumentFormat } from '@sluice/parsing';

/** File types `sluice publish` sends as documents (besides JSON/JSONL, which hold documents). */
export const FILE_TYPES: Record<string, { contentType: string; format: DocumentFormat }> = {
  '.eml': { contentType: 'message/rfc822', format: 'email' },
  '.pdf': { contentType: 'application/pdf', format: 'pdf' },
  '.html': { contentType: 'text/html; charset=utf-8', format: 'html' },
  '.htm': { contentType: 'text/html; charset=utf-8', format: 'html' },
  '.txt': { contentType: 'text/plain; charset=utf-8', format: 'text' },
};

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
 * One file as an ingest document, sent as received: the original in `content` (or `contentRef`
 * when larger than the inline limit) for the pipeline's first stage to parse; a .txt file as
 * `text`. The id is the file name's stem plus the first 12 hex of the content's SHA-256, so
 * publishing the same file again is a duplicate the pipeline ignores.
 */
export async function fileDocument(path: string, bytes: Uint8Array, options: FileDocumentOptions): Promise<DocumentIngested> {
  const type = FILE_TYPES[extname(path).toLowerCase()];
  if (!type) throw new TypeError(`not a document file type: ${path}`);
  const stem = basename(path, extname(path)).replace(/[^A-Za-z0-9._-]+/g, '-');
  const lazy = { put: (b: Uint8Array, t: string) => options.blobs().put(b, t) } as BlobStore;
  const base: DocumentIngested = {
    id: `${stem}-${sha256Of(bytes).slice(0, 12)}`,
    tenant: options.tenant,
    kind: options.kind ?? 'other',
    source: { platform: 'sluice-cli', uri: pathToFileURL(resolve(path)).href },
    contentType: type.contentType,
    text: '',
    receivedAt: (options.now ?? Date.now)(),
    attributes: { 'sluice.fileName': basename(path) },
  };
  const document: DocumentIngested =
    type.format === 'text'
      ? { ...base, ...(await textForRecord(Buffer.from(bytes).toString('utf8'), options.inlineMaxBytes, lazy)) }
      : { ...base, ...(await contentForRecord(bytes, type.contentType, options.inlineMaxBytes, lazy)) };
  if (options.kind) return document;
  if (type.format === 'email') return { ...document, kind: 'email' };
  // Detection reads the text the pipeline will read: parsed here from the bytes in hand.
  const parsed = await createDocumentParser({ inlineMaxBytes: Number.MAX_SAFE_INTEGER }).parse({ ...base, ...(type.format === 'text' ? { text: Buffer.from(bytes).toString('utf8') } : { content: Buffer.from(bytes) }) });
  return { ...document, kind: detectKind({ format: parsed.format, text: parsed.text, fileName: basename(path) }) };
}
