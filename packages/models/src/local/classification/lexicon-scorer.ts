/**
 * Scores text against per-label term lists (any language mixed: a term that never occurs costs
 * nothing). A term matches at a word start, so stems such as "beschwer" catch "Beschwerde".
 * Confidence comes from the margin between the best and second-best label.
 */
export interface LabelTerms {
  /** Terms worth 2 points: phrases that rarely appear outside this label. */
  strong: readonly string[];
  /** Terms worth 1 point. */
  weak: readonly string[];
}

export type Lexicon = Record<string, LabelTerms>;

export interface LexiconScore {
  label: string;
  score: number;
  margin: number;
}

// Terms are found with indexOf on the lower-cased text with white space collapsed, then checked
// for a word start: a thousand terms cost a few native scans instead of a thousand regex runs.
interface CompiledTerms {
  strong: string[];
  weak: string[];
}

const cache = new WeakMap<LabelTerms, CompiledTerms>();
const normalise = (text: string) => text.toLowerCase().replace(/\s+/gu, ' ');

function compile(terms: LabelTerms): CompiledTerms {
  let c = cache.get(terms);
  if (!c) {
    c = { strong: terms.strong.map(normalise), weak: terms.weak.map(normalise) };
    cache.set(terms, c);
  }
  return c;
}

const letter = /\p{L}/u;

// Negation words of the languages the lexicons cover. A cue right after one of them, or after one
// of them and an article ("no refund", "not a complaint", "ik wil geen creditnota", "pas de
// remboursement"), says the writer does not want it; "not yet credited back" (an awaited event)
// and "haven't received the parcel" (a verb between) still count. Bare "no" is also Portuguese and
// Italian "in the" ("no site"): it negates only at the start of a clause ("No refund needed").
const negationWords = new Set([
  'not', "don't", "doesn't", "didn't", "won't", 'never', 'without', 'nicht', 'kein', 'keine', 'keinen', 'keiner', 'ohne',
  'pas', 'sans', 'aucun', 'aucune', 'sin', 'ningún', 'ninguna', 'non', 'senza', 'nessun', 'nessuna', 'niet', 'geen', 'zonder',
  'bez', 'żadnego', 'żadnej', 'nie', 'não', 'sem', 'nenhum', 'inte', 'ingen', 'inget', 'utan',
]);
const articles = new Set(['a', 'an', 'any', 'the', 'de', 'd\'', 'du', 'un', 'une', 'el', 'la', 'le', 'lo', 'een', 'het', 'ein', 'eine', 'einen', 'um', 'uma', 'en', 'ett', 'di', 'del']);
const clauseBreak = /[.;:!?,()\n]|\b(?:but|aber|mais|pero|ma|maar|ale|mas|men)\b/u;

/** Whether the cue at `at` is negated: a negation word right before it, or before an article before it. */
function negatedAt(text: string, at: number): boolean {
  const clause = text.slice(Math.max(0, at - 60), at).split(clauseBreak).pop() ?? '';
  const words = clause.split(/\s+/u).filter((w) => w !== '').map((w) => w.replace(/\u2019/gu, "'"));
  const last = words.at(-1);
  const negation = last !== undefined && articles.has(last) ? words.length - 2 : words.length - 1;
  const word = words[negation];
  if (word === undefined) return false;
  return negationWords.has(word) || (word === 'no' && negation === 0);
}

/** Whether `term` occurs in `text` (both normalised) at a word start (and, if asked, not negated). */
function occursAtWordStart(text: string, term: string, skipNegated: boolean): boolean {
  for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) {
    if (at === 0 || !letter.test(text[at - 1]!) || !letter.test(term[0]!)) {
      if (!skipNegated || !negatedAt(text, at)) return true;
    }
  }
  return false;
}

const hits = (text: string, terms: readonly string[], skipNegated = false) => terms.reduce((n, term) => n + (occursAtWordStart(text, term, skipNegated) ? 1 : 0), 0);

/**
 * Every label's score on `text` (strong terms 2 points, weak 1, each term once). With
 * `skipNegated`, an occurrence under a negation (two words before it, same clause) does not count.
 */
export function lexiconScores(text: string, lexicon: Lexicon, options: { skipNegated?: boolean } = {}): Record<string, number> {
  const normalised = normalise(text);
  const skip = options.skipNegated ?? false;
  const out: Record<string, number> = {};
  for (const [label, terms] of Object.entries(lexicon)) {
    const c = compile(terms);
    out[label] = hits(normalised, c.strong, skip) * 2 + hits(normalised, c.weak, skip);
  }
  return out;
}

export function scoreLexicon(text: string, lexicon: Lexicon, labels: readonly string[], fallback: string): LexiconScore {
  const normalised = normalise(text);
  const scores = labels.map((label) => {
    const terms = lexicon[label];
    if (!terms) return { label, score: 0 };
    const c = compile(terms);
    return { label, score: hits(normalised, c.strong) * 2 + hits(normalised, c.weak) };
  });
  scores.sort((a, b) => b.score - a.score);
  const best = scores[0];
  if (!best || best.score === 0) return { label: labels.includes(fallback) ? fallback : (labels[0] ?? fallback), score: 0, margin: 0 };
  return { label: best.label, score: best.score, margin: best.score - (scores[1]?.score ?? 0) };
}
