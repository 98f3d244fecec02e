import type { DocumentKind } from '@sluice/models';

/**
 * One labelled document of any corpus, in the shape the scorer reads. `expected` holds the
 * corpus's labels by field name: a string for single fields, a list for repeated ones
 * (`customerIds`, `orderIds`), `null` when the document does not contain the field.
 */
export type ExpectedValue = string | readonly string[] | null;

export interface LabelledCase {
  /** Corpus-unique id (the label's `id`). */
  id: string;
  kind: DocumentKind;
  /** Tenant the document is extracted for: the e-mail taxonomy's name in the messages corpus. */
  tenant: string;
  text: string;
  expected: Readonly<Record<string, ExpectedValue>>;
  /** The label's `split` (`dev` / `test` in the messages corpus), when it has one. */
  split?: string;
}

/** What the extractor returned for one case (the `ExtractedField` shape of @sluice/models). */
export interface PredictedField {
  name: string;
  value: string;
  confidence: number;
}

export interface CaseResult {
  case: LabelledCase;
  fields: readonly PredictedField[];
}
