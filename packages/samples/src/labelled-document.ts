/** The shape of every generated document: the ingest contract plus a separate ground truth. */

export type SampleKind = 'invoice' | 'email' | 'ticket';
export type Split = 'dev' | 'holdout';

export interface IngestDocument {
  id: string;
  tenant: string;
  kind: SampleKind;
  source: { platform: string; uri: string | null };
  contentType: string;
  text: string;
  receivedAt: number;
  attributes: Record<string, string>;
}

export interface ExpectedDecision {
  /** Id of the earlier document this one exactly repeats. */
  duplicateOf?: string;
  badIban?: boolean;
  totalsMismatch?: boolean;
  /** Required fields absent from the text. */
  missing: string[];
  unknownVendor?: boolean;
  /** Reference vendor id when the vendor is known. */
  vendorId?: string;
}

export interface Truth {
  /** Normalised as model-contracts.ts says; indexed names for repeated fields. */
  fields: Record<string, string>;
  expected: ExpectedDecision;
  language: string;
  template: string;
  split: Split;
}

export interface LabelledDocument {
  document: IngestDocument;
  truth: Truth;
}
