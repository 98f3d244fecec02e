import { Gauge, type Registry } from 'prom-client';
import {
  binnedSketch,
  categoricalSketch,
  centroidSketch,
  linearEdges,
  ratioSketch,
  type BinnedState,
  type CategoricalState,
  type CentroidState,
  type RatioState,
  type Sketch,
} from './distribution-sketch';
import { cosineDistance, jensenShannon, kolmogorovSmirnov, populationStabilityIndex, wasserstein } from './drift-measures';
import type { Observation, ProbeType } from './result-observations';
import { SlidingWindow } from './sliding-window';

export type DriftMethod = 'psi' | 'jensen-shannon' | 'ks' | 'wasserstein' | 'centroid-cosine' | 'delta' | 'relative-change';

/**
 * Warn and alert levels per method. PSI's 0.1 / 0.25 are the (and the credit-scoring
 * convention); the others are set so that a shift that moves PSI past 0.25 on the same data moves
 * them past alert too, and are overridable per monitor.
 */
export const defaultThresholds: Record<DriftMethod, { warn: number; alert: number }> = {
  psi: { warn: 0.1, alert: 0.25 },
  'jensen-shannon': { warn: 0.05, alert: 0.1 },
  ks: { warn: 0.1, alert: 0.2 },
  wasserstein: { warn: 0.1, alert: 0.25 },
  'centroid-cosine': { warn: 0.05, alert: 0.15 },
  delta: { warn: 0.05, alert: 0.1 },
  'relative-change': { warn: 0.25, alert: 0.5 },
};

// Amounts: quarter-decade bins from 0.1 to 10^7 (log10 space); confidences: 20 bins over [0, 1].
const amountSketch = binnedSketch(linearEdges(-1, 7, 32), (value) => Math.log10(Math.max(value, 1e-3)));
const confidenceSketch = binnedSketch(linearEdges(0, 1, 20));
const meanSketch = binnedSketch([0]);

type AnyState = BinnedState | CategoricalState | CentroidState | RatioState;

const sketches: Record<ProbeType, Sketch<AnyState>> = {
  categorical: categoricalSketch(),
  amount: amountSketch,
  confidence: confidenceSketch,
  ratio: ratioSketch,
  embedding: centroidSketch,
  mean: meanSketch,
};

function categoricalCounts(reference: CategoricalState, current: CategoricalState): [number[], number[]] {
  const names = [...new Set([...reference.counts.keys(), ...current.counts.keys()])];
  return [names.map((name) => reference.counts.get(name) ?? 0), names.map((name) => current.counts.get(name) ?? 0)];
}

/** The methods each probe type is measured with, reference state first. */
function measure(type: ProbeType, reference: AnyState, current: AnyState): Partial<Record<DriftMethod, number>> {
  switch (type) {
    case 'categorical': {
      const [p, q] = categoricalCounts(reference as CategoricalState, current as CategoricalState);
      return { psi: populationStabilityIndex(p, q), 'jensen-shannon': jensenShannon(p, q) };
    }
    case 'amount':
    case 'confidence': {
      const edges = type === 'amount' ? amountSketch.edges : confidenceSketch.edges;
      const p = (reference as BinnedState).counts;
      const q = (current as BinnedState).counts;
      return { psi: populationStabilityIndex(p, q), ks: kolmogorovSmirnov(p, q), wasserstein: wasserstein(p, q, edges) };
    }
    case 'ratio': {
      const r = reference as RatioState;
      const c = current as RatioState;
      return { delta: Math.abs(c.hits / c.total - r.hits / r.total) };
    }
    case 'embedding':
      return { 'centroid-cosine': cosineDistance((reference as CentroidState).sum ?? [], (current as CentroidState).sum ?? []) };
    case 'mean': {
      const r = reference as BinnedState;
      const c = current as BinnedState;
      const referenceMean = r.sum / r.total;
      return { 'relative-change': referenceMean > 0 ? Math.abs(c.sum / c.total - referenceMean) / referenceMean : 0 };
    }
  }
}

export type DriftStatus = 'ok' | 'warn' | 'alert' | 'insufficient-data';

export interface DriftRow {
  tenant: string;
  kind: string;
  field: string;
  method: DriftMethod;
  /** The distance, or null while either side has fewer than `minSamples` observations. */
  value: number | null;
  status: DriftStatus;
  referenceCount: number;
  currentCount: number;
}

export interface DriftMonitorOptions {
  /** The current window: the trailing `windowMs` of event time, in `paneCount` panes. */
  windowMs: number;
  paneCount?: number;
  /**
   * The reference: observations in [from, to) of event time, frozen from then on. Without one, each
   * probe's reference is the first `referenceMs` after its first observation.
   */
  reference: { from: number; to: number } | { referenceMs: number };
  /** Below this many observations on either side a probe reports no value. */
  minSamples?: number;
  thresholds?: Partial<Record<DriftMethod, { warn: number; alert: number }>>;
}

interface Probe {
  tenant: string;
  kind: string;
  field: string;
  type: ProbeType;
  referenceFrom: number;
  referenceTo: number;
  reference: AnyState;
  current: SlidingWindow<AnyState>;
}

/**
 * Drift probes per (tenant, kind, field): a frozen reference sketch and a sliding current window,
 * both of fixed size (see distribution-sketch.ts), fed incrementally by `observe`. Observations in
 * the reference range build the reference; later ones feed the window. `report` compares them with
 * the methods of each probe type; `register` exports `sluice_drift{tenant,kind,field,method}`.
 */
export class DriftMonitor {
  private readonly probes = new Map<string, Probe>();
  private readonly minSamples: number;
  private readonly thresholds: Record<DriftMethod, { warn: number; alert: number }>;

  constructor(private readonly options: DriftMonitorOptions) {
    this.minSamples = options.minSamples ?? 50;
    this.thresholds = { ...defaultThresholds, ...options.thresholds };
  }

  observe(observation: Observation, at: number): void {
    const key = `${observation.tenant}\u0000${observation.kind}\u0000${observation.field}`;
    let probe = this.probes.get(key);
    if (!probe) {
      const range = 'from' in this.options.reference ? this.options.reference : { from: at, to: at + this.options.reference.referenceMs };
      const sketch = sketches[observation.type];
      probe = {
        tenant: observation.tenant,
        kind: observation.kind,
        field: observation.field,
        type: observation.type,
        referenceFrom: range.from,
        referenceTo: range.to,
        reference: sketch.empty(),
        current: new SlidingWindow(sketch, this.options.windowMs, this.options.paneCount ?? 12),
      };
      this.probes.set(key, probe);
    }
    if (at < probe.referenceFrom) return;
    if (at < probe.referenceTo) sketches[probe.type].add(probe.reference, observation.value);
    else probe.current.add(at, observation.value);
  }

  get probeCount(): number {
    return this.probes.size;
  }

  report(): DriftRow[] {
    const rows: DriftRow[] = [];
    for (const probe of this.probes.values()) {
      const sketch = sketches[probe.type];
      const current = probe.current.snapshot();
      const referenceCount = sketch.count(probe.reference);
      const currentCount = sketch.count(current);
      const enough = referenceCount >= this.minSamples && currentCount >= this.minSamples;
      const values = measure(probe.type, probe.reference, current);
      for (const [method, value] of Object.entries(values) as [DriftMethod, number][]) {
        const threshold = this.thresholds[method];
        const status: DriftStatus = !enough ? 'insufficient-data' : value >= threshold.alert ? 'alert' : value >= threshold.warn ? 'warn' : 'ok';
        rows.push({ tenant: probe.tenant, kind: probe.kind, field: probe.field, method, value: enough ? value : null, status, referenceCount, currentCount });
      }
    }
    const rank: Record<DriftStatus, number> = { alert: 0, warn: 1, ok: 2, 'insufficient-data': 3 };
    return rows.sort((a, b) => rank[a.status] - rank[b.status] || (b.value ?? 0) - (a.value ?? 0) || a.tenant.localeCompare(b.tenant) || a.field.localeCompare(b.field));
  }

  /** Exports the report as `sluice_drift{tenant,kind,field,method}` (computed at scrape time). */
  register(registry: Registry): void {
    const report = () => this.report();
    new Gauge({
      name: 'sluice_drift',
      help: 'Distance of the current window from the frozen reference, per tenant, kind, field and method (PSI, Jensen-Shannon, KS, Wasserstein, centroid cosine, ratio delta, relative change)',
      labelNames: ['tenant', 'kind', 'field', 'method'] as const,
      registers: [registry],
      collect() {
        this.reset();
        for (const row of report()) if (row.value !== null) this.set({ tenant: row.tenant, kind: row.kind, field: row.field, method: row.method }, row.value);
      },
    });
    const thresholds = this.thresholds;
    new Gauge({
      name: 'sluice_drift_threshold',
      help: 'Warn and alert levels per drift method (for dashboards and alert rules)',
      labelNames: ['method', 'level'] as const,
      registers: [registry],
      collect() {
        for (const [method, { warn, alert }] of Object.entries(thresholds)) {
          this.set({ method, level: 'warn' }, warn);
          this.set({ method, level: 'alert' }, alert);
        }
      },
    });
  }
}
