import { domainToUnicode } from 'node:url';
import { decodeHTML } from 'entities';
import { addressParser } from 'postal-mime';
import type { TextSpan } from './field-candidate';

/**
 * The author of a message from its `From:` header, read per RFC 5322 §3.4 with postal-mime's
 * address parser (display names with commas in quotes, apostrophes and plus signs in local parts,
 * comments, RFC 2047 encoded words decoded). HTML entities are decoded first, because a header
 * copied out of an HTML mail arrives as `Jana Novak &lt;jana.novak@example.org&gt;`. The domain
 * is lower-cased and an IDNA (punycode) domain given in Unicode (RFC 5890); the local part is kept
 * as written, re-quoted when it is not a dot-atom (RFC 5322 §3.4.1: `"john smith"@example.com`).
 */
export interface SenderAddress {
  email: string;
  /** The decoded display name; null when the header has none. */
  name: string | null;
  /** The header value's offsets in the text. */
  span: TextSpan;
}

// The first header block's From; in a body ("show original" of a forward, a pasted header) the
// first line that reads like one. German/French/Dutch/Italian clients print Von:/De:/Van:/Da:.
const fromLine = /^(?:from|von|de|da|van|från|od)[ \t]*:[ \t]*(.*)$/gimu;
const dotAtom = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~\u0080-\uFFFF-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~\u0080-\uFFFF-]+)*$/u;

/** The header value with its folded continuation lines (RFC 5322 §2.2.3), and where it starts. */
function fromHeader(text: string): { value: string; start: number } | null {
  const headerEnd = text.search(/\r?\n\r?\n/);
  let first: { value: string; start: number } | null = null;
  for (const m of text.matchAll(fromLine)) {
    let value = m[1] ?? '';
    let end = m.index + m[0].length;
    // Unfold: following lines that begin with white space continue the header.
    for (let next = /^\r?\n([ \t]+[^\r\n]*)/.exec(text.slice(end)); next; next = /^\r?\n([ \t]+[^\r\n]*)/.exec(text.slice(end))) {
      value += ' ' + next[1]!.trim();
      end += next[0].length;
    }
    if (!value.includes('@')) continue;
    const found = { value: value.trim(), start: m.index + m[0].length - (m[1] ?? '').length };
    if (headerEnd < 0 || m.index < headerEnd) return found;
    first ??= found;
  }
  return first;
}

function normaliseAddress(address: string): string | null {
  const at = address.lastIndexOf('@');
  if (at <= 0 || at === address.length - 1) return null;
  let local = address.slice(0, at);
  const asciiDomain = address.slice(at + 1).toLowerCase();
  const domain = asciiDomain.split('.').some((label) => label.startsWith('xn--')) ? domainToUnicode(asciiDomain) || asciiDomain : asciiDomain;
  if (!/^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+$/u.test(domain)) return null;
  if (!dotAtom.test(local)) local = `"${local.replace(/^"|"$/g, '').replace(/(["\\])/g, '\\$1')}"`;
  return `${local}@${domain}`;
}

function cleanName(name: string): string | null {
  const cleaned = decodeHTML(name)
    .replace(/^["'\s]+|["'\s]+$/g, '')
    .replace(/\s+/g, ' ');
  return /\p{L}/u.test(cleaned) ? cleaned : null;
}

/** The sender of `text` (a message with headers), or null when no From header carries an address. */
export function senderAddressOf(text: string): SenderAddress | null {
  const header = fromHeader(text);
  if (!header) return null;
  const decoded = header.value.includes('&') ? decodeHTML(header.value) : header.value;
  const parsed = addressParser(decoded, { flatten: true }).find((a) => typeof a.address === 'string' && a.address.includes('@'));
  if (!parsed?.address) return null;
  const email = normaliseAddress(parsed.address);
  if (!email) return null;
  return { email, name: parsed.name ? cleanName(parsed.name) : null, span: { start: header.start, end: header.start + header.value.length } };
}
