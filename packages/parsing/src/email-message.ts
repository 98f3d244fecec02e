import { SluiceError } from '@sluice/errors';
import PostalMime, { type Address, type Attachment } from 'postal-mime';
import { htmlText } from './html-text';
import { markReply } from './reply-marking';

/** A MIME part that becomes a document of its own (see document-parser.ts). */
export interface EmailAttachment {
  filename: string | null;
  contentType: string;
  bytes: Uint8Array;
}

export interface EmailMessage {
  /** Canonical text: decoded headers (From, To, Cc, Date, Subject), a blank line, the marked body. */
  text: string;
  from: { name: string; address: string } | null;
  subject: string;
  attachments: EmailAttachment[];
  /** Parts left out (inline images, calendar invites...), by media type, for the audit trail. */
  skipped: string[];
  quoted: boolean;
  signature: boolean;
}

/** Media types read as documents of their own when attached; everything else is skipped (no OCR here). */
const DOCUMENT_TYPES = new Set(['application/pdf', 'text/html', 'text/plain', 'message/rfc822', 'application/xhtml+xml']);

// RFC 5322 §3.2.3 specials: a display name holding one is written as a quoted string.
const specials = /[()<>[\]:;@\\,."]/;

/** One mailbox as RFC 5322 writes it: `Name <address>`, the name quoted when it needs to be. */
export function formatMailbox(mailbox: { name: string; address: string }): string {
  const name = mailbox.name.trim();
  if (!name) return mailbox.address;
  const display = specials.test(name) ? `"${name.replace(/(["\\])/g, '\\$1')}"` : name;
  return mailbox.address ? `${display} <${mailbox.address}>` : display;
}

function formatAddresses(addresses: readonly Address[] | undefined): string {
  return (addresses ?? [])
    .map((address) => (address.group ? `${address.name}: ${address.group.map(formatMailbox).join(', ')};` : formatMailbox(address)))
    .join(', ');
}

function bytesOf(content: Attachment['content']): Uint8Array {
  if (typeof content === 'string') return new TextEncoder().encode(content);
  return content instanceof Uint8Array ? content : new Uint8Array(content);
}

/**
 * A raw RFC 5322 message → canonical text and the parts that are documents of their own, with
 * postal-mime: encoded words (RFC 2047) in headers and display names decoded, quoted-printable and
 * base64 bodies decoded to Unicode from their charset, the text/plain alternative preferred and
 * the HTML one made text when it is the only body, quoted replies and signatures marked
 * (reply-marking.ts). Attached PDFs, HTML, text and forwarded messages come back as attachments.
 */
export async function parseEmail(raw: Uint8Array): Promise<EmailMessage> {
  let email: Awaited<ReturnType<typeof PostalMime.parse>>;
  try {
    email = await PostalMime.parse(raw, { rfc822Attachments: true, attachmentEncoding: 'arraybuffer' });
  } catch (error) {
    throw new SluiceError('INVALID_INPUT', `not a readable RFC 5322 message: ${(error as Error).message}`, { cause: error });
  }
  const from = email.from && !email.from.group ? { name: email.from.name, address: email.from.address } : null;
  const headers: string[] = [];
  if (email.from) headers.push(`From: ${formatAddresses([email.from])}`);
  if (email.to?.length) headers.push(`To: ${formatAddresses(email.to)}`);
  if (email.cc?.length) headers.push(`Cc: ${formatAddresses(email.cc)}`);
  if (email.date) headers.push(`Date: ${email.date}`);
  headers.push(`Subject: ${email.subject ?? ''}`);

  const body = email.text?.trim() ? email.text : email.html ? htmlText(email.html) : '';
  const marked = markReply(body);

  const attachments: EmailAttachment[] = [];
  const skipped: string[] = [];
  for (const part of email.attachments) {
    const contentType = part.mimeType.toLowerCase();
    // Inline parts of the HTML body (cid: images) are the body's, not documents.
    if (part.related || !DOCUMENT_TYPES.has(contentType)) {
      skipped.push(contentType);
      continue;
    }
    attachments.push({ filename: part.filename, contentType, bytes: bytesOf(part.content) });
  }
  return {
    text: `${headers.join('\n')}\n\n${marked.text}`.trimEnd(),
    from,
    subject: email.subject ?? '',
    attachments,
    skipped,
    quoted: marked.quoted,
    signature: marked.signature,
  };
}
