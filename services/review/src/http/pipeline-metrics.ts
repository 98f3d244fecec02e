import parsePrometheusTextFormat, { type PrometheusFamily } from 'parse-prometheus-text-format';
import type { Logger } from 'pino';

export interface MetricsTarget {
  /** The stage's service name, e.g. extractor. */
  name: string;
  url: string;
}

/** Cumulative figures of one stage at one scrape. */
export interface StageTotals {
  recordsIn: number;
  recordsOut: number;
  lag: number;
  handlerSeconds: number;
  handlerCalls: number;
  deadLettered: number;
}

export interface PipelineTotals {
  at: number;
  stages: Record<string, StageTotals | null>;
  /** Validator outcomes decided by policy or sent to review. */
  outcomes: { accepted: number; rejected: number; review: number };
  costUsd: number;
  /** Documents the extractor has consumed (the cost-per-document denominator). */
  documents: number;
}

export interface StageSample {
  /** Records per second over the interval (produced; consumed for a sink). */
  throughput: number;
  lag: number;
  /** Mean handler time per batch over the interval, ms (null: no batches). */
  latencyMs: number | null;
  deadLettered: number;
}

export interface PipelineSample {
  at: number;
  stages: Record<string, StageSample | null>;
  /** Share of policy outcomes sent to review so far. */
  reviewRate: number | null;
  /** Model cost so far divided by documents ingested so far. */
  costPerDocumentUsd: number | null;
}

const sum = (families: Map<string, PrometheusFamily>, name: string, where: (labels: Record<string, string>) => boolean = () => true) =>
  (families.get(name)?.metrics ?? []).filter((m) => where(m.labels ?? {})).reduce((total, m) => total + Number(m.value ?? 0), 0);

/** The figures the pipeline page needs from each stage's /metrics text (null: unreachable). */
export function pipelineTotals(at: number, texts: Record<string, string | null>): PipelineTotals {
  const totals: PipelineTotals = { at, stages: {}, outcomes: { accepted: 0, rejected: 0, review: 0 }, costUsd: 0, documents: 0 };
  for (const [stage, text] of Object.entries(texts)) {
    if (text === null) {
      totals.stages[stage] = null;
      continue;
    }
    const families = new Map(parsePrometheusTextFormat(text).map((family) => [family.name, family]));
    const handler = families.get('sluice_stream_handler_duration_seconds')?.metrics ?? [];
    totals.stages[stage] = {
      recordsIn: sum(families, 'sluice_stream_records_in_total'),
      recordsOut: sum(families, 'sluice_stream_records_out_total', (labels) => !String(labels.topic ?? '').startsWith('audit.')),
      lag: sum(families, 'sluice_stream_consumer_lag'),
      handlerSeconds: handler.reduce((total, m) => total + Number(m.sum ?? 0), 0),
      handlerCalls: handler.reduce((total, m) => total + Number(m.count ?? 0), 0),
      deadLettered: sum(families, 'sluice_stream_dead_lettered_total'),
    };
    totals.costUsd += sum(families, 'sluice_model_cost_usd_total');
    if (stage === 'validator') {
      const policy = (outcome: string) => sum(families, 'sluice_validator_outcomes_total', (l) => l.outcome === outcome && l.actor === 'POLICY');
      totals.outcomes = { accepted: policy('ACCEPTED'), rejected: policy('REJECTED'), review: policy('REVIEW') };
    }
    if (stage === 'extractor') totals.documents = sum(families, 'sluice_stream_records_in_total');
  }
  return totals;
}

/** The sample between two scrapes: rates over the interval, levels at the later one. */
export function pipelineSample(previous: PipelineTotals | undefined, current: PipelineTotals): PipelineSample {
  const seconds = previous ? Math.max((current.at - previous.at) / 1000, 1e-3) : 0;
  const stages: Record<string, StageSample | null> = {};
  for (const [stage, now] of Object.entries(current.stages)) {
    if (now === null) {
      stages[stage] = null;
      continue;
    }
    const before = previous?.stages[stage] ?? null;
    const produced = now.recordsOut > 0 || (before?.recordsOut ?? 0) > 0;
    const count = (t: StageTotals) => (produced ? t.recordsOut : t.recordsIn);
    const calls = before ? now.handlerCalls - before.handlerCalls : 0;
    stages[stage] = {
      throughput: before && seconds > 0 ? Math.max(0, (count(now) - count(before)) / seconds) : 0,
      lag: now.lag,
      latencyMs: before && calls > 0 ? ((now.handlerSeconds - before.handlerSeconds) / calls) * 1000 : null,
      deadLettered: now.deadLettered,
    };
  }
  const decided = current.outcomes.accepted + current.outcomes.rejected + current.outcomes.review;
  const documents = current.documents;
  return {
    at: current.at,
    stages,
    reviewRate: decided > 0 ? current.outcomes.review / decided : null,
    costPerDocumentUsd: documents > 0 ? current.costUsd / documents : null,
  };
}

export interface PipelineMetrics {
  snapshot(): { targets: MetricsTarget[]; up: Record<string, boolean>; samples: PipelineSample[] };
  /** One scrape of every target now (the timer calls it too). */
  scrape(): Promise<void>;
  stop(): void;
}

/**
 * Scrapes every stage's /metrics every `intervalMs` and keeps the last `keep` samples for the
 * console's pipeline page (a Prometheus server is the place for history; this is the live view).
 */
export function startPipelineMetrics(options: { targets: MetricsTarget[]; intervalMs: number; keep?: number; logger: Logger; fetchTimeoutMs?: number }): PipelineMetrics {
  const keep = options.keep ?? 120;
  const samples: PipelineSample[] = [];
  const up: Record<string, boolean> = {};
  let previous: PipelineTotals | undefined;

  async function scrape(): Promise<void> {
    const texts: Record<string, string | null> = {};
    await Promise.all(
      options.targets.map(async (target) => {
        try {
          const response = await fetch(target.url, { signal: AbortSignal.timeout(options.fetchTimeoutMs ?? 2_000) });
          texts[target.name] = response.ok ? await response.text() : null;
        } catch {
          texts[target.name] = null;
        }
        up[target.name] = texts[target.name] !== null;
      }),
    );
    const current = pipelineTotals(Date.now(), texts);
    samples.push(pipelineSample(previous, current));
    if (samples.length > keep) samples.shift();
    previous = current;
  }

  const timer = setInterval(() => {
    scrape().catch((error: unknown) => options.logger.warn({ err: error }, 'pipeline metrics scrape failed'));
  }, options.intervalMs);
  timer.unref();
  return { snapshot: () => ({ targets: options.targets, up: { ...up }, samples: [...samples] }), scrape, stop: () => clearInterval(timer) };
}
