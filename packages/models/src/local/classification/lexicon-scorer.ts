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

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const cache = new WeakMap<LabelTerms, { strong: RegExp[]; weak: RegExp[] }>();

function compile(terms: LabelTerms) {
  let c = cache.get(terms);
  if (!c) {
    const re = (t: string) => new RegExp(`(?<![\\p{L}])${escape(t).replace(/\s+/g, '\\s+')}`, 'iu');
    c = { strong: terms.strong.map(re), weak: terms.weak.map(re) };
    cache.set(terms, c);
  }
  return c;
}

export function scoreLexicon(text: string, lexicon: Lexicon, labels: readonly string[], fallback: string): LexiconScore {
  const scores = labels.map((label) => {
    const terms = lexicon[label];
    if (!terms) return { label, score: 0 };
    const c = compile(terms);
    const score = c.strong.filter((r) => r.test(text)).length * 2 + c.weak.filter((r) => r.test(text)).length;
    return { label, score };
  });
  scores.sort((a, b) => b.score - a.score);
  const best = scores[0];
  if (!best || best.score === 0) return { label: labels.includes(fallback) ? fallback : (labels[0] ?? fallback), score: 0, margin: 0 };
  return { label: best.label, score: best.score, margin: best.score - (scores[1]?.score ?? 0) };
}
