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

/** Whether `term` occurs in `text` (both normalised) at a word start. */
function occursAtWordStart(text: string, term: string): boolean {
  for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) {
    if (at === 0 || !letter.test(text[at - 1]!) || !letter.test(term[0]!)) return true;
  }
  return false;
}

const hits = (text: string, terms: readonly string[]) => terms.reduce((n, term) => n + (occursAtWordStart(text, term) ? 1 : 0), 0);

/** Every label's score on `text` (strong terms 2 points, weak 1, each term once). */
export function lexiconScores(text: string, lexicon: Lexicon): Record<string, number> {
  const normalised = normalise(text);
  const out: Record<string, number> = {};
  for (const [label, terms] of Object.entries(lexicon)) {
    const c = compile(terms);
    out[label] = hits(normalised, c.strong) * 2 + hits(normalised, c.weak);
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
