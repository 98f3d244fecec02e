/** Figures of one pipeline run, from a harness's outcomes and samples. */
import { percentile, round } from './bench-stats';
import type { LagSample, Outcome, PipelineHarness, ServiceInstance, UsageSample } from './pipeline-harness';
import { readProcessUsage } from './process-usage';

export interface RunFigures {
  documents: number;
  /** Documents over the time from the first ingest to the last result. */
  documentsPerSecond: number;
  p50Ms: number;
  p90Ms: number;
  p99Ms: number;
  /** CPU milliseconds per document of each service (instances summed) during the run. */
  cpuMsPerDocument: Record<string, number>;
  peakRssMiB: Record<string, number>;
  /** Records beyond one outcome per document: 0 when exactly-once held. */
  extraOutcomes: number;
}

/** CPU time of every instance now, to subtract from the figure at the end of a run. */
export function cpuSnapshot(harness: PipelineHarness): Map<string, number> {
  const snapshot = new Map<string, number>();
  for (const instance of harness.instances) {
    const pid = harness.pid(instance.name);
    const usage = pid === undefined ? null : readProcessUsage(pid);
    if (usage !== null) snapshot.set(instance.name, usage.cpuMs);
  }
  return snapshot;
}

export function runFigures(
  harness: PipelineHarness,
  ids: readonly string[],
  cpuBefore: Map<string, number>,
  fromMs: number,
): RunFigures {
  const outcomes = ids.flatMap((id) => harness.outcomes.get(id) ?? []);
  const latencies = outcomes.map((o) => o.resultAt - o.ingestedAt);
  const firstIngest = Math.min(...outcomes.map((o) => o.ingestedAt));
  const lastResult = Math.max(...outcomes.map((o) => o.resultAt));
  const cpuAfter = cpuSnapshot(harness);
  const cpuMsPerDocument: Record<string, number> = {};
  const peakRssMiB: Record<string, number> = {};
  for (const instance of harness.instances) {
    const spent = (cpuAfter.get(instance.name) ?? 0) - (cpuBefore.get(instance.name) ?? 0);
    cpuMsPerDocument[instance.service] = round((cpuMsPerDocument[instance.service] ?? 0) + spent / Math.max(1, outcomes.length), 1);
    const peak = Math.max(0, ...harness.usage.filter((s) => s.instance === instance.name && s.atMs >= fromMs).map((s) => s.rssBytes)) / 2 ** 20;
    peakRssMiB[instance.service] = Math.max(peakRssMiB[instance.service] ?? 0, Math.round(peak));
  }
  return {
    documents: outcomes.length,
    documentsPerSecond: round(outcomes.length / Math.max(0.001, (lastResult - firstIngest) / 1000)),
    p50Ms: percentile(latencies, 50) ?? 0,
    p90Ms: percentile(latencies, 90) ?? 0,
    p99Ms: percentile(latencies, 99) ?? 0,
    cpuMsPerDocument,
    peakRssMiB,
    extraOutcomes: harness.extraOutcomes,
  };
}

export interface Series {
  /** Results per second, by second since the first ingest. */
  throughput: [number, number][];
  /** RSS in MiB per instance: [seconds, MiB]. */
  rss: Record<string, [number, number][]>;
  /** Lag in records per service: [seconds, records]. */
  lag: Record<string, [number, number][]>;
}

/** Time series of a run for the charts, thinned to at most `points` points each. */
export function runSeries(harness: PipelineHarness, ids: readonly string[], fromMs: number, points = 120): Series {
  const outcomes: Outcome[] = ids.flatMap((id) => harness.outcomes.get(id) ?? []);
  const first = Math.min(...outcomes.map((o) => o.ingestedAt));
  const perSecond = new Map<number, number>();
  for (const o of outcomes) {
    const second = Math.floor((o.resultAt - first) / 1000);
    perSecond.set(second, (perSecond.get(second) ?? 0) + 1);
  }
  const last = Math.max(0, ...perSecond.keys());
  const throughput = thin(Array.from({ length: last + 1 }, (_, s): [number, number] => [s, perSecond.get(s) ?? 0]), points);
  const byKey = <S extends UsageSample | LagSample>(samples: S[], key: (s: S) => string, value: (s: S) => number) => {
    const out: Record<string, [number, number][]> = {};
    for (const sample of samples.filter((s) => s.atMs >= fromMs)) {
      (out[key(sample)] ??= []).push([round((sample.atMs - fromMs) / 1000, 1), value(sample)]);
    }
    for (const name of Object.keys(out)) out[name] = thin(out[name]!, points);
    return out;
  };
  return {
    throughput,
    rss: byKey(harness.usage, (s) => s.instance, (s) => Math.round(s.rssBytes / 2 ** 20)),
    lag: byKey(harness.lag, (s) => s.service, (s) => s.lag),
  };
}

function thin<T>(values: T[], points: number): T[] {
  if (values.length <= points) return values;
  const step = values.length / points;
  return Array.from({ length: points }, (_, i) => values[Math.floor(i * step)]!);
}

export function servicesOf(instances: readonly ServiceInstance[]): string[] {
  return [...new Set(instances.map((instance) => instance.service))];
}
