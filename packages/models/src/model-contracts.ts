import type { PersonalDataType } from './privacy/personal-data-types';

/**
 * The adapter interface every model provider implements, per task. Pipeline code depends on
 * these types only; which provider serves a task is configuration (a profile), never code.
 */

export type DocumentKind = 'invoice' | 'email' | 'ticket' | 'other';

/** Which model and prompt produced a result: goes into every audit event. */
export interface ModelRef {
  provider: string; // adapter name, e.g. "local", "openai-compatible"
  model: string; // e.g. "use-lite-512", "gpt-4o-mini"
  version: string; // model or package version
  promptId: string | null; // prompt template id, null for prompt-less models (embeddings, rules)
  promptHash: string | null; // sha256 of the prompt template content
}

export interface Usage {
  inputTokens: number;
  outputTokens: number;
  characters: number;
  latencyMs: number;
  costUsd: number;
}

/**
 * One decision about a call to an external endpoint, for the audit trail: what the tenant's
 * policy allowed, what was hidden (counts per type, never values), and whether data left.
 */
export interface EgressRecord {
  /** Unique per model call; a batch's records repeat on each document's audit event. */
  callId: string;
  endpoint: string;
  task: 'embedding' | 'extraction' | 'classification';
  policy: 'deny' | 'redact' | 'allow';
  /** The consent or agreement an `allow` policy rests on. */
  consentReference: string | null;
  /** sent: an answer came back; failed: sent, no usable answer; withheld: nothing left. */
  outcome: 'sent' | 'failed' | 'withheld';
  /** Why a call was withheld (`policy deny`, `uncertain: script Han`), else null. */
  reason: string | null;
  redactions: Record<string, number>;
}

export interface ModelResult<T> {
  value: T;
  usage: Usage;
  model: ModelRef;
  /** True when a fallback provider answered because the preferred one was unavailable. */
  degraded: boolean;
  /** Counts of PII placeholders per type sent instead of the values (never the values). */
  redactions: Record<string, number>;
  /** Decisions about external endpoints behind this result (absent for local-only chains). */
  egress?: EgressRecord[];
}

export interface CallOptions {
  signal?: AbortSignal;
  tenant?: string;
  /**
   * Embeddings: inputs that are personal data as a whole (an extracted sender name embedded on
   * its own), by index into `texts`. An external endpoint receives a placeholder for them under
   * `redact`, whatever the recognisers would say about the bare value.
   */
  personalData?: ReadonlyArray<PersonalDataType | undefined>;
}

export interface EmbeddingModel {
  readonly ref: ModelRef;
  readonly dimensions: number;
  embed(texts: string[], options?: CallOptions): Promise<ModelResult<number[][]>>;
}

/**
 * Normalised field values, whatever the document's language or layout:
 * dates `YYYY-MM-DD`, amounts `1234.50` (dot decimal, no grouping), currency ISO 4217,
 * IBAN and VAT id upper case without spaces. Multi-valued fields use indexed names:
 * `lineItems[0].description`, `customerIds[1]`.
 */
export interface ExtractedField {
  name: string;
  value: string;
  confidence: number; // 0..1, calibrated: ~fraction of fields at this confidence that are right
  /**
   * Where the value was read: [start, end) offsets into the request's text in UTF-16 code units
   * (what JavaScript string indexes count), so `text.slice(start, end)` is what a reviewer sees
   * highlighted. Null when the value was computed or classified, or the provider cannot say.
   */
  span?: TextSpan | null;
}

export interface TextSpan {
  start: number;
  end: number;
}

export type FieldType = 'string' | 'date' | 'amount' | 'currency' | 'iban' | 'vatId' | 'email' | 'enum';

export interface FieldTarget {
  name: string;
  type: FieldType;
  description: string;
  required: boolean;
  /** For `enum` fields. */
  values?: readonly string[];
  /** Repeated (indexed) field such as line items or customer ids. */
  repeated?: boolean;
}

export interface ExtractionRequest {
  documentId: string;
  tenant: string;
  kind: DocumentKind;
  text: string;
}

export interface ExtractionModel {
  readonly ref: ModelRef;
  extract(
    request: ExtractionRequest,
    targets: readonly FieldTarget[],
    options?: CallOptions,
  ): Promise<ModelResult<ExtractedField[]>>;
}

export interface Classification {
  label: string;
  confidence: number;
}

export interface ClassificationModel {
  readonly ref: ModelRef;
  classify(text: string, labels: readonly string[], options?: CallOptions): Promise<ModelResult<Classification>>;
}
