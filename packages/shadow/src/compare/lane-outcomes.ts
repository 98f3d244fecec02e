/**
 * What one pipeline lane (production, a shadow, a shadow's baseline) decided for each document, as
 * `sluice compare` reads it back from the lane's topics.
 */

/** The policy's outcome: a final decision, or "would ask a person" (a shadow never asks one). */
export type Outcome = 'ACCEPTED' | 'REJECTED' | 'REVIEW';

export interface FieldValue {
  value: string;
  confidence: number;
}

export interface DocumentOutcome {
  documentId: string;
  tenant: string;
  kind: string;
  /**
   * REVIEW when the validator asked for a review (production: whatever a person decided later,
   * which `humanDecision` keeps; a shadow asks nobody), else the policy's ACCEPTED / REJECTED.
   */
  outcome: Outcome;
  humanDecision: 'ACCEPTED' | 'REJECTED' | null;
  /** Extracted fields by exact name (`lineItems[0].amount`), as the validator saw them. */
  fields: ReadonlyMap<string, FieldValue>;
  /** Sum of the document's audit events: model cost (USD) and time spent in model calls (ms). */
  costUsd: number;
  latencyMs: number;
}

export interface LaneOutcomes {
  /** `production`, the shadow's name, or `<name> (baseline)`. */
  label: string;
  /** The lane's topic prefix, which is also its audit namespace. */
  prefix: string;
  documents: ReadonlyMap<string, DocumentOutcome>;
}
