import { SluiceError } from '@sluice/errors';
import type { LaneComparison } from './compare-lanes';
import type { NoiseAdjusted } from './noise-adjustment';

/** The gates of `sluice compare`; past any one, the command exits 1. */
export interface Thresholds {
  /**
   * Most noise-adjusted disagreement per field target (share of documents, 0..1). `decision` is the
   * decision's (candidate's missing results count as disagreeing), `*` every field without its own.
   */
  maxDisagreement: ReadonlyMap<string, number>;
  /** Most relative increase of mean cost per document (0.1 = +10 %). */
  maxCostIncrease: number | null;
  /** Most relative increase of p95 time in model calls per document. */
  maxP95LatencyIncrease: number | null;
}

export const noThresholds: Thresholds = { maxDisagreement: new Map(), maxCostIncrease: null, maxP95LatencyIncrease: null };

/** `0.05` or `5%` → 0.05; a CONFIG error naming the option otherwise. */
export function parseRatio(option: string, text: string): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(%?)\s*$/.exec(text);
  if (!match) throw new SluiceError('CONFIG', `${option} ${JSON.stringify(text)}: expected a share such as 0.05 or 5%`);
  return Number(match[1]) / (match[2] ? 100 : 1);
}

/** `decision=0.02,totalAmount=0.01,*=0.1` → limits by field (shares; `%` allowed). */
export function parseDisagreementLimits(text: string): Map<string, number> {
  const limits = new Map<string, number>();
  for (const part of text.split(',').map((item) => item.trim()).filter(Boolean)) {
    const [field, value, ...rest] = part.split('=');
    if (!field || value === undefined || rest.length > 0) {
      throw new SluiceError('CONFIG', `--max-disagreement ${JSON.stringify(part)}: expected FIELD=SHARE, e.g. decision=0.02 or vendorName=5%`);
    }
    limits.set(field.trim(), parseRatio(`--max-disagreement ${field}`, value));
  }
  return limits;
}

export interface CheckResult {
  /** `disagreement decision`, `disagreement totalAmount`, `cost per document`, `p95 latency`. */
  check: string;
  limit: number;
  actual: number | null;
  passed: boolean;
  detail: string;
}

const percent = (value: number) => (Number.isFinite(value) ? `${(value * 100).toFixed(2)}%` : '+∞');

/** Each configured gate against one candidate's comparison. */
export function checkThresholds(comparison: LaneComparison, noise: NoiseAdjusted, thresholds: Thresholds): CheckResult[] {
  const checks: CheckResult[] = [];
  const basis = noise.measured ? 'noise-adjusted' : 'raw (no baseline)';
  const decisionLimit = thresholds.maxDisagreement.get('decision');
  if (decisionLimit !== undefined) {
    const { adjusted, raw, noise: measured } = noise.decision;
    checks.push({
      check: 'disagreement decision',
      limit: decisionLimit,
      actual: adjusted,
      passed: adjusted <= decisionLimit,
      detail: `${basis} ${percent(adjusted)} (raw ${percent(raw)}, noise ${percent(measured)}) vs at most ${percent(decisionLimit)}`,
    });
  }
  const anyField = thresholds.maxDisagreement.get('*');
  const named = [...thresholds.maxDisagreement.keys()].filter((field) => field !== 'decision' && field !== '*');
  const fields = new Set([...named, ...(anyField === undefined ? [] : noise.fields.map((rate) => rate.field))]);
  for (const field of [...fields].sort()) {
    const limit = thresholds.maxDisagreement.get(field) ?? anyField!;
    const rate = noise.fields.find((entry) => entry.field === field);
    const adjusted = rate?.adjusted ?? 0;
    checks.push({
      check: `disagreement ${field}`,
      limit,
      actual: adjusted,
      passed: adjusted <= limit,
      detail: rate
        ? `${basis} ${percent(adjusted)} (raw ${percent(rate.raw)}, noise ${percent(rate.noise)}) vs at most ${percent(limit)}`
        : `the field is in neither lane's results`,
    });
  }
  if (thresholds.maxCostIncrease !== null) {
    const { increase, reference, candidate } = comparison.costPerDocumentUsd;
    checks.push({
      check: 'cost per document',
      limit: thresholds.maxCostIncrease,
      actual: increase,
      passed: increase <= thresholds.maxCostIncrease,
      detail: `$${candidate.toFixed(6)} vs $${reference.toFixed(6)} per document: ${percent(increase)} vs at most +${percent(thresholds.maxCostIncrease)}`,
    });
  }
  if (thresholds.maxP95LatencyIncrease !== null) {
    const { p95Increase, reference, candidate } = comparison.latencyMs;
    checks.push({
      check: 'p95 latency',
      limit: thresholds.maxP95LatencyIncrease,
      actual: p95Increase,
      passed: p95Increase === null || p95Increase <= thresholds.maxP95LatencyIncrease,
      detail:
        p95Increase === null
          ? 'no documents decided by both lanes: nothing to measure'
          : `p95 ${candidate.p95} ms vs ${reference.p95} ms: ${percent(p95Increase)} vs at most +${percent(thresholds.maxP95LatencyIncrease)}`,
    });
  }
  return checks;
}
