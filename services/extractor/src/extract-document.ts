import type { DocumentExtracted, DocumentIngested } from '@sluice/contracts';
import type { DocumentKind, ExtractionModel, LanguageDetector, ModelRef, ModelResult, ExtractedField, TriageTaxonomies } from '@sluice/models';
import { targetsFor } from '@sluice/models';
import { normaliseKind } from '@sluice/pipeline';

export interface ExtractionDeps {
  /** The profile's extraction chain (router): cascade, fallback and target checks happen inside. */
  extraction: ExtractionModel;
  language: LanguageDetector;
  /** Each tenant's e-mail triage taxonomy (config/triage): the intent values its e-mails may take. Absent: the default intents. */
  triage?: TriageTaxonomies;
  now?: () => number;
}

export interface DocumentExtraction {
  record: DocumentExtracted;
  /** The model call behind the fields, for the audit event (usage, model ref, redactions). */
  result: ModelResult<ExtractedField[]>;
  kind: DocumentKind;
}

/**
 * `other` documents have no targets: asking a (possibly paid) model for nothing would only cost
 * money, so their record names the language detector as the model that looked at them.
 */
export function languageOnlyRef(detector: LanguageDetector): ModelRef {
  return { provider: 'local', model: `language-${detector.method}`, version: '1', promptId: null, promptHash: null };
}

const noUsage = { inputTokens: 0, outputTokens: 0, characters: 0, latencyMs: 0, costUsd: 0 };

/**
 * One ingested document → its extracted record. Unknown kinds are processed as `other`. Model
 * answers that do not fit the targets never come back from the router (it throws
 * INVALID_MODEL_OUTPUT, which the runtime dead-letters), so whatever is returned here may be emitted.
 */
export async function extractDocument(document: DocumentIngested, deps: ExtractionDeps, signal?: AbortSignal): Promise<DocumentExtraction> {
  const now = deps.now ?? Date.now;
  const kind = normaliseKind(document.kind);
  const detected = deps.language.detect(document.text);
  const targets = targetsFor(kind, deps.triage?.for(document.tenant));
  const result: ModelResult<ExtractedField[]> =
    targets.length === 0
      ? { value: [], usage: { ...noUsage, characters: document.text.length }, model: languageOnlyRef(deps.language), degraded: false, redactions: {} }
      : await deps.extraction.extract({ documentId: document.id, tenant: document.tenant, kind, text: document.text }, targets, {
          tenant: document.tenant,
          signal,
        });
  const record: DocumentExtracted = {
    documentId: document.id,
    tenant: document.tenant,
    kind,
    text: document.text,
    language: detected.language === 'und' ? null : detected.language,
    receivedAt: document.receivedAt,
    fields: result.value.map((field) => ({ name: field.name, value: field.value, confidence: field.confidence, span: field.span ?? null })),
    model: {
      provider: result.model.provider,
      model: result.model.model,
      version: result.model.version,
      promptId: result.model.promptId,
      promptHash: result.model.promptHash,
    },
    degraded: result.degraded,
    extractedAt: now(),
  };
  return { record, result, kind };
}
