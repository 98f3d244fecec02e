/** The decision a validator reaches: accepted, rejected by policy, or sent to review. */
export type SampleDecision = 'ACCEPTED' | 'REJECTED' | 'REVIEW';

/** The parts of a generated document's Truth the oracle reads. */
export interface SampleTruth {
  kind: string;
  fields: Readonly<Record<string, string>>;
  expected: {
    duplicateOf?: string;
    badIban?: boolean;
    totalsMismatch?: boolean;
    missing: readonly string[];
    unknownVendor?: boolean;
  };
}

/**
 * Approval limits of config/rules/default.json by currency. Written out again on purpose: the table
 * test in @sluice/rules compares this expectation with what the shipped rules decide, so a drift fails there.
 */
const approvalLimits: Readonly<Record<string, number>> = {
  EUR: 100_000,
  USD: 110_000,
  GBP: 85_000,
  CHF: 95_000,
  SEK: 1_100_000,
  PLN: 430_000,
};

/**
 * The test oracle: the decision the shipped default rules should reach on a generated sample when
 * extraction and enrichment are perfect; the yardstick for the end-to-end agreement figure.
 */
export function expectedSampleDecision(truth: SampleTruth): SampleDecision {
  const { expected, fields } = truth;
  if (expected.duplicateOf !== undefined || expected.badIban === true || expected.totalsMismatch === true)
    return 'REJECTED';
  if (expected.missing.length > 0 || expected.unknownVendor === true) return 'REVIEW';
  const limit = approvalLimits[fields.currency ?? ''];
  if (truth.kind === 'invoice' && limit !== undefined && Number(fields.totalAmount) > limit) return 'REVIEW';
  return 'ACCEPTED';
}
