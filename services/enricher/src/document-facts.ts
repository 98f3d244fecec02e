import { receivedAtProblem } from '@sluice/contracts';

// Whitespace as JavaScript knows it (\s covers Unicode spaces) plus the invisible format
// characters a text of "nothing" is often made of: zero-width space/joiners, word joiner, BOM.
const BLANK = /^[\s\u200B-\u200D\u2060\uFEFF]*$/;

/**
 * Facts about the document itself for the rules (`fact-value`): `document.text` = `empty` when the
 * text is empty or blank (issue 12, input 6: an empty ticket was ACCEPTED), `document.receivedAt`
 * = `implausible` when receivedAt is before 2000 or more than a day after `now` (input 3: seconds
 * or microseconds given as milliseconds), `extraction.<name>` = `capped` for each thing the
 * extractor cut to bound its work and record (inputs 1 and 5: `extraction.text` when the models
 * read only the head of a very long text, `extraction.lineItems` for a 20,000-line invoice).
 * No entry when there is nothing to say.
 */
export function documentFacts(document: { text: string; receivedAt: number; capped?: Record<string, number> }, now: number): Record<string, string> {
  const facts: Record<string, string> = {};
  for (const target of Object.keys(document.capped ?? {})) facts[`extraction.${target}`] = 'capped';
  if (BLANK.test(document.text)) facts['document.text'] = 'empty';
  if (receivedAtProblem(document.receivedAt, now) !== undefined) facts['document.receivedAt'] = 'implausible';
  return facts;
}
