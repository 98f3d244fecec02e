/**
 * What the rules look at: one enriched document, flattened. Values are normalised upstream
 * (dates YYYY-MM-DD, amounts `1234.50`, ISO currency, IBAN without spaces); repeated fields are
 * indexed (`lineItems[0].amount`, `customerIds[1]`).
 */
export interface ExtractedField {
  name: string;
  value: string;
  confidence: number;
  /** Where the value was read in the document text ([start, end) in UTF-16 code units); null when unknown. */
  span?: { start: number; end: number } | null;
}

export interface EntityMatch {
  entityType: string;
  refId: string;
  name: string;
  score: number;
}

export interface ValidationInput {
  kind: string;
  tenant: string;
  fields: readonly ExtractedField[];
  matches: readonly EntityMatch[];
  /** Id of an earlier document this one looks like, and how alike (0..1); null when none. */
  duplicateOf: string | null;
  duplicateScore: number | null;
  /** Connector lookups by dotted name, e.g. `erp.vendor.status` → `blocked`. */
  facts: Readonly<Record<string, string>>;
}

export const severities = ['reject', 'review', 'info'] as const;
export type Severity = (typeof severities)[number];

export interface Violation {
  rule: string;
  severity: Severity;
  message: string;
}

export type Decision = 'ACCEPTED' | 'REJECTED' | 'REVIEW';

export interface ValidationOutcome {
  decision: Decision;
  violations: Violation[];
}
