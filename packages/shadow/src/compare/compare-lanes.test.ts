import { describe, expect, it } from 'vitest';
import { compareLanes, fieldDifferences, percentile, relativeIncrease } from './compare-lanes';
import { candidateReport } from './comparison-report';
import type { DocumentOutcome, LaneOutcomes, Outcome } from './lane-outcomes';
import { adjustForNoise } from './noise-adjustment';
import { checkThresholds, noThresholds, parseDisagreementLimits, parseRatio } from './thresholds';

function doc(documentId: string, outcome: Outcome, fields: Record<string, string | [string, number]>, usage = { costUsd: 0.001, latencyMs: 10 }): DocumentOutcome {
  return {
    documentId,
    tenant: 'acme',
    kind: 'invoice',
    outcome,
    humanDecision: null,
    fields: new Map(Object.entries(fields).map(([name, value]) => [name, typeof value === 'string' ? { value, confidence: 0.9 } : { value: value[0], confidence: value[1] }])),
    ...usage,
  };
}

const lane = (label: string, prefix: string, docs: DocumentOutcome[]): LaneOutcomes => ({ label, prefix, documents: new Map(docs.map((d) => [d.documentId, d])) });

describe('fieldDifferences', () => {
  it('finds missing, added and changed fields; numbers within the tolerance are equal', () => {
    const before = doc('d', 'ACCEPTED', { total: '100.00', vendor: 'ACME', iban: 'DE1' }).fields;
    const after = doc('d', 'ACCEPTED', { total: '100.004', vendor: 'ACME GmbH', vat: 'DE9' }).fields;
    expect(fieldDifferences(before, after, 0.005)).toEqual([
      { field: 'iban', change: 'missing', reference: 'DE1', candidate: null, delta: null },
      { field: 'vat', change: 'added', reference: null, candidate: 'DE9', delta: null },
      { field: 'vendor', change: 'changed', reference: 'ACME', candidate: 'ACME GmbH', delta: null },
    ]);
    const total = fieldDifferences(before, after, 0).find((difference) => difference.field === 'total');
    expect(total).toMatchObject({ field: 'total', change: 'changed' });
    expect(total!.delta).toBeCloseTo(0.004, 10);
  });
});

describe('compareLanes', () => {
  const production = lane('production', '', [
    doc('d1', 'ACCEPTED', { invoiceNumber: 'A-1', 'lineItems[0].amount': '10.00', 'lineItems[1].amount': '5.00' }, { costUsd: 0.002, latencyMs: 10 }),
    doc('d2', 'ACCEPTED', { invoiceNumber: 'A-2' }, { costUsd: 0.002, latencyMs: 20 }),
    doc('d3', 'REVIEW', { invoiceNumber: 'A-3' }, { costUsd: 0.002, latencyMs: 30 }),
    doc('d4', 'REJECTED', { invoiceNumber: 'A-4' }, { costUsd: 0.002, latencyMs: 40 }),
    doc('d5', 'ACCEPTED', { invoiceNumber: 'A-5' }),
  ]);
  const shadow = lane('prompt-v2', 'shadow.prompt-v2.', [
    doc('d1', 'ACCEPTED', { invoiceNumber: 'A-1', 'lineItems[0].amount': '10.50', 'lineItems[1].amount': '5.00' }, { costUsd: 0.003, latencyMs: 20 }),
    doc('d2', 'REVIEW', { invoiceNumber: ['A-2', 0.4] }, { costUsd: 0.003, latencyMs: 40 }),
    doc('d3', 'REVIEW', { invoiceNumber: 'A-3' }, { costUsd: 0.003, latencyMs: 60 }),
    doc('d4', 'REJECTED', {}, { costUsd: 0.003, latencyMs: 80 }),
    doc('d6', 'ACCEPTED', { invoiceNumber: 'A-6' }),
  ]);
  const scope = new Set(['d1', 'd2', 'd3', 'd4', 'd5', 'd6']);
  const result = compareLanes(production, shadow, scope);

  it('joins by document id and lists documents missing on either side', () => {
    expect(result).toMatchObject({ scope: 6, joined: 4, missing: { reference: ['d6'], candidate: ['d5'] } });
  });

  it('counts decisions in the confusion table; a candidate without a result disagrees', () => {
    expect(result.decisions).toMatchObject({ compared: 5, agreeing: 3, agreement: 0.6 });
    expect(result.decisions.disagreement).toBeCloseTo(0.4, 10);
    expect(result.decisions.confusion.ACCEPTED).toEqual({ ACCEPTED: 1, REJECTED: 0, REVIEW: 1, MISSING: 1 });
    expect(result.decisions.confusion.REVIEW.REVIEW).toBe(1);
    expect(result.decisions.confusion.MISSING.ACCEPTED).toBe(1);
  });

  it('rates each field target over the documents that have it, with numeric deltas and confidence shift', () => {
    const byField = Object.fromEntries(result.fields.map((stats) => [stats.field, stats]));
    expect(byField['lineItems.amount']).toMatchObject({ documents: 1, changed: 1, disagreeing: 1, rate: 1, meanAbsDelta: 0.5, maxAbsDelta: 0.5 });
    expect(byField.invoiceNumber).toMatchObject({ documents: 4, missing: 1, changed: 0, disagreeing: 1, rate: 0.25 });
    expect(byField.invoiceNumber!.confidenceShift).toBeCloseTo(-0.5 / 3, 10); // d2 0.9 → 0.4; d1, d3 unchanged
  });

  it('reports review rate, cost and model-time percentiles over the joined documents', () => {
    expect(result.reviewRate).toEqual({ reference: 0.25, candidate: 0.5, delta: 0.25 });
    expect(result.costPerDocumentUsd.reference).toBeCloseTo(0.002, 10);
    expect(result.costPerDocumentUsd.increase).toBeCloseTo(0.5, 10);
    expect(result.latencyMs.reference).toEqual({ p50: 20, p95: 40 });
    expect(result.latencyMs.candidate).toEqual({ p50: 40, p95: 80 });
    expect(result.latencyMs.p95Increase).toBe(1);
  });

  it('lists every disagreeing document with both values', () => {
    expect(result.disagreements.map((entry) => [entry.documentId, entry.reference, entry.candidate, entry.differences.map((d) => d.field)])).toEqual([
      ['d1', 'ACCEPTED', 'ACCEPTED', ['lineItems[0].amount']],
      ['d2', 'ACCEPTED', 'REVIEW', []],
      ['d4', 'REJECTED', 'REJECTED', ['invoiceNumber']],
      ['d5', 'ACCEPTED', 'MISSING', []],
    ]);
  });

  it('agrees completely with itself', () => {
    const same = compareLanes(production, production, new Set(production.documents.keys()));
    expect(same.decisions.agreement).toBe(1);
    expect(same.fields.every((stats) => stats.rate === 0)).toBe(true);
    expect(same.disagreements).toEqual([]);
  });
});

describe('noise adjustment and gates', () => {
  const ids = Array.from({ length: 10 }, (_, i) => `d${i}`);
  const reference = lane('production', '', ids.map((id) => doc(id, 'ACCEPTED', { sender: 'Ann', total: '1.00' })));
  // The candidate reads `sender` differently on 4 documents and decides 1 differently; the baseline
  // (same configuration as production, run again) reads `sender` differently on 3.
  const candidate = lane('cand', 'shadow.cand.', ids.map((id, i) => doc(id, i === 0 ? 'REVIEW' : 'ACCEPTED', { sender: i < 4 ? 'An' : 'Ann', total: '1.00' })));
  const baseline = lane('cand (baseline)', 'shadow.cand.baseline.', ids.map((id, i) => doc(id, 'ACCEPTED', { sender: i >= 7 ? 'An' : 'Ann', total: '1.00' })));
  const scope = new Set(ids);
  const candComparison = compareLanes(reference, candidate, scope);
  const baseComparison = compareLanes(reference, baseline, scope);

  it('subtracts the baseline disagreement per field and for the decision', () => {
    const noise = adjustForNoise(candComparison, baseComparison);
    expect(noise.measured).toBe(true);
    const sender = noise.fields.find((rate) => rate.field === 'sender')!;
    expect(sender.raw).toBeCloseTo(0.4, 10);
    expect(sender.noise).toBeCloseTo(0.3, 10);
    expect(sender.adjusted).toBeCloseTo(0.1, 10);
    expect(noise.decision).toMatchObject({ noise: 0 });
    expect(noise.decision.adjusted).toBeCloseTo(0.1, 10);
    expect(adjustForNoise(candComparison, null).fields.find((rate) => rate.field === 'sender')).toMatchObject({ noise: 0, adjusted: 0.4 });
  });

  it('marks disagreements the baseline shows on the same document and field', () => {
    const report = candidateReport(candComparison, baseComparison, noThresholds);
    const d3 = report.disagreements.find((entry) => entry.documentId === 'd3')!;
    expect(d3.fieldsAlsoInBaseline).toEqual([]);
    const withOverlap = candidateReport(candComparison, compareLanes(reference, candidate, scope), noThresholds);
    expect(withOverlap.disagreements.find((entry) => entry.documentId === 'd3')!.fieldsAlsoInBaseline).toEqual(['sender']);
  });

  it('fails exactly the gates passed, on noise-adjusted rates', () => {
    const noise = adjustForNoise(candComparison, baseComparison);
    const checks = checkThresholds(candComparison, noise, {
      maxDisagreement: parseDisagreementLimits('decision=5%,sender=0.15,*=0'),
      maxCostIncrease: parseRatio('--max-cost-increase', '10%'),
      maxP95LatencyIncrease: 0,
    });
    expect(checks.map((check) => [check.check, check.passed])).toEqual([
      ['disagreement decision', false],
      ['disagreement sender', true],
      ['disagreement total', true],
      ['cost per document', true],
      ['p95 latency', true],
    ]);
  });

  it('parses shares and refuses nonsense', () => {
    expect(parseRatio('--x', '12.5%')).toBe(0.125);
    expect(() => parseRatio('--max-cost-increase', 'lots')).toThrow(/--max-cost-increase "lots"/);
    expect(() => parseDisagreementLimits('decision')).toThrow(/FIELD=SHARE/);
  });
});

describe('figures', () => {
  it('nearest-rank percentiles and relative increases', () => {
    expect(percentile([5, 1, 3, 2, 4], 50)).toBe(3);
    expect(percentile(Array.from({ length: 100 }, (_, i) => i + 1), 95)).toBe(95);
    expect(percentile([], 95)).toBeNull();
    expect(relativeIncrease(2, 3)).toBe(0.5);
    expect(relativeIncrease(0, 0)).toBe(0);
    expect(relativeIncrease(0, 1)).toBe(Number.POSITIVE_INFINITY);
  });
});
