import type { DocumentOutcome, FieldValue, LaneOutcomes, Outcome } from './lane-outcomes';

/** An outcome, or none: the lane has no result for a document in scope (still running, dead-lettered). */
export type OutcomeOrMissing = Outcome | 'MISSING';
export const outcomeColumns: readonly OutcomeOrMissing[] = ['ACCEPTED', 'REJECTED', 'REVIEW', 'MISSING'];

export interface CompareOptions {
  /** Two numeric values closer than this are the same value (absolute; default 0: exact). */
  numericTolerance?: number;
}

export interface FieldDifference {
  /** Exact field name, e.g. `lineItems[1].amount`. */
  field: string;
  change: 'missing' | 'added' | 'changed';
  reference: string | null;
  candidate: string | null;
  /** candidate − reference when both are numbers. */
  delta: number | null;
}

export interface DocumentDisagreement {
  documentId: string;
  tenant: string;
  kind: string;
  reference: OutcomeOrMissing;
  candidate: OutcomeOrMissing;
  decisionDiffers: boolean;
  differences: FieldDifference[];
}

/** Per field target (`lineItems.amount` covers every line item's amount), over documents both lanes decided. */
export interface FieldStats {
  field: string;
  /** Documents where either lane has the field. */
  documents: number;
  /** Documents with at least one instance missing / added / changed in the candidate. */
  missing: number;
  added: number;
  changed: number;
  /** Documents with any difference on the field. */
  disagreeing: number;
  /** disagreeing / documents. */
  rate: number;
  /** Over changed numeric values: mean and largest |candidate − reference|. */
  meanAbsDelta: number | null;
  maxAbsDelta: number | null;
  /** Mean confidence of the field, candidate minus reference, where both have it. */
  confidenceShift: number | null;
}

export interface Percentiles {
  p50: number | null;
  p95: number | null;
}

export interface LaneComparison {
  reference: { label: string; prefix: string };
  candidate: { label: string; prefix: string };
  /** Documents the comparison is about (those replayed into the shadow). */
  scope: number;
  /** In scope with an outcome in both lanes. */
  joined: number;
  /** In scope without an outcome: the reference's are left out of every rate, the candidate's count as disagreeing decisions. */
  missing: { reference: string[]; candidate: string[] };
  decisions: {
    /** Documents the reference decided (the denominator). */
    compared: number;
    agreeing: number;
    /** agreeing / compared (1 when nothing was compared). */
    agreement: number;
    /** 1 − agreement. */
    disagreement: number;
    /** confusion[reference][candidate] = documents. */
    confusion: Record<OutcomeOrMissing, Record<OutcomeOrMissing, number>>;
  };
  fields: FieldStats[];
  /** Share of joined documents sent to review. */
  reviewRate: { reference: number; candidate: number; delta: number };
  /** Mean field confidence per joined document, averaged. */
  confidence: { reference: number | null; candidate: number | null; shift: number | null };
  /** Mean cost per joined document (USD); `increase` relative to the reference (`relativeIncrease`). */
  costPerDocumentUsd: { reference: number; candidate: number; delta: number; increase: number };
  /** Time in model calls per joined document (ms). */
  latencyMs: { reference: Percentiles; candidate: Percentiles; deltaP50: number | null; deltaP95: number | null; p95Increase: number | null };
  disagreements: DocumentDisagreement[];
}

const NUMBER = /^-?\d+(\.\d+)?$/;

/** `lineItems[3].amount` → `lineItems.amount`. */
export function fieldTarget(name: string): string {
  return name.replace(/\[\d+\]/g, '');
}

/** Nearest-rank percentile of `values` (null when empty). */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** Relative increase of `candidate` over `reference`: 0.1 = 10 % more; from 0 to more than 0 is +Infinity. */
export function relativeIncrease(reference: number, candidate: number): number {
  if (reference === 0) return candidate > 0 ? Number.POSITIVE_INFINITY : 0;
  return (candidate - reference) / reference;
}

const mean = (values: readonly number[]) => (values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length);

/** The differences between two documents' fields (exact names), numbers within `tolerance` equal. */
export function fieldDifferences(reference: ReadonlyMap<string, FieldValue>, candidate: ReadonlyMap<string, FieldValue>, tolerance = 0): FieldDifference[] {
  const names = [...new Set([...reference.keys(), ...candidate.keys()])].sort();
  const differences: FieldDifference[] = [];
  for (const field of names) {
    const before = reference.get(field)?.value ?? null;
    const after = candidate.get(field)?.value ?? null;
    if (before !== null && after === null) differences.push({ field, change: 'missing', reference: before, candidate: null, delta: null });
    else if (before === null && after !== null) differences.push({ field, change: 'added', reference: null, candidate: after, delta: null });
    else if (before !== null && after !== null && before !== after) {
      const numeric = NUMBER.test(before) && NUMBER.test(after);
      const delta = numeric ? Number(after) - Number(before) : null;
      if (delta !== null && Math.abs(delta) <= tolerance) continue;
      differences.push({ field, change: 'changed', reference: before, candidate: after, delta });
    }
  }
  return differences;
}

function emptyConfusion(): Record<OutcomeOrMissing, Record<OutcomeOrMissing, number>> {
  const row = () => ({ ACCEPTED: 0, REJECTED: 0, REVIEW: 0, MISSING: 0 });
  return { ACCEPTED: row(), REJECTED: row(), REVIEW: row(), MISSING: row() };
}

function meanConfidence(document: DocumentOutcome): number | null {
  return mean([...document.fields.values()].map((field) => field.confidence));
}

/**
 * Compares a candidate lane with a reference lane over the documents in `scope`, joined by document
 * id. Pure: the lanes are read elsewhere (read-lane-outcomes.ts).
 */
export function compareLanes(reference: LaneOutcomes, candidate: LaneOutcomes, scope: ReadonlySet<string>, options: CompareOptions = {}): LaneComparison {
  const tolerance = options.numericTolerance ?? 0;
  const confusion = emptyConfusion();
  const missing = { reference: [] as string[], candidate: [] as string[] };
  const disagreements: DocumentDisagreement[] = [];
  const perField = new Map<string, { documents: number; missing: number; added: number; changed: number; disagreeing: number; deltas: number[]; confidence: number[] }>();
  const joined: [DocumentOutcome, DocumentOutcome][] = [];
  let compared = 0;
  let agreeing = 0;

  for (const documentId of [...scope].sort()) {
    const before = reference.documents.get(documentId);
    const after = candidate.documents.get(documentId);
    if (!before) missing.reference.push(documentId);
    if (!after) missing.candidate.push(documentId);
    const left: OutcomeOrMissing = before?.outcome ?? 'MISSING';
    const right: OutcomeOrMissing = after?.outcome ?? 'MISSING';
    confusion[left][right] += 1;
    if (!before) continue;
    compared += 1;
    if (left === right) agreeing += 1;
    const differences = after ? fieldDifferences(before.fields, after.fields, tolerance) : [];
    if (after) {
      joined.push([before, after]);
      const targets = new Set([...before.fields.keys(), ...after.fields.keys()].map(fieldTarget));
      for (const target of targets) {
        const stats = perField.get(target) ?? { documents: 0, missing: 0, added: 0, changed: 0, disagreeing: 0, deltas: [], confidence: [] };
        perField.set(target, stats);
        stats.documents += 1;
        const mine = differences.filter((difference) => fieldTarget(difference.field) === target);
        if (mine.some((d) => d.change === 'missing')) stats.missing += 1;
        if (mine.some((d) => d.change === 'added')) stats.added += 1;
        if (mine.some((d) => d.change === 'changed')) stats.changed += 1;
        if (mine.length > 0) stats.disagreeing += 1;
        for (const d of mine) if (d.delta !== null) stats.deltas.push(Math.abs(d.delta));
        const confidences = (doc: DocumentOutcome) => [...doc.fields].filter(([name]) => fieldTarget(name) === target).map(([, field]) => field.confidence);
        const [was, is] = [mean(confidences(before)), mean(confidences(after))];
        if (was !== null && is !== null) stats.confidence.push(is - was);
      }
    }
    if (left !== right || differences.length > 0) {
      disagreements.push({ documentId, tenant: before.tenant, kind: before.kind, reference: left, candidate: right, decisionDiffers: left !== right, differences });
    }
  }

  const fields: FieldStats[] = [...perField.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([field, stats]) => ({
      field,
      documents: stats.documents,
      missing: stats.missing,
      added: stats.added,
      changed: stats.changed,
      disagreeing: stats.disagreeing,
      rate: stats.documents === 0 ? 0 : stats.disagreeing / stats.documents,
      meanAbsDelta: mean(stats.deltas),
      maxAbsDelta: stats.deltas.length === 0 ? null : Math.max(...stats.deltas),
      confidenceShift: mean(stats.confidence),
    }));

  const side = (pick: (pair: [DocumentOutcome, DocumentOutcome]) => DocumentOutcome) => joined.map(pick);
  const [refs, cands] = [side((pair) => pair[0]), side((pair) => pair[1])];
  const reviewShare = (docs: DocumentOutcome[]) => (docs.length === 0 ? 0 : docs.filter((doc) => doc.outcome === 'REVIEW').length / docs.length);
  const confidenceOf = (docs: DocumentOutcome[]) => mean(docs.map(meanConfidence).filter((value): value is number => value !== null));
  const costOf = (docs: DocumentOutcome[]) => mean(docs.map((doc) => doc.costUsd)) ?? 0;
  const latencies = (docs: DocumentOutcome[]): Percentiles => ({
    p50: percentile(docs.map((doc) => doc.latencyMs), 50),
    p95: percentile(docs.map((doc) => doc.latencyMs), 95),
  });
  const [refConfidence, candConfidence] = [confidenceOf(refs), confidenceOf(cands)];
  const [refCost, candCost] = [costOf(refs), costOf(cands)];
  const [refLatency, candLatency] = [latencies(refs), latencies(cands)];
  const difference = (a: number | null, b: number | null) => (a === null || b === null ? null : b - a);
  const agreement = compared === 0 ? 1 : agreeing / compared;

  return {
    reference: { label: reference.label, prefix: reference.prefix },
    candidate: { label: candidate.label, prefix: candidate.prefix },
    scope: scope.size,
    joined: joined.length,
    missing,
    decisions: { compared, agreeing, agreement, disagreement: 1 - agreement, confusion },
    fields,
    reviewRate: { reference: reviewShare(refs), candidate: reviewShare(cands), delta: reviewShare(cands) - reviewShare(refs) },
    confidence: { reference: refConfidence, candidate: candConfidence, shift: difference(refConfidence, candConfidence) },
    costPerDocumentUsd: { reference: refCost, candidate: candCost, delta: candCost - refCost, increase: relativeIncrease(refCost, candCost) },
    latencyMs: {
      reference: refLatency,
      candidate: candLatency,
      deltaP50: difference(refLatency.p50, candLatency.p50),
      deltaP95: difference(refLatency.p95, candLatency.p95),
      p95Increase: refLatency.p95 === null || candLatency.p95 === null ? null : relativeIncrease(refLatency.p95, candLatency.p95),
    },
    disagreements,
  };
}
