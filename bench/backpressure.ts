/**
 * `npm run bench -- backpressure [options]`: a flood against a slow model. Every model call of
 * all five services is answered by the model simulator; each round publishes `--documents` at
 * once, first with the model at `--latency-ms` per request (`normal`), then on fresh topics with
 * it `--slowdown` times slower (`slow`). For each, from the harness's samples (one a second):
 *
 * - resident memory of every service over time and its peak: bounded by the runtime's in-flight
 *   limits (IN_FLIGHT_MAX_RECORDS/BYTES, docs/runtime.md), not by the flood;
 * - lag of every stage over time (the lag curve: records waiting in Kafka, not in memory);
 * - time to drain: from the first ingest until the last document's result;
 * - nothing lost: one result per document (missing and duplicate results counted, both must be 0).
 *
 * Medians over `--rounds`; the slow/normal drain-time ratio is measured side by side in each
 * round. Prints a table, then one JSON line (`--save`: appended to bench/results/backpressure.jsonl).
 */
import { parseArgs } from 'node:util';
import { emitResult, openBenchContext, type BenchContext } from './support/bench-context';
import { median, range, round } from './support/bench-stats';
import { announceMachine, currentLoad } from './support/machine';
import { startSimulatorProcess } from './support/model-simulator-process';
import { runSeries, type Series } from './support/pipeline-figures';
import { pipelineBenchOptions, sampleDocuments, startMeasuring, withFreshPipeline } from './support/pipeline-round';

const { values: args } = parseArgs({
  args: process.argv.slice(3),
  options: { ...pipelineBenchOptions('1500'), slowdown: { type: 'string', default: '10' } },
});

const DOCUMENTS = Number(args.documents);
const ROUNDS = Number(args.rounds);
const LATENCY_MS = Number(args['latency-ms']);
const SLOWDOWN = Number(args.slowdown);

interface FloodRound {
  drainSeconds: number;
  documentsPerSecond: number;
  missing: number;
  duplicates: number;
  peakRssMiB: Record<string, number>;
  peakLag: Record<string, number>;
  series: Series;
  load: number;
}

async function floodRound(ctx: BenchContext, name: string, simulatorUrl: string, seed: number): Promise<FloodRound> {
  const env = { MODEL_PROFILE: 'simulator', SIMULATOR_BASE_URL: simulatorUrl };
  return withFreshPipeline(ctx, name, env, async (harness, { tenant }) => {
    const documents = sampleDocuments(seed, DOCUMENTS, tenant);
    const ids = documents.map((d) => d.id);
    const measuring = startMeasuring(harness);
    await harness.publish(documents);
    await harness.waitForOutcomes(ids, Math.max(900_000, DOCUMENTS * 2_000));
    // Let the sampler see the drained state (lag 0) before the series is cut.
    await harness.waitForDrain(120_000);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const figures = measuring.figures(ids);
    const series = runSeries(harness, ids, measuring.fromMs);
    const outcomes = ids.flatMap((id) => harness.outcomes.get(id) ?? []);
    const firstIngest = Math.min(...outcomes.map((o) => o.ingestedAt));
    const lastResult = Math.max(...outcomes.map((o) => o.resultAt));
    const peakLag = Object.fromEntries(Object.entries(series.lag).map(([service, points]) => [service, Math.max(0, ...points.map(([, lag]) => lag))]));
    return {
      drainSeconds: round((lastResult - firstIngest) / 1000, 1),
      documentsPerSecond: figures.documentsPerSecond,
      missing: ids.length - outcomes.length,
      duplicates: figures.extraOutcomes,
      peakRssMiB: figures.peakRssMiB,
      peakLag,
      series,
      load: measuring.load,
    };
  });
}

function summarise(rounds: FloodRound[]) {
  const services = Object.keys(rounds[0]?.peakRssMiB ?? {});
  const mid = rounds.find((r) => r.drainSeconds === median(rounds.map((x) => x.drainSeconds))) ?? rounds[0]!;
  return {
    drainSeconds: median(rounds.map((r) => r.drainSeconds)),
    drainSecondsRange: range(rounds.map((r) => r.drainSeconds)),
    documentsPerSecond: round(median(rounds.map((r) => r.documentsPerSecond))),
    missing: rounds.reduce((sum, r) => sum + r.missing, 0),
    duplicates: rounds.reduce((sum, r) => sum + r.duplicates, 0),
    peakRssMiB: Object.fromEntries(services.map((s) => [s, Math.max(...rounds.map((r) => r.peakRssMiB[s] ?? 0))])),
    peakLag: Object.fromEntries(services.map((s) => [s, median(rounds.map((r) => r.peakLag[s] ?? 0))])),
    loadAverages: rounds.map((r) => r.load),
    series: mid.series,
  };
}

export async function run(): Promise<void> {
  const machine = announceMachine();
  const ctx = await openBenchContext('bench-backpressure');
  const normalSimulator = await startSimulatorProcess(LATENCY_MS);
  const slowSimulator = await startSimulatorProcess(LATENCY_MS * SLOWDOWN);
  const normal: FloodRound[] = [];
  const slow: FloodRound[] = [];
  let result: Record<string, unknown>;
  try {
    for (let r = 0; r < ROUNDS; r++) {
      normal.push(await floodRound(ctx, 'flood-normal', normalSimulator.url, 8100 + r));
      slow.push(await floodRound(ctx, 'flood-slow', slowSimulator.url, 8100 + r));
      const [n, s] = [normal.at(-1)!, slow.at(-1)!];
      process.stdout.write(
        `round ${r}: ${LATENCY_MS} ms model drained in ${n.drainSeconds} s, ${LATENCY_MS * SLOWDOWN} ms model in ${s.drainSeconds} s (load ${n.load}/${s.load}); lost ${n.missing + s.missing}, duplicated ${n.duplicates + s.duplicates}\n`,
      );
    }
    const normalSummary = summarise(normal);
    const slowSummary = summarise(slow);
    const ratios = normal.map((n, i) => slow[i]!.drainSeconds / n.drainSeconds);
    process.stdout.write(`\n${DOCUMENTS} documents at once, medians over ${ROUNDS} rounds\n`);
    process.stdout.write('  model latency   drain s   documents/s   lost   duplicated\n');
    for (const [label, summary] of [[`${LATENCY_MS} ms`, normalSummary], [`${LATENCY_MS * SLOWDOWN} ms`, slowSummary]] as const) {
      process.stdout.write(
        `  ${label.padEnd(13)} ${String(summary.drainSeconds).padStart(8)} ${String(summary.documentsPerSecond).padStart(13)} ${String(summary.missing).padStart(6)} ${String(summary.duplicates).padStart(12)}\n`,
      );
    }
    process.stdout.write('  service      peak RSS MiB (normal / slow)   peak lag (normal / slow)\n');
    for (const service of Object.keys(slowSummary.peakRssMiB)) {
      process.stdout.write(
        `  ${service.padEnd(12)} ${`${normalSummary.peakRssMiB[service]} / ${slowSummary.peakRssMiB[service]}`.padStart(28)} ${`${normalSummary.peakLag[service] ?? 0} / ${slowSummary.peakLag[service] ?? 0}`.padStart(26)}\n`,
      );
    }
    process.stdout.write(`drain time slow / normal: median ${round(median(ratios), 2)} (a ${SLOWDOWN}× slower model)\n`);
    result = {
      bench: 'backpressure',
      machine,
      documents: DOCUMENTS,
      rounds: ROUNDS,
      latencyMs: LATENCY_MS,
      slowdown: SLOWDOWN,
      drainRatio: round(median(ratios), 3),
      normal: normalSummary,
      slow: slowSummary,
    };
  } finally {
    await normalSimulator.stop();
    await slowSimulator.stop();
    await ctx.close();
  }
  emitResult({ ...(result as { bench: string }), loadAverageEnd: currentLoad() }, args.save);
}
