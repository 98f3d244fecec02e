import type { BlobStore } from '@sluice/blob-store';
import type { DocumentIngested } from '@sluice/contracts';
import { SluiceError } from '@sluice/errors';
import { contentForRecord, requireStore, textForRecord } from './claim-check';
import { parseEmail } from './email-message';
import { htmlText } from './html-text';
import { detectKind } from './kind-detection';
import { pdfText } from './pdf-text';

/** How a document's text was obtained. */
export type DocumentFormat = 'text' | 'email' | 'html' | 'pdf';

/**
 * Set on a document whose `text` is already canonical (an attachment parsed with its parent):
 * the value is its format. The parser then reads it as text, however its content type reads.
 */
export const PARSED_AS_ATTRIBUTE = 'sluice.parsedAs';
/** The attachment's file name, when the message gave one. */
export const FILE_NAME_ATTRIBUTE = 'sluice.fileName';

export interface DocumentParserOptions {
  /** Where originals and texts above `inlineMaxBytes` go, and where references are read from. */
  blobs?: BlobStore;
  /** UTF-8 bytes of text (and bytes of an original) a record may carry inline. */
  inlineMaxBytes: number;
  /** Attachments inside attachments are followed this deep (a forwarded message's PDF is depth 2). */
  maxDepth?: number;
}

export interface ParsedDocument {
  /** The document as the pipeline reads it on: canonical `text` (its head when `textRef` is set); the original stays in content/contentRef. */
  document: DocumentIngested;
  /** The whole canonical text, for the extraction in this process. */
  text: string;
  format: DocumentFormat;
  /**
   * Attachments as documents of their own, already parsed (id `<parent id>~<n>`, parentId set,
   * kind detected), flattened: a forwarded message's own attachments follow it. Empty for them.
   */
  attachments: ParsedDocument[];
  /** What parsing found, for the audit event (string values). */
  details: Record<string, string>;
}

export interface DocumentParser {
  parse(document: DocumentIngested): Promise<ParsedDocument>;
}

const PARSED_TYPES: Record<string, DocumentFormat> = {
  'message/rfc822': 'email',
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'application/pdf': 'pdf',
};

/** `text/html; charset=iso-8859-1` → media type and charset. */
export function mediaTypeOf(contentType: string): { mediaType: string; charset: string } {
  const [type, ...params] = contentType.split(';');
  const charset = params.map((param) => /^\s*charset\s*=\s*"?([^";]+)"?/i.exec(param)?.[1]).find(Boolean);
  return { mediaType: (type ?? '').trim().toLowerCase(), charset: charset?.trim().toLowerCase() ?? 'utf-8' };
}

/**
 * Whether a message given as text needs a MIME parser: its header block (up to the first empty
 * line) declares MIME (RFC 2045 `MIME-Version`, `Content-Type`, `Content-Transfer-Encoding`) or
 * holds an encoded word (RFC 2047). A message with neither is already text — RFC 5322 bodies are
 * plain lines — and passes through as it came, which keeps rendered messages (the samples, a
 * platform's already decoded mail) byte for byte.
 */
export function needsMimeDecoding(text: string): boolean {
  const end = text.search(/\r?\n\r?\n/);
  const head = end < 0 ? text : text.slice(0, end);
  return /^(mime-version|content-type|content-transfer-encoding)[ \t]*:/im.test(head) || /=\?[^?\s]+\?[bq]\?[^?\s]*\?=/i.test(head);
}

function decodeText(bytes: Uint8Array, charset: string): string {
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    // An unknown charset label: UTF-8 with replacement characters beats refusing the document.
    return new TextDecoder('utf-8').decode(bytes);
  }
}

/**
 * Parsing at the door (issue 9): a received document → its canonical text, keeping the original.
 * - `message/rfc822` (raw e-mail), `text/html`, `application/pdf`: parsed from `content`, from
 *   `contentRef` (claim check) or, for the text formats, from `text` (a message in `text` only when
 *   it needs MIME decoding, see needsMimeDecoding).
 * - anything else (text/plain, JSON text...) passes through untouched: one content-type check, no
 *   copy — the cheap path every plain-text document takes.
 * - attachments of an e-mail (PDF, HTML, text, forwarded messages) become documents of their own:
 *   id `<parent id>~<n>`, `parentId` the parent's id, the parent's tenant, source and receivedAt,
 *   kind detected, parsed here so they are read once; the caller extracts them like any document.
 * Texts and originals larger than `inlineMaxBytes` go to the blob store; the records carry a
 * head and a reference, so no record comes near the broker's 1 MiB.
 * Errors: INVALID_INPUT for unreadable content or a reference the store does not hold; CONFIG
 * when a reference is needed and no store is configured.
 */
export function createDocumentParser(options: DocumentParserOptions): DocumentParser {
  const maxDepth = options.maxDepth ?? 3;

  async function resolveText(document: DocumentIngested): Promise<string> {
    if (!document.textRef) return document.text;
    const bytes = await requireStore(options.blobs, `document ${document.id}'s textRef`).get(document.textRef);
    return bytes.toString('utf8');
  }

  async function originalBytes(document: DocumentIngested): Promise<Uint8Array | null> {
    if (document.contentRef) return requireStore(options.blobs, `document ${document.id}'s contentRef`).get(document.contentRef);
    if (document.content) return document.content;
    return null;
  }

  async function textOf(format: DocumentFormat, bytes: Uint8Array, charset: string) {
    switch (format) {
      case 'email': {
        const email = await parseEmail(bytes);
        return { text: email.text, email };
      }
      case 'html':
        return { text: htmlText(decodeText(bytes, charset)), email: null };
      case 'pdf': {
        const pdf = await pdfText(bytes);
        return { text: pdf.text, email: null, pages: pdf.pages };
      }
      case 'text':
        return { text: decodeText(bytes, charset), email: null };
    }
  }

  async function parseAt(document: DocumentIngested, depth: number): Promise<ParsedDocument> {
    const parsedAs = document.attributes[PARSED_AS_ATTRIBUTE] as DocumentFormat | undefined;
    const { mediaType, charset } = mediaTypeOf(document.contentType);
    const format = parsedAs ?? PARSED_TYPES[mediaType];
    const bytes = parsedAs ? null : await originalBytes(document);
    // The cheap path: text already canonical (plain text, or parsed with its parent, or a message
    // given as text that needs no MIME decoding).
    const plainMessage = format === 'email' && !bytes && !needsMimeDecoding(document.text);
    if (parsedAs || plainMessage || (!format && !bytes) || (format === 'pdf' && !bytes)) {
      return { document, text: await resolveText(document), format: parsedAs ?? 'text', attachments: [], details: {} };
    }
    const source = bytes ?? Buffer.from(await resolveText(document), 'utf8');
    const parsed = await textOf(format ?? 'text', source, charset);
    const carried = await textForRecord(parsed.text, options.inlineMaxBytes, options.blobs);
    const details: Record<string, string> = { format: format ?? 'text', sourceBytes: String(source.byteLength), textChars: String(parsed.text.length) };
    if (carried.textRef) details.textRef = `sha256:${carried.textRef.sha256}`;
    if ('pages' in parsed && parsed.pages !== undefined) details.pages = String(parsed.pages);

    const attachments: ParsedDocument[] = [];
    if (parsed.email) {
      details.quoted = String(parsed.email.quoted);
      details.signature = String(parsed.email.signature);
      if (parsed.email.skipped.length) details.skippedParts = parsed.email.skipped.join(',');
      if (depth < maxDepth) {
        let n = 0;
        for (const part of parsed.email.attachments) {
          n += 1;
          const child = await attachmentDocument(document, n, part, depth);
          attachments.push(...child);
        }
      } else if (parsed.email.attachments.length) {
        details.attachmentsNotFollowed = String(parsed.email.attachments.length);
      }
      details.attachments = attachments.map((a) => a.document.id).join(',');
    }
    return { document: { ...document, text: carried.text, textRef: carried.textRef }, text: parsed.text, format: format ?? 'text', attachments, details };
  }

  /** One attachment → its document (text parsed now, original kept) and, for a forwarded message, its own attachments. */
  async function attachmentDocument(
    parent: DocumentIngested,
    n: number,
    part: { filename: string | null; contentType: string; bytes: Uint8Array },
    depth: number,
  ): Promise<ParsedDocument[]> {
    const raw: DocumentIngested = {
      id: `${parent.id}~${n}`,
      tenant: parent.tenant,
      kind: 'other',
      source: parent.source,
      contentType: part.contentType,
      text: '',
      receivedAt: parent.receivedAt,
      attributes: part.filename ? { [FILE_NAME_ATTRIBUTE]: part.filename } : {},
      parentId: parent.id,
      content: null,
      contentRef: null,
      textRef: null,
    };
    const original = await contentForRecord(part.bytes, part.contentType, options.inlineMaxBytes, options.blobs);
    const parsed = await parseAt({ ...raw, ...original }, depth + 1).catch((error: unknown) => {
      // An unreadable attachment must not sink its parent: it goes on as an `other` document with no text.
      if (error instanceof SluiceError && error.code === 'INVALID_INPUT') return null;
      throw error;
    });
    if (!parsed) {
      const document = { ...raw, ...original, attributes: { ...raw.attributes, [PARSED_AS_ATTRIBUTE]: 'text', 'sluice.parseError': 'unreadable' } };
      return [{ document, text: '', format: 'text', attachments: [], details: { parentId: parent.id, parseError: 'unreadable' } }];
    }
    const kind = detectKind({ format: parsed.format, text: parsed.text, fileName: part.filename });
    const document: DocumentIngested = {
      ...parsed.document,
      kind,
      attributes: { ...parsed.document.attributes, [PARSED_AS_ATTRIBUTE]: parsed.format },
    };
    const details: Record<string, string> = { ...parsed.details, parentId: parent.id, kind };
    if (part.filename) details.fileName = part.filename;
    if (original.contentRef) details.contentRef = `sha256:${original.contentRef.sha256}`;
    return [{ ...parsed, document, details, attachments: [] }, ...parsed.attachments];
  }

  return { parse: (document) => parseAt(document, 0) };
}
