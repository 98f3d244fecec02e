import type { DocumentExtracted } from '@sluice/contracts';

/** A character range of the document text, `[start, end)` in UTF-16 code units (JavaScript string offsets). */
export interface TextSpan {
  start: number;
  end: number;
}

/** An extracted field as the console shows it: with its source span when the extractor gave one. */
export interface ContextField {
  name: string;
  value: string;
  confidence: number;
  span: TextSpan | null;
}

/** What the reviewer sees beside the request: the text and the extraction behind the fields. */
export interface ReviewContext {
  documentId: string;
  tenant: string;
  kind: string;
  text: string;
  language: string | null;
  model: DocumentExtracted['model'];
  fields: ContextField[];
  extractedAt: number;
}

/** A usable span of `text`, or null (absent, malformed or outside the text: the console then shows no highlight). */
export function validSpan(span: unknown, textLength: number): TextSpan | null {
  if (typeof span !== 'object' || span === null) return null;
  const { start, end } = span as Record<string, unknown>;
  if (typeof start !== 'number' || typeof end !== 'number') return null;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start || end > textLength) return null;
  return { start, end };
}

/**
 * The context of an extracted document. Fields carry `span {start, end}` once the extractor writes
 * it (an additive schema change with a null default); older records and extractors without spans
 * give `span: null`.
 */
export function contextOf(extracted: DocumentExtracted): ReviewContext {
  return {
    documentId: extracted.documentId,
    tenant: extracted.tenant,
    kind: extracted.kind,
    text: extracted.text,
    language: extracted.language,
    model: extracted.model,
    fields: extracted.fields.map((field) => ({
      name: field.name,
      value: field.value,
      confidence: field.confidence,
      span: validSpan((field as { span?: unknown }).span, extracted.text.length),
    })),
    extractedAt: extracted.extractedAt,
  };
}
