import type { AuditEvent, DocumentEmbedded, DocumentExtracted, DocumentProcessed } from '@sluice/contracts';

/** How a field is summarised and compared (see drift-monitor.ts for the methods of each). */
export type ProbeType = 'categorical' | 'amount' | 'confidence' | 'ratio' | 'embedding' | 'mean';

export interface Observation {
  tenant: string;
  kind: string;
  field: string;
  type: ProbeType;
  value: unknown;
}

/** The logical topics the drift probes read. */
export const driftTopics = ['documents.processed.v1', 'documents.extracted.v1', 'documents.embedded.v1', 'audit.events.v1'] as const;

function amountOf(text: string): number | undefined {
  const value = Number.parseFloat(text.replace(/[^0-9.-]/g, ''));
  return Number.isFinite(value) && value >= 0 ? value : undefined;
}

/**
 * What one result-topic record says about drift, as observations per tenant, kind and field:
 * final records give the decision and intent distributions, the vendor mix, amounts, per-field
 * confidences and the health ratios (review, rejection, violation, schema-valid); extraction gives
 * the degraded (fallback model) rate and languages; embeddings the document centroid; audit events
 * the model cost per call and PII hits (redactions before an external endpoint).
 */
export function observationsOf(topic: string, value: unknown): Observation[] {
  switch (topic) {
    case 'documents.processed.v1': {
      const v = value as DocumentProcessed;
      const base = { tenant: v.tenant, kind: v.kind };
      const field = (name: string) => v.fields.find((f) => f.name === name)?.value;
      const vendor = v.matches.find((m) => m.entityType === 'vendor')?.name ?? field('vendorName');
      const amount = field('totalAmount');
      const intent = field('intent');
      return [
        { ...base, field: 'decision', type: 'categorical', value: v.decision },
        { ...base, field: 'review-rate', type: 'ratio', value: v.decidedBy.actor === 'HUMAN' },
        { ...base, field: 'rejection-rate', type: 'ratio', value: v.decision === 'REJECTED' },
        { ...base, field: 'violation-rate', type: 'ratio', value: v.violations.length > 0 },
        { ...base, field: 'schema-valid', type: 'ratio', value: !v.violations.some((x) => x.rule === 'required-fields') },
        ...(vendor ? [{ ...base, field: 'vendor', type: 'categorical' as const, value: vendor.trim().toLowerCase() }] : []),
        ...(intent ? [{ ...base, field: 'intent', type: 'categorical' as const, value: intent }] : []),
        ...(amount !== undefined && amountOf(amount) !== undefined ? [{ ...base, field: 'totalAmount', type: 'amount' as const, value: amountOf(amount) }] : []),
        ...v.fields.map((f) => ({ ...base, field: `${f.name}.confidence`, type: 'confidence' as const, value: f.confidence })),
      ];
    }
    case 'documents.extracted.v1': {
      const v = value as DocumentExtracted;
      return [
        { tenant: v.tenant, kind: v.kind, field: 'degraded-rate', type: 'ratio', value: v.degraded },
        ...(v.language ? [{ tenant: v.tenant, kind: v.kind, field: 'language', type: 'categorical' as const, value: v.language }] : []),
      ];
    }
    case 'documents.embedded.v1': {
      const v = value as DocumentEmbedded;
      const document = v.embeddings.find((e) => e.target === 'document');
      return document ? [{ tenant: v.tenant, kind: v.kind, field: 'document-embedding', type: 'embedding', value: document.vector }] : [];
    }
    case 'audit.events.v1': {
      const v = value as AuditEvent;
      if (!v.model) return [];
      // Audit events carry no kind: these probes are per tenant over all kinds.
      return [
        { tenant: v.tenant, kind: '*', field: 'cost-per-call', type: 'mean', value: v.costUsd },
        { tenant: v.tenant, kind: '*', field: 'pii-hits', type: 'ratio', value: Object.values(v.redactions).some((count) => count > 0) },
      ];
    }
    default:
      return [];
  }
}
