import { receivedAtProblem } from '@sluice/contracts';

// Whitespace as JavaScript knows it (\s covers Unicode spaces) plus the invisible format
// characters a text of "nothing" is often made of: zero-width space/joiners, word joiner, BOM.
const BLANK = /^[\s\u200B-\u200D\u2060\uFEFF]*$/;

// C0 and C1 control characters other than tab, line feed and carriage return, and the bidi
// embeddings, overrides and isolates that make a text read otherwise than it is stored (CVE-2021-42574).
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u;

// Scripts the shipped models (local lexicons, language detector, multilingual embeddings) read.
const KNOWN_SCRIPT = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Devanagari}\p{Script=Thai}]/u;
const LETTER = /\p{L}/u;
// Letters of a text's head that decide its script: enough to tell, bounded for a long text.
const SCRIPT_SAMPLE = 10_000;

// Phrases that address a language model rather than the document's reader (prompt injection).
// A heuristic for review, not a defence: model outputs are checked against their targets anyway.
const INSTRUCTIONS =
  /\b(?:ignore|disregard|forget)\s+(?:all\s+|any\s+|the\s+)?(?:previous|prior|above|earlier|preceding)\s+(?:instructions|prompts?|rules)\b|\b(?:system|developer)\s+prompt\b|\byou\s+are\s+now\s+(?:an?|the)\b|\bact\s+as\s+(?:an?|the)\s+(?:ai|assistant|model|approver)\b/iu;

/** Whether most letters of the text's head are in no script the models read. */
function unknownScript(text: string): boolean {
  let letters = 0;
  let known = 0;
  for (const char of text.slice(0, SCRIPT_SAMPLE)) {
    if (!LETTER.test(char)) continue;
    letters++;
    if (KNOWN_SCRIPT.test(char)) known++;
  }
  return letters > 0 && known * 2 < letters;
}

/**
 * Facts about the document itself for the rules (`fact-value`): `document.text` = `empty` when the
 * text is empty or blank (issue 12, input 6: an empty ticket was ACCEPTED), `document.receivedAt`
 * = `implausible` when receivedAt is before 2000 or more than a day after `now` (input 3: seconds
 * or microseconds given as milliseconds), `extraction.<name>` = `capped` for each thing the
 * extractor cut to bound its work and record (inputs 1 and 5: `extraction.text` when the models
 * read only the head of a very long text, `extraction.lineItems` for a 20,000-line invoice).
 * Bad-input classes of issue 12 that are text, not bytes: `document.controlCharacters` =
 * `present` (C0/C1 controls, bidi overrides), `document.script` = `unknown` (most letters in a
 * script the models do not read), `document.instructions` = `present` (phrases addressed to a
 * model: prompt injection). No entry when there is nothing to say.
 */
export function documentFacts(document: { text: string; receivedAt: number; capped?: Record<string, number> }, now: number): Record<string, string> {
  const facts: Record<string, string> = {};
  for (const target of Object.keys(document.capped ?? {})) facts[`extraction.${target}`] = 'capped';
  if (BLANK.test(document.text)) facts['document.text'] = 'empty';
  if (receivedAtProblem(document.receivedAt, now) !== undefined) facts['document.receivedAt'] = 'implausible';
  if (CONTROL.test(document.text)) facts['document.controlCharacters'] = 'present';
  if (unknownScript(document.text)) facts['document.script'] = 'unknown';
  if (INSTRUCTIONS.test(document.text)) facts['document.instructions'] = 'present';
  return facts;
}
