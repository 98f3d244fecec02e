import type { DocumentExtracted, DocumentIngested } from '@sluice/contracts';
import type { DocumentKind, ExtractionModel, LanguageDetector, ModelRef, ModelResult, ExtractedField, TriageTaxonomies } from '@sluice/models';
import { targetsFor } from '@sluice/models';
import { normaliseKind } from '@sluice/models';
import { MAX_REPEATED_ITEMS, capRepeatedFields } from './repeated-field-cap';

export interface ExtractionDeps {
  /** The profile's extraction chain (router): cascade, fallback and target checks happen inside. */
  extraction: ExtractionModel;
  language: LanguageDetector;
  /** Each tenant's e-mail triage taxonomy (config/triage): the intent values its e-mails may take. Absent: the default intents. */
  triage?: TriageTaxonomies;
  now?: () => number;
  /** Items kept per repeated target (line items); more are cut and named in the record's `capped`. Default MAX_REPEATED_ITEMS. */
  maxRepeatedItems?: number;
  /** Characters of the text the models read (its head); a longer text is named in `capped.text`. Default MAX_EXTRACTION_CHARS. */
  maxTextChars?: number;
}

/**
 * Characters of a document's text the models read. Work per document must be bounded (issue 12,
 * input 1): the local extractor is linear but a 10 MB text still took 40 s on 2 busy cores (a
 * 20,000-line invoice 20 s), past the consumer's session timeout; 256 Ki characters take a few
 * seconds. A model endpoint's own context window is smaller still.
 */
export const MAX_EXTRACTION_CHARS = 256 * 1024;

/** The first `max` UTF-16 code units of `text`, never ending inside a surrogate pair. */
function headOf(text: string, max: number): string {
  if (text.length <= max) return text;
  const last = text.charCodeAt(max - 1);
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? max - 1 : max);
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
 * Work and record are bounded: the models read the text's first `maxTextChars` characters,
 * repeated targets keep their first `maxRepeatedItems` items, and `capped` says what was cut
 * (`text` → the text's length, `lineItems` → how many items; the validator sends such a document
 * to review). `result` keeps the model's whole answer for the audit event.
 */
export async function extractDocument(document: DocumentIngested, deps: ExtractionDeps, signal?: AbortSignal): Promise<DocumentExtraction> {
  const now = deps.now ?? Date.now;
  const kind = normaliseKind(document.kind);
  const text = headOf(document.text, deps.maxTextChars ?? MAX_EXTRACTION_CHARS);
  const detected = deps.language.detect(text);
  const targets = targetsFor(kind, deps.triage?.for(document.tenant));
  const result: ModelResult<ExtractedField[]> =
    targets.length === 0
      ? { value: [], usage: { ...noUsage, characters: text.length }, model: languageOnlyRef(deps.language), degraded: false, redactions: {} }
      : await deps.extraction.extract({ documentId: document.id, tenant: document.tenant, kind, text }, targets, {
          tenant: document.tenant,
          signal,
        });
  const { fields, capped } = capRepeatedFields(result.value, deps.maxRepeatedItems ?? MAX_REPEATED_ITEMS);
  if (text.length < document.text.length) capped.text = document.text.length;
  const record: DocumentExtracted = {
    documentId: document.id,
    tenant: document.tenant,
    kind,
    text: document.text,
    language: detected.language === 'und' ? null : detected.language,
    receivedAt: document.receivedAt,
    fields: fields.map((field) => ({ name: field.name, value: field.value, confidence: field.confidence, span: field.span ?? null })),
    model: {
      provider: result.model.provider,
      model: result.model.model,
      version: result.model.version,
      promptId: result.model.promptId,
      promptHash: result.model.promptHash,
    },
    degraded: result.degraded,
    extractedAt: now(),
    capped,
  };
  return { record, result, kind };
}
