import type { BlobStore } from '@sluice/blob-store';
import { sha256Of } from '@sluice/blob-store';
import type { DocumentIngested } from '@sluice/contracts';
import { contentForRecord, textForRecord } from './claim-check';
import { createDocumentParser, FILE_NAME_ATTRIBUTE, mediaTypeOf, type DocumentFormat } from './document-parser';
import { detectKind } from './kind-detection';

/**
 * The raw document types Sluice takes as they arrive (RFC 5322 messages, HTML, PDF, plain text),
 * by media type, with the file extensions `sluice publish` reads them from.
 */
export const RAW_DOCUMENT_TYPES: Readonly<Record<string, { contentType: string; format: DocumentFormat; extensions: readonly string[] }>> = {
  'message/rfc822': { contentType: 'message/rfc822', format: 'email', extensions: ['.eml'] },
  'application/pdf': { contentType: 'application/pdf', format: 'pdf', extensions: ['.pdf'] },
  'text/html': { contentType: 'text/html; charset=utf-8', format: 'html', extensions: ['.html', '.htm'] },
  'text/plain': { contentType: 'text/plain; charset=utf-8', format: 'text', extensions: ['.txt'] },
};

/** The raw type of a media type (`text/html; charset=utf-8` → text/html's entry), if Sluice takes it raw. */
export function rawDocumentType(contentType: string): (typeof RAW_DOCUMENT_TYPES)[string] | undefined {
  return RAW_DOCUMENT_TYPES[mediaTypeOf(contentType).mediaType];
}

export interface RawDocumentInput {
  bytes: Uint8Array;
  /** A media type of RAW_DOCUMENT_TYPES (parameters allowed; a text's charset must be UTF-8). */
  contentType: string;
  tenant: string;
  /** Unset: detected (a message is `email`; otherwise from the parsed text, see detectKind). */
  kind?: string;
  /** Unset: `<file name's stem or "document">-<first 12 hex of the bytes' SHA-256>`, so the same bytes again are a duplicate. */
  id?: string;
  fileName?: string;
  source: { platform: string; uri: string | null };
  /** Originals (and texts) above this many bytes go to the blob store; the record carries the reference. */
  inlineMaxBytes: number;
  /** Opened only when the document needs it (claim check). */
  blobs: () => BlobStore;
  receivedAt: number;
  attributes?: Record<string, string>;
}

/**
 * One raw document as an ingest record, sent as received: the original in `content` (or
 * `contentRef` when larger than the inline limit) for the pipeline's first stage to parse; plain
 * text as `text` (or its head and `textRef`). Both doors use it: `sluice publish` for files, the
 * gateway for raw request bodies. Throws TypeError for a media type not in RAW_DOCUMENT_TYPES.
 */
export async function rawDocument(input: RawDocumentInput): Promise<DocumentIngested> {
  const type = rawDocumentType(input.contentType);
  if (!type) throw new TypeError(`not a raw document type: ${input.contentType}`);
  const stem = (input.fileName ?? 'document').replace(/\.[^.]*$/, '').replace(/[^A-Za-z0-9._-]+/g, '-') || 'document';
  const lazy = { put: (b: Uint8Array, t: string) => input.blobs().put(b, t) } as BlobStore;
  const text = type.format === 'text' ? Buffer.from(input.bytes).toString('utf8') : undefined;
  const base: DocumentIngested = {
    id: input.id ?? `${stem}-${sha256Of(input.bytes).slice(0, 12)}`,
    tenant: input.tenant,
    kind: input.kind ?? 'other',
    source: input.source,
    contentType: type.contentType,
    text: '',
    receivedAt: input.receivedAt,
    attributes: { ...input.attributes, ...(input.fileName ? { [FILE_NAME_ATTRIBUTE]: input.fileName } : {}) },
  };
  const document: DocumentIngested =
    text !== undefined
      ? { ...base, ...(await textForRecord(text, input.inlineMaxBytes, lazy)) }
      : { ...base, ...(await contentForRecord(input.bytes, type.contentType, input.inlineMaxBytes, lazy)) };
  if (input.kind) return document;
  if (type.format === 'email') return { ...document, kind: 'email' };
  // Detection reads the text the pipeline will read: parsed here from the bytes in hand.
  const parsed = await createDocumentParser({ inlineMaxBytes: Number.MAX_SAFE_INTEGER }).parse({ ...base, ...(text !== undefined ? { text } : { content: Buffer.from(input.bytes) }) });
  return { ...document, kind: detectKind({ format: parsed.format, text: parsed.text, fileName: input.fileName ?? null }) };
}
