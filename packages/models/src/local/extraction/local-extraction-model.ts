import nlp from 'compromise';
import type { CallOptions, ExtractedField, ExtractionModel, ExtractionRequest, FieldTarget, ModelRef, ModelResult } from '../../model-contracts';
import { targetNameOf } from '../../extraction-targets';
import type { LanguageDetector } from '../language/language-detector';
import { amountFields } from './amount-fields';
import { evidenceConfidence } from './confidence-calibration';
import type { FieldCandidate } from './field-candidate';
import { dateFields, identifierFields } from './header-fields';
import { labelSegments } from './label-segments';
import { lineItemFields } from './line-items';
import { customerIdFields, intentField, senderFields, ticketFields, urgencyField } from './message-fields';
import { rulesModelVersion } from './model-versions';
import { ibanFields, vatIdFields, vendorFields } from './party-fields';
import type { EntityRecognizer } from './recognizers-entities';

/**
 * The `local` extractor: project rules (labels, checksums, arithmetic) first, Recognizers-Text
 * for segments the rules cannot read, compromise for organisation and person candidates.
 * No network, no weights to download; construct once per process.
 */
export interface LocalExtractionDependencies {
  recognizer: EntityRecognizer;
  languages: LanguageDetector;
  now?: () => number;
}

async function invoiceCandidates(text: string, deps: LocalExtractionDependencies): Promise<FieldCandidate[]> {
  const segments = labelSegments(text);
  const language = deps.languages.detect(text).language;
  const out = [
    ...identifierFields(segments),
    ...dateFields(text, segments, language),
    ...amountFields(text, segments),
    ...ibanFields(text),
    ...vatIdFields(text),
    ...vendorFields(text, segments, () => nlp(text).organizations().out('array') as string[]),
    ...lineItemFields(text),
  ];
  // Labelled date segments our parser could not read get a second opinion from Recognizers-Text.
  for (const [name, kind] of [['issueDate', 'issueDate'], ['dueDate', 'dueDate']] as const) {
    if (out.some((c) => c.name === name)) continue;
    const segment = segments.find((s) => s.kind === kind);
    if (!segment) continue;
    const date = await deps.recognizer.date(segment.value, language);
    if (date) out.push({ name, value: date, evidence: 'cueDate' });
  }
  return out;
}

async function emailCandidates(text: string, deps: LocalExtractionDependencies): Promise<FieldCandidate[]> {
  const hasHeaderEmail = /^(?:from|von|de|da|van)\s*:.*@/im.test(text);
  const fallbackEmails = hasHeaderEmail ? [] : await deps.recognizer.emails(text);
  return [
    ...senderFields(text, fallbackEmails, () => nlp(text).people().out('array') as string[]),
    ...customerIdFields(text),
    intentField(text),
    urgencyField(text),
  ];
}

export function createLocalExtractionModel(deps: LocalExtractionDependencies): ExtractionModel {
  const now = deps.now ?? (() => performance.now());
  const ref: ModelRef = { provider: 'local', model: 'sluice-rules-ner', version: rulesModelVersion(), promptId: null, promptHash: null };
  return {
    ref,
    async extract(request: ExtractionRequest, targets: readonly FieldTarget[], options?: CallOptions): Promise<ModelResult<ExtractedField[]>> {
      const started = now();
      options?.signal?.throwIfAborted();
      const candidates =
        request.kind === 'invoice'
          ? await invoiceCandidates(request.text, deps)
          : request.kind === 'email'
            ? await emailCandidates(request.text, deps)
            : request.kind === 'ticket'
              ? ticketFields(request.text)
              : [];
      const wanted = new Set(targets.map((t) => t.name));
      const fields = candidates
        .filter((c) => wanted.has(targetNameOf(c.name)))
        .map((c) => ({ name: c.name, value: c.value, confidence: evidenceConfidence[c.evidence] }));
      return {
        value: fields,
        usage: { inputTokens: 0, outputTokens: 0, characters: request.text.length, latencyMs: now() - started, costUsd: 0 },
        model: ref,
        degraded: false,
        redactions: {},
      };
    },
  };
}

/** The extractor with its real dependencies: Recognizers-Text and cld3 (stop-word fallback). */
export async function createDefaultLocalExtractionModel(): Promise<ExtractionModel> {
  const [{ createEntityRecognizer }, { createLanguageDetector }] = await Promise.all([import('./recognizers-entities'), import('../language/language-detector')]);
  return createLocalExtractionModel({ recognizer: createEntityRecognizer(), languages: await createLanguageDetector() });
}
