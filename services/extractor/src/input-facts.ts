import type { DocumentIngested } from '@sluice/contracts';
import { normaliseKind } from '@sluice/models';

/** Above this many attributes, or this many UTF-16 units of names and values, the attributes are not metadata but a payload. */
export const MAX_ATTRIBUTES = 1_000;
export const MAX_ATTRIBUTE_CHARS = 64 * 1024;

// Media types whose bytes a browser or mail client may run: HTML (alone or inside a raw e-mail).
const MARKUP_TYPES = /html|xhtml|message\/rfc822/i;
// Active content in markup: script, frames, embedded objects, event-handler attributes, javascript: links.
const ACTIVE_CONTENT = /<\s*(?:script|iframe|frame|object|embed|applet)\b|<[^<>]*\son[a-z]+\s*=|(?:href|src|action)\s*=\s*["']?\s*javascript:/i;
// How much of the original is searched: active content sits in a document's head and body markup, bounded work for a large one.
const MARKUP_SAMPLE = 1024 * 1024;

const known = new Set(['invoice', 'email', 'ticket', 'other']);

/**
 * Facts about the ingested record itself that the rules weigh (fact-value; documents.extracted.v1
 * `inputFacts`, the enricher adds them to its facts), issue 12's bad inputs that decode fine but
 * must not pass unseen:
 * - `document.kind` = `unknown`: the producer's kind is none Sluice knows (`fax`); it is processed as
 *   `other` and goes to review (`unknown-kind`) instead of being accepted as if it were one;
 * - `document.attributes` = `excessive`: more than {@link MAX_ATTRIBUTES} attributes or
 *   {@link MAX_ATTRIBUTE_CHARS} characters of them (10,000 attributes: data hidden in metadata);
 * - `document.activeContent` = `present`: HTML or a raw e-mail (inline text or bytes, their first
 *   MiB) with scripts, frames, embedded objects, event handlers or javascript: links. The parser
 *   drops them from the text, so only the original shows them; a reference (`contentRef`) is not
 *   fetched here.
 * No entry when there is nothing to say.
 */
export function inputFacts(document: Pick<DocumentIngested, 'kind' | 'contentType' | 'text' | 'attributes' | 'content'>): Record<string, string> {
  const facts: Record<string, string> = {};
  const kind = document.kind.trim().toLowerCase();
  if (!known.has(kind) && normaliseKind(kind) === 'other') facts['document.kind'] = 'unknown';
  const attributes = Object.entries(document.attributes ?? {});
  let chars = 0;
  for (const [name, value] of attributes) chars += name.length + value.length;
  if (attributes.length > MAX_ATTRIBUTES || chars > MAX_ATTRIBUTE_CHARS) facts['document.attributes'] = 'excessive';
  if (MARKUP_TYPES.test(document.contentType)) {
    const original = [document.text.slice(0, MARKUP_SAMPLE), document.content ? Buffer.from(document.content.subarray(0, MARKUP_SAMPLE)).toString('latin1') : ''];
    if (original.some((markup) => ACTIVE_CONTENT.test(markup))) facts['document.activeContent'] = 'present';
  }
  return facts;
}
