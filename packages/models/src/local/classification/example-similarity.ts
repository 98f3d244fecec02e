import type { TriageTaxonomy } from '../../triage/triage-taxonomy';

/**
 * How close a message is to each intent of a tenant's taxonomy in a representation that needs no
 * model and no language: character 3–5-grams of words (lower-cased, accents folded, each word
 * padded with a space), weighted by TF-IDF over the taxonomy's own texts (every intent's examples,
 * its description, and its cue terms as one text), compared by cosine. An intent's similarity is
 * that of its nearest text. Inflections and compounds of the cue terms ("rimborsarci" near
 * "rimborsare", "Kaufpreiserstattung" near "erstattung") and stems shared across languages count
 * without a stemmer or a model. The index is built once per taxonomy version per process (keyed by its hash).
 */
type Vector = Map<string, number>;

interface ExampleIndex {
  idf: Map<string, number>;
  /** Idf of a gram no taxonomy text has. */
  unseen: number;
  texts: { intent: string; vector: Vector }[];
}

const indexes = new Map<string, ExampleIndex>();

const folded = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** Counts of the character 3–5-grams of `text`'s words. */
export function characterGrams(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of folded(text).split(' ')) {
    if (word === '') continue;
    const padded = ` ${word} `;
    for (let n = 3; n <= 5; n++) {
      for (let i = 0; i + n <= padded.length; i++) {
        const gram = padded.slice(i, i + n);
        counts.set(gram, (counts.get(gram) ?? 0) + 1);
      }
    }
  }
  return counts;
}

function weighted(counts: Map<string, number>, index: Pick<ExampleIndex, 'idf' | 'unseen'>): Vector {
  const vector: Vector = new Map();
  let norm = 0;
  for (const [gram, tf] of counts) {
    const weight = (1 + Math.log(tf)) * (index.idf.get(gram) ?? index.unseen);
    vector.set(gram, weight);
    norm += weight * weight;
  }
  norm = Math.sqrt(norm) || 1;
  for (const [gram, weight] of vector) vector.set(gram, weight / norm);
  return vector;
}

function indexOf(taxonomy: TriageTaxonomy): ExampleIndex {
  const key = `${taxonomy.id}/${taxonomy.hash}`;
  let index = indexes.get(key);
  if (!index) {
    const texts = taxonomy.intents.flatMap((intent) =>
      [...intent.examples, intent.description, [...intent.terms.strong, ...intent.terms.weak].join(' ')].map((text) => ({ intent: intent.name, counts: characterGrams(text) })),
    );
    const df = new Map<string, number>();
    for (const { counts } of texts) for (const gram of counts.keys()) df.set(gram, (df.get(gram) ?? 0) + 1);
    const idf = new Map([...df].map(([gram, n]) => [gram, Math.log((texts.length + 1) / (n + 1)) + 1]));
    const unseen = Math.log(texts.length + 1) + 1;
    index = { idf, unseen, texts: texts.map(({ intent, counts }) => ({ intent, vector: weighted(counts, { idf, unseen }) })) };
    indexes.set(key, index);
  }
  return index;
}

/** Per intent of `taxonomy`, the cosine (0–1) of `text` to its nearest example or description. */
export function exampleSimilarities(taxonomy: TriageTaxonomy, text: string): Record<string, number> {
  const index = indexOf(taxonomy);
  const vector = weighted(characterGrams(text), index);
  const out: Record<string, number> = Object.fromEntries(taxonomy.intents.map((intent) => [intent.name, 0]));
  for (const example of index.texts) {
    let cosine = 0;
    for (const [gram, weight] of vector) cosine += weight * (example.vector.get(gram) ?? 0);
    if (cosine > out[example.intent]!) out[example.intent] = cosine;
  }
  return out;
}
