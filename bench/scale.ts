/**
 * `npm run bench -- scale [options]`: one against two instances of every pipeline stage in the
 * same consumer group (6 partitions per topic, shared between the instances), every model call
 * answered by the model simulator after `--latency-ms` (a model that waits, so a second instance
 * has something to overlap on a 2-core machine).
 *
 * Each round, side by side on fresh topics: `one` (one instance of each stage) and `two` (two of
 * each), `--documents` at once; in `two`, when a third of the results are in, every second
 * instance is stopped with SIGTERM and started again by the supervisor (two rebalances per
 * group mid-run). Throughput is documents over first ingest → last result; the ratio two/one is
 * taken per round, then the median. Exactly once across the rebalances: every document has one
 * result (missing and duplicate results are counted; both must be 0).
 *
 * Prints a table, then one JSON line (`--save`: appended to bench/results/scale.jsonl).
 */
import { parseArgs } from 'node:util';
import { SluiceError } from '@sluice/errors';
import { emitResult, openBenchContext, type BenchContext } from './support/bench-context';
import { median, range, round } from './support/bench-stats';
import { announceMachine, currentLoad } from './support/machine';
import { startSimulatorProcess } from './support/model-simulator-process';
import { pipelineServices } from './support/pipeline-harness';
import { pipelineBenchOptions, RESULT_STALL_MS, sampleDocuments, startMeasuring, withFreshPipeline } from './support/pipeline-round';

const { values: args } = parseArgs({ args: process.argv.slice(3), options: pipelineBenchOptions('1500') });

const DOCUMENTS = Number(args.documents);
const ROUNDS = Number(args.rounds);
const LATENCY_MS = Number(args['latency-ms']);

interface ScaleRound {
  documentsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  missing: number;
  duplicates: number;
  restarts: number;
  load: number;
}

async function scaleRound(ctx: BenchContext, instances: 1 | 2, simulatorUrl: string, seed: number): Promise<ScaleRound> {
  const env = { MODEL_PROFILE: 'simulator', SIMULATOR_BASE_URL: simulatorUrl };
  const instancesOf = Object.fromEntries(pipelineServices.map((service) => [service, instances]));
  return withFreshPipeline(
    ctx,
    `scale-${instances}`,
    env,
    async (harness, { tenant }) => {
      const documents = sampleDocuments(seed, DOCUMENTS, tenant);
      const ids = documents.map((d) => d.id);
      const measuring = startMeasuring(harness);
      let restarts = 0;
      const published = harness.publish(documents);
      if (instances === 2) {
        // The rebalance: once a third of the results are in, every second instance leaves its group and comes back.
        const deadline = Date.now() + Math.max(900_000, DOCUMENTS * 2_000);
        while (ids.filter((id) => harness.outcomes.has(id)).length < DOCUMENTS / 3) {
          if (Date.now() > deadline) throw new SluiceError('TIMEOUT', `a third of ${DOCUMENTS} results did not arrive\n${harness.recentLogs()}`);
          await new Promise((resolve) => setTimeout(resolve, 200));
        }
        for (const service of pipelineServices) {
          harness.restart(`${service}#2`);
          restarts += 1;
        }
      }
      await published;
      await harness.waitForOutcomes(ids, Math.max(900_000, DOCUMENTS * 2_000), { stallMs: RESULT_STALL_MS });
      const figures = measuring.figures(ids);
      return {
        documentsPerSecond: figures.documentsPerSecond,
        p50Ms: figures.p50Ms,
        p99Ms: figures.p99Ms,
        missing: ids.length - figures.documents,
        duplicates: figures.extraOutcomes,
        restarts,
        load: measuring.load,
      };
    },
    { instances: instancesOf },
  );
}

function summarise(rounds: ScaleRound[]) {
  return {
    documentsPerSecond: round(median(rounds.map((r) => r.documentsPerSecond))),
    documentsPerSecondRange: range(rounds.map((r) => r.documentsPerSecond)),
    p50Ms: median(rounds.map((r) => r.p50Ms)),
    p99Ms: median(rounds.map((r) => r.p99Ms)),
    missing: rounds.reduce((sum, r) => sum + r.missing, 0),
    duplicates: rounds.reduce((sum, r) => sum + r.duplicates, 0),
    restarts: rounds.reduce((sum, r) => sum + r.restarts, 0),
    loadAverages: rounds.map((r) => r.load),
  };
}

export async function run(): Promise<void> {
  const machine = announceMachine();
  const ctx = await openBenchContext('bench-scale');
  const simulator = await startSimulatorProcess(LATENCY_MS);
  const one: ScaleRound[] = [];
  const two: ScaleRound[] = [];
  let result: Record<string, unknown>;
  try {
    for (let r = 0; r < ROUNDS; r++) {
      // Alternate which goes first, so neither always meets the busier stretch of the machine.
      for (const instances of r % 2 === 0 ? ([1, 2] as const) : ([2, 1] as const)) {
        const figures = await scaleRound(ctx, instances, simulator.url, 9100 + r);
        (instances === 1 ? one : two).push(figures);
        process.stdout.write(
          `round ${r}: ${instances} instance(s) per stage ${figures.documentsPerSecond} documents/s, p50 ${figures.p50Ms} ms (load ${figures.load}); lost ${figures.missing}, duplicated ${figures.duplicates}, restarts ${figures.restarts}\n`,
        );
      }
    }
    const ratios = one.map((o, i) => two[i]!.documentsPerSecond / o.documentsPerSecond);
    const oneSummary = summarise(one);
    const twoSummary = summarise(two);
    process.stdout.write(`\nsimulator at ${LATENCY_MS} ms per request, ${DOCUMENTS} documents at once, medians over ${ROUNDS} rounds\n`);
    process.stdout.write('  instances/stage   documents/s   p50 ms   p99 ms   lost   duplicated\n');
    for (const [label, s] of [['1', oneSummary], ['2 (+rebalance)', twoSummary]] as const) {
      process.stdout.write(
        `  ${label.padEnd(15)} ${String(s.documentsPerSecond).padStart(13)} ${String(s.p50Ms).padStart(8)} ${String(s.p99Ms).padStart(8)} ${String(s.missing).padStart(6)} ${String(s.duplicates).padStart(12)}\n`,
      );
    }
    process.stdout.write(`throughput two / one: median ${round(median(ratios), 2)} (rounds ${ratios.map((x) => round(x, 2)).join(', ')})\n`);
    result = { bench: 'scale', machine, documents: DOCUMENTS, rounds: ROUNDS, latencyMs: LATENCY_MS, ratio: round(median(ratios), 3), ratios: ratios.map((x) => round(x, 3)), one: oneSummary, two: twoSummary };
  } finally {
    await simulator.stop();
    await ctx.close();
  }
  emitResult({ ...(result as { bench: string }), loadAverageEnd: currentLoad() }, args.save);
}
