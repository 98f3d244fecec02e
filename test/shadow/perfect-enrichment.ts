import type { DocumentEnriched } from '@sluice/contracts';
import type { LabelledDocument } from '@sluice/samples';

/**
 * What a perfect extractor, embedder and enricher hand the validator for a generated document: the
 * ground-truth fields, the known vendor matched (an unknown one matched weakly), the generator's
 * duplicate marked. The same construction as @sluice/rules' sample-decisions test, so the shipped
 * rules decide these records as `expectedSampleDecision` says.
 */
export function perfectEnrichment({ document, truth }: LabelledDocument, enrichedAt: number): DocumentEnriched {
  const matches = truth.expected.vendorId
    ? [{ entityType: 'vendor', refId: truth.expected.vendorId, name: truth.fields.vendorName ?? '', score: 0.95 }]
    : truth.expected.unknownVendor
      ? [{ entityType: 'vendor', refId: 'V-1001', name: 'nearest, but not it', score: 0.55 }]
      : [];
  return {
    documentId: document.id,
    tenant: document.tenant,
    kind: document.kind,
    receivedAt: document.receivedAt,
    fields: Object.entries(truth.fields).map(([name, value]) => ({ name, value, confidence: 1, span: null })),
    matches,
    duplicateOf: truth.expected.duplicateOf ?? null,
    duplicateScore: truth.expected.duplicateOf ? 1 : null,
    facts: {},
    enrichedAt,
  };
}
