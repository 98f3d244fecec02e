import type { CallOptions, Classification, ClassificationModel, ModelRef, ModelResult } from '../../model-contracts';
import { evidenceConfidence } from '../extraction/confidence-calibration';
import { rulesModelVersion } from '../extraction/model-versions';
import { kindLexicon, ticketCategoryLexicon } from './document-lexicons';
import { urgencyLexicon } from './intent-lexicon';
import { loadTriageTaxonomies } from '../../triage/load-triage-taxonomies';
import type { TriageTaxonomy } from '../../triage/triage-taxonomy';
import { scoreLexicon, type Lexicon } from './lexicon-scorer';

/**
 * The `local` classifier: multilingual lexicon scoring for document kind, email intent (the cue
 * terms of the default triage taxonomy, config/triage/default.json), ticket category and urgency. The lexicon is chosen by the labels asked for, so a caller passes the
 * label set it cares about (`['invoice', 'email', 'ticket', 'other']` or the intent values).
 * Confidence follows the score margin (see confidence-calibration.ts).
 */
function lexiconFor(lexicons: readonly Lexicon[], labels: readonly string[]): Lexicon | null {
  let best: Lexicon | null = null;
  let bestOverlap = 0;
  for (const lexicon of lexicons) {
    const overlap = labels.filter((l) => l in lexicon && l !== 'other' && l !== 'normal').length;
    if (overlap > bestOverlap) {
      best = lexicon;
      bestOverlap = overlap;
    }
  }
  return best;
}

export function createLocalClassificationModel(options: { now?: () => number; intents?: TriageTaxonomy } = {}): ClassificationModel {
  const now = options.now ?? (() => performance.now());
  const taxonomy = options.intents ?? loadTriageTaxonomies().defaults;
  const intentLexicon: Lexicon = Object.fromEntries(taxonomy.intents.map((intent) => [intent.name, intent.terms]));
  const lexicons: readonly Lexicon[] = [kindLexicon, intentLexicon, ticketCategoryLexicon, urgencyLexicon];
  const ref: ModelRef = { provider: 'local', model: 'sluice-lexicon-classifier', version: rulesModelVersion(), promptId: null, promptHash: null };
  return {
    ref,
    classify(text: string, labels: readonly string[], callOptions?: CallOptions): Promise<ModelResult<Classification>> {
      const started = now();
      callOptions?.signal?.throwIfAborted();
      const lexicon = lexiconFor(lexicons, labels);
      const fallback = labels.includes('other') ? 'other' : labels.includes('normal') ? 'normal' : (labels[0] ?? 'other');
      const score = lexicon ? scoreLexicon(text, lexicon, labels, fallback) : { label: fallback, score: 0, margin: 0 };
      const confidence =
        score.score === 0 ? evidenceConfidence.lexiconDefault : score.margin >= 2 ? evidenceConfidence.lexiconStrong : evidenceConfidence.lexiconWeak;
      return Promise.resolve({
        value: { label: score.label, confidence },
        usage: { inputTokens: 0, outputTokens: 0, characters: text.length, latencyMs: now() - started, costUsd: 0 },
        model: ref,
        degraded: false,
        redactions: {},
      });
    },
  };
}
