import type { BlobReference } from '@sluice/contracts';
import type { BlobStore } from '@sluice/blob-store';
import { SluiceError } from '@sluice/errors';

export const TEXT_CONTENT_TYPE = 'text/plain; charset=utf-8';

/** The store, or a CONFIG failure that says which variable would have given one. */
export function requireStore(blobs: BlobStore | undefined, what: string): BlobStore {
  if (!blobs) throw new SluiceError('CONFIG', `${what} needs a blob store, and none is configured (BLOB_STORE)`);
  return blobs;
}

/**
 * The first `maxBytes` of a text's UTF-8, cut on a character boundary (a code point split by the
 * cut is dropped, never turned into U+FFFD).
 */
export function textHead(text: string, maxBytes: number): string {
  const bytes = Buffer.from(text, 'utf8');
  if (bytes.byteLength <= maxBytes) return text;
  let end = maxBytes;
  // Back up over UTF-8 continuation bytes (10xxxxxx) to the start of the cut character.
  while (end > 0 && (bytes[end]! & 0xc0) === 0x80) end -= 1;
  return bytes.subarray(0, end).toString('utf8');
}

/**
 * A text as a record carries it: whole when its UTF-8 fits `maxBytes`, else its head plus a
 * claim check to the whole text, stored once in the blob store.
 */
export async function textForRecord(
  text: string,
  maxBytes: number,
  blobs: BlobStore | undefined,
): Promise<{ text: string; textRef: BlobReference | null }> {
  if (Buffer.byteLength(text, 'utf8') <= maxBytes) return { text, textRef: null };
  const textRef = await requireStore(blobs, 'a text larger than BLOB_INLINE_MAX_BYTES').put(Buffer.from(text, 'utf8'), TEXT_CONTENT_TYPE);
  return { text: textHead(text, maxBytes), textRef };
}

/** Original bytes as a record carries them: inline when they fit `maxBytes`, else by reference. */
export async function contentForRecord(
  bytes: Uint8Array,
  contentType: string,
  maxBytes: number,
  blobs: BlobStore | undefined,
): Promise<{ content: Buffer | null; contentRef: BlobReference | null }> {
  if (bytes.byteLength <= maxBytes) return { content: Buffer.from(bytes), contentRef: null };
  const contentRef = await requireStore(blobs, 'an original larger than BLOB_INLINE_MAX_BYTES').put(bytes, contentType);
  return { content: null, contentRef };
}
