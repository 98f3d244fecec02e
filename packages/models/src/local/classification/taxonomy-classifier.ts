import type { EmbeddingModel } from '../../model-contracts';
import type { TriageTaxonomy } from '../../triage/triage-taxonomy';
import type { Evidence } from '../extraction/confidence-calibration';
import { lexiconScores, type Lexicon } from './lexicon-scorer';
import { messageReading, type MessageReading } from './message-reading';

/**
 * E-mail intent and urgency from a tenant's triage taxonomy (config/triage), with no code per
 * tenant. Two readings of the message's subject and new part (message-reading.ts):
 * - the taxonomy's cue terms, any language (a term in the subject counts again: the subject says
 *   what the message is about, unless it is a reply's and the new part has cues of its own); a
 *   clear lead decides, unless the leader yields to an intent with a strong cue (`yieldsTo`);
 * - where the terms tie or say nothing, the nearest of the taxonomy's example messages in
 *   embedding space (cosine, the best example per intent), accepted above a similarity
 *   threshold, else the taxonomy's fallback intent (`other`).
 * The examples are embedded once per taxonomy version per process (cached by its hash); a message
 * is embedded only when the terms leave it open.
 */
export interface TaxonomyClassification {
  intent: string;
  evidence: Evidence;
}

export interface TaxonomyClassifierOptions {
  /** Nearest-example reading; without one, ties go to the fallback intent. */
  embedding?: EmbeddingModel;
  /**
   * Least cosine similarity to an intent's nearest example for it to be taken over the fallback.
   * USE-lite vectors of two unrelated business sentences sit around 0.1–0.25, paraphrases above
   * 0.4 (measured on the taxonomy's own examples, leave-one-out).
   */
  similarityThreshold?: number;
}

const defaultSimilarityThreshold = 0.35;
// The head of the new part is what the examples look like; it also bounds the embedding's cost.
const embeddedCharacters = 600;

const lexicons = new WeakMap<TriageTaxonomy, Lexicon>();
const exampleVectors = new Map<string, Promise<{ intent: string; vector: number[] }[]>>();

function lexiconOf(taxonomy: TriageTaxonomy): Lexicon {
  let lexicon = lexicons.get(taxonomy);
  if (!lexicon) {
    lexicon = Object.fromEntries(taxonomy.intents.map((intent) => [intent.name, intent.terms]));
    lexicons.set(taxonomy, lexicon);
  }
  return lexicon;
}

function examplesOf(taxonomy: TriageTaxonomy, embedding: EmbeddingModel) {
  const key = `${embedding.ref.model}@${embedding.ref.version}/${taxonomy.id}/${taxonomy.hash}`;
  let vectors = exampleVectors.get(key);
  if (!vectors) {
    const examples = taxonomy.intents.flatMap((intent) => intent.examples.map((text) => ({ intent: intent.name, text })));
    vectors = embedding.embed(examples.map((e) => e.text)).then((result) => examples.map((e, i) => ({ intent: e.intent, vector: result.value[i]! })));
    vectors.catch(() => exampleVectors.delete(key)); // a failed load is retried by the next message
    exampleVectors.set(key, vectors);
  }
  return vectors;
}

const dot = (a: readonly number[], b: readonly number[]) => a.reduce((sum, x, i) => sum + x * (b[i] ?? 0), 0);

function termScores(taxonomy: TriageTaxonomy, { subject, reply, body }: MessageReading): [string, number][] {
  const lexicon = lexiconOf(taxonomy);
  const inBody = lexiconScores(body, lexicon);
  // A reply's subject names the thread (often the other side's request): read only when the new part says nothing.
  const bodySaysSomething = Object.values(inBody).some((score) => score > 0);
  const inSubject = subject === '' || (reply && bodySaysSomething) ? {} : lexiconScores(subject, lexicon);
  return taxonomy.intents.map((intent) => [intent.name, (inBody[intent.name] ?? 0) + (inSubject[intent.name] ?? 0)] as [string, number]).sort((a, b) => b[1] - a[1]);
}

export function createTaxonomyClassifier(options: TaxonomyClassifierOptions = {}) {
  const threshold = options.similarityThreshold ?? defaultSimilarityThreshold;

  async function nearestExample(taxonomy: TriageTaxonomy, text: string, among: readonly string[]): Promise<{ intent: string; similarity: number } | null> {
    if (!options.embedding) return null;
    const examples = await examplesOf(taxonomy, options.embedding);
    const [vector] = (await options.embedding.embed([text.slice(0, embeddedCharacters)])).value;
    if (!vector) return null;
    let best: { intent: string; similarity: number } | null = null;
    for (const example of examples) {
      if (!among.includes(example.intent)) continue;
      const similarity = dot(vector, example.vector);
      if (!best || similarity > best.similarity) best = { intent: example.intent, similarity };
    }
    return best;
  }

  return {
    /** The message's intent in `taxonomy` and the kind of evidence behind it. */
    async intent(taxonomy: TriageTaxonomy, text: string): Promise<TaxonomyClassification> {
      const reading = messageReading(text);
      const { subject, body } = reading;
      const scores = termScores(taxonomy, reading);
      const [first, second] = scores;
      // The leader gives way to an intent it yields to that has a strong cue (2 points) of its own.
      const yieldsTo = first ? (taxonomy.intents.find((i) => i.name === first[0])?.yieldsTo ?? []) : [];
      const taker = scores.find(([name, score]) => yieldsTo.includes(name) && score >= 2);
      if (taker) return { intent: taker[0], evidence: 'lexiconWeak' };
      const lead = (first?.[1] ?? 0) - (second?.[1] ?? 0);
      if (first && first[1] > 0 && lead >= 1) return { intent: first[0], evidence: lead >= 2 ? 'lexiconStrong' : 'lexiconWeak' };
      const tied = first && first[1] > 0 ? scores.filter(([, score]) => score === first[1]).map(([name]) => name) : taxonomy.intents.map((i) => i.name);
      const nearest = await nearestExample(taxonomy, `${subject}\n${body}`, tied);
      if (nearest && nearest.similarity >= threshold) return { intent: nearest.intent, evidence: 'exampleNearest' };
      // Tied terms and no close example: the first tied intent in the taxonomy's order.
      if (first && first[1] > 0) return { intent: tied[0]!, evidence: 'lexiconTie' };
      return { intent: taxonomy.fallback, evidence: 'lexiconDefault' };
    },

    /** `high`, `low` or `normal` by the taxonomy's urgency rules (a low cue beats a high one). */
    urgency(taxonomy: TriageTaxonomy, text: string): TaxonomyClassification {
      const { subject, body } = messageReading(text);
      const scores = lexiconScores(`${subject}\n${body}`, { low: taxonomy.urgency.low, high: taxonomy.urgency.high });
      if ((scores.low ?? 0) >= 2) return { intent: 'low', evidence: 'lexiconWeak' };
      if ((scores.high ?? 0) >= 2) return { intent: 'high', evidence: 'lexiconStrong' };
      if ((scores.high ?? 0) === 1) return { intent: 'high', evidence: 'lexiconWeak' };
      return { intent: 'normal', evidence: 'lexiconWeak' };
    },
  };
}

export type TaxonomyClassifier = ReturnType<typeof createTaxonomyClassifier>;
