import type { DocumentDisagreement, LaneComparison } from './compare-lanes';
import { adjustForNoise, type NoiseAdjusted } from './noise-adjustment';
import { checkThresholds, type CheckResult, type Thresholds } from './thresholds';

/** A disagreement with what the baseline says about the same document (a hint that it is noise). */
export interface AnnotatedDisagreement extends DocumentDisagreement {
  /** The baseline's decision differs from the reference's on this document too. */
  decisionAlsoInBaseline: boolean;
  /** Exact field names on which the baseline differs from the reference too. */
  fieldsAlsoInBaseline: string[];
}

/** One candidate against one reference, with its noise baseline and gates. */
export interface CandidateReport {
  comparison: Omit<LaneComparison, 'disagreements'>;
  /** The baseline lane against the same reference, when the shadow has one. */
  baseline: Omit<LaneComparison, 'disagreements'> | null;
  noise: NoiseAdjusted;
  checks: CheckResult[];
  passed: boolean;
  disagreements: AnnotatedDisagreement[];
}

export interface ComparisonReport {
  generatedAt: string;
  tookMs: number;
  /** Auditor base URL for lineage links (`/documents/<id>?namespace=`), when given. */
  lineageUrl: string | null;
  sections: CandidateReport[];
  passed: boolean;
}

/** Joins a comparison, its baseline's and the gates into one section of the report. */
export function candidateReport(comparison: LaneComparison, baseline: LaneComparison | null, thresholds: Thresholds): CandidateReport {
  const noise = adjustForNoise(comparison, baseline);
  const checks = checkThresholds(comparison, noise, thresholds);
  const inBaseline = new Map(baseline?.disagreements.map((entry) => [entry.documentId, entry] as const) ?? []);
  const { disagreements, ...summary } = comparison;
  const baselineSummary = baseline === null ? null : (({ disagreements: _ignored, ...rest }) => rest)(baseline);
  return {
    comparison: summary,
    baseline: baselineSummary,
    noise,
    checks,
    passed: checks.every((check) => check.passed),
    disagreements: disagreements.map((entry) => {
      const other = inBaseline.get(entry.documentId);
      const otherFields = new Set(other?.differences.map((difference) => difference.field) ?? []);
      return {
        ...entry,
        decisionAlsoInBaseline: other?.decisionDiffers ?? false,
        fieldsAlsoInBaseline: entry.differences.map((difference) => difference.field).filter((field) => otherFields.has(field)),
      };
    }),
  };
}

export function comparisonReport(sections: CandidateReport[], options: { tookMs: number; lineageUrl?: string | null; now?: Date }): ComparisonReport {
  return {
    generatedAt: (options.now ?? new Date()).toISOString(),
    tookMs: options.tookMs,
    lineageUrl: options.lineageUrl ?? null,
    sections,
    passed: sections.every((section) => section.passed),
  };
}

/** How to see a document's lineage in a lane: the CLI command, and the auditor URL when known. */
export function lineageOf(documentId: string, prefix: string, lineageUrl: string | null): { command: string; url: string | null } {
  const quoted = /^[\w.:-]+$/.test(documentId) ? documentId : `'${documentId.replace(/'/g, `'\\''`)}'`;
  const command = `npx sluice audit lineage ${quoted}${prefix ? ` --namespace ${prefix}` : ''}`;
  const url = lineageUrl === null ? null : `${lineageUrl.replace(/\/$/, '')}/documents/${encodeURIComponent(documentId)}?namespace=${encodeURIComponent(prefix)}`;
  return { command, url };
}
