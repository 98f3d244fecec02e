import { outcomeColumns } from '../compare/compare-lanes';
import type { CandidateReport } from '../compare/comparison-report';
import { ms, percent, signed, signedPercent, usd } from './report-figures';

/** A table's heading and rows of plain text cells; each renderer (md, html) escapes and lays them out. */
export interface ReportTable {
  head: string[];
  rows: string[][];
}

/** Decisions of the reference lane (rows) against the candidate's (columns), in counts. */
export function confusionTable({ comparison: c }: CandidateReport): ReportTable {
  return {
    head: [`${c.reference.label} ↓ / ${c.candidate.label} →`, ...outcomeColumns],
    rows: outcomeColumns.map((from) => [from, ...outcomeColumns.map((to) => String(c.decisions.confusion[from][to]))]),
  };
}

/** Per field: documents, missing/added/changed, disagreement with its noise and noise-adjusted rate, mean |Δ|, confidence shift. */
export function fieldTable({ comparison: c, noise }: CandidateReport): ReportTable {
  const noiseOf = new Map(noise.fields.map((rate) => [rate.field, rate] as const));
  return {
    head: ['field', 'documents', 'missing', 'added', 'changed', 'disagreement', 'noise', 'adjusted', 'mean |Δ|', 'confidence shift'],
    rows: c.fields.map((stats) => {
      const rate = noiseOf.get(stats.field);
      return [
        stats.field,
        String(stats.documents),
        String(stats.missing),
        String(stats.added),
        String(stats.changed),
        percent(stats.rate),
        percent(rate?.noise ?? 0),
        percent(rate?.adjusted ?? stats.rate),
        stats.meanAbsDelta === null ? '–' : stats.meanAbsDelta.toFixed(4),
        signed(stats.confidenceShift),
      ];
    }),
  };
}

/** Review rate, mean confidence, cost per document and model time p50/p95 of both lanes and the change; `reviewRate` names the first row. */
export function measureTable({ comparison: c }: CandidateReport, reviewRate: string): ReportTable {
  return {
    head: ['measure', c.reference.label, c.candidate.label, 'change'],
    rows: [
      [reviewRate, percent(c.reviewRate.reference), percent(c.reviewRate.candidate), signedPercent(c.reviewRate.delta)],
      ['mean field confidence', signed(c.confidence.reference), signed(c.confidence.candidate), signed(c.confidence.shift)],
      ['cost per document', usd(c.costPerDocumentUsd.reference), usd(c.costPerDocumentUsd.candidate), signedPercent(c.costPerDocumentUsd.increase)],
      ['model time p50', ms(c.latencyMs.reference.p50), ms(c.latencyMs.candidate.p50), c.latencyMs.deltaP50 === null ? '–' : `${signed(c.latencyMs.deltaP50, 0)} ms`],
      ['model time p95', ms(c.latencyMs.reference.p95), ms(c.latencyMs.candidate.p95), signedPercent(c.latencyMs.p95Increase)],
    ],
  };
}
