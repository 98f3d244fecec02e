import EmailReplyParser from 'email-reply-parser';

export interface MarkedReply {
  /** The body in its order with quoted lines prefixed `> ` and the signature after a `-- ` line (RFC 3676 §4.3). */
  text: string;
  /** The new message only: neither quoted nor signature. */
  newMessage: string;
  quoted: boolean;
  signature: boolean;
}

const SIGNATURE_SEPARATOR = '-- ';

/**
 * Marks what is not the new message in an e-mail body, so triage reads the new message: quoted
 * replies (`On … wrote:` headers in many languages, Outlook's `-----Original Message-----` and
 * `From:/Sent:` blocks, `>` lines) get a `> ` prefix on every line — a quoted `From:` line can then
 * never be read as the sender — and a signature is set after the usenet separator `-- `.
 * Detection is email-reply-parser's (a port of GitHub's EmailReplyParser); the order of the
 * fragments is kept, so inline replies stay readable.
 */
export function markReply(body: string): MarkedReply {
  const normalised = body.replace(/\r\n?/g, '\n');
  const fragments = new EmailReplyParser().read(normalised).getFragments();
  const parts: string[] = [];
  const fresh: string[] = [];
  let quoted = false;
  let signature = false;
  for (const fragment of fragments) {
    const content = fragment.getContent().replace(/\n+$/, '');
    if (content.trim() === '') continue;
    if (fragment.isQuoted()) {
      quoted = true;
      parts.push(
        content
          .split('\n')
          .map((line) => (line.startsWith('>') ? line : `> ${line}`))
          .join('\n'),
      );
    } else if (fragment.isSignature()) {
      signature = true;
      const lines = content.split('\n');
      const body = /^--\s*$/.test(lines[0] ?? '') ? lines.slice(1) : lines;
      parts.push([SIGNATURE_SEPARATOR, ...body].join('\n'));
    } else {
      parts.push(content);
      fresh.push(content);
    }
  }
  return { text: parts.join('\n\n'), newMessage: fresh.join('\n\n'), quoted, signature };
}
