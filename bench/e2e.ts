/**
 * `npm run bench -- e2e [options]`: documents through all five services (extractor, embedder,
 * enricher, validator, auditor), each a child process as `sluice up` runs them, on the real stack.
 *
 * Scenarios, side by side in one run, medians over `--rounds` rounds (each on fresh topics, a
 * fresh tenant and a new seed of the sample generator):
 * - `local`: the local profile (npm-shipped models), `--documents` published at once:
 *   throughput (documents over first ingest → last result), p50/p90/p99 ingest → result, CPU
 *   milliseconds per document and peak RSS of each service;
 * - `steady`: on the same running services, `--steady-rate` documents/s for `--steady-seconds`:
 *   latency percentiles at a rate the pipeline keeps up with;
 * - `vectors`: the local profile with whole-document embeddings on (EMBED_DOCUMENT_TEXT=full),
 *   `--vector-documents` at once: what the optional document vectors cost;
 * - `simulator`: every model call answered by the model simulator after `--latency-ms`
 *   (a model that waits instead of computing), `--documents` at once; then each stage alone on a
 *   copy of its input from the last round, and the slowest one again on every other round's: the
 *   slowest stage's throughput (median over rounds), and the pipeline overhead ratio (end-to-end
 *   throughput ÷ slowest stage alone, both medians of `--rounds`).
 *
 * Prints a table per scenario, then one JSON line (with `--save`, appended to
 * bench/results/e2e.jsonl for the charts). Needs the local stack (KAFKA_BROKERS,
 * SCHEMA_REGISTRY_URL, DATABASE_URL).
 */
import { parseArgs } from 'node:util';
import { physicalTopic, topicCatalogue } from '@sluice/contracts';
import { openBenchContext, emitResult, type BenchContext } from './support/bench-context';
import { median, range, round } from './support/bench-stats';
import { announceMachine, currentLoad } from './support/machine';
import { startSimulatorProcess } from './support/model-simulator-process';
import { runSeries, type RunFigures, type Series } from './support/pipeline-figures';
import { pipelineServices } from './support/pipeline-harness';
import { pipelineBenchOptions, RESULT_STALL_MS, sampleDocuments, startMeasuring, withFreshPipeline } from './support/pipeline-round';
import { readTopic, writeTopic } from './support/topic-copy';

const { values: args } = parseArgs({
  args: process.argv.slice(3),
  options: {
    ...pipelineBenchOptions('5000'),
    'steady-rate': { type: 'string', default: '10' },
    'steady-seconds': { type: 'string', default: '60' },
    'vector-documents': { type: 'string', default: '1000' },
    only: { type: 'string', default: 'local,steady,vectors,simulator' },
  },
});

const DOCUMENTS = Number(args.documents);
const ROUNDS = Number(args.rounds);
const STEADY_RATE = Number(args['steady-rate']);
const STEADY_SECONDS = Number(args['steady-seconds']);
const VECTOR_DOCUMENTS = Number(args['vector-documents']);
const LATENCY_MS = Number(args['latency-ms']);
const ONLY = new Set(args.only.split(','));

interface BurstRound {
  figures: RunFigures;
  steady?: RunFigures;
  series: Series;
  load: number;
}

/** One pipeline on fresh topics: `documents` at once, then (optionally) the steady phase. */
async function pipelineRound(
  ctx: BenchContext,
  name: string,
  env: NodeJS.ProcessEnv,
  seed: number,
  count: number,
  steady: boolean,
): Promise<BurstRound & { prefix: string }> {
  return withFreshPipeline(ctx, name, env, async (harness, { prefix, tenant }) => {
    const documents = sampleDocuments(seed, count, tenant);
    const ids = documents.map((d) => d.id);
    const measuring = startMeasuring(harness);
    await harness.publish(documents);
    await harness.waitForOutcomes(ids, Math.max(600_000, count * 1_000), { stallMs: RESULT_STALL_MS });
    const figures = measuring.figures(ids);
    const series = runSeries(harness, ids, measuring.fromMs);
    let steadyFigures: RunFigures | undefined;
    if (steady) {
      await harness.waitForDrain(300_000);
      const paced = sampleDocuments(seed + 1000, STEADY_RATE * STEADY_SECONDS, tenant);
      const steadyMeasuring = startMeasuring(harness);
      await harness.publish(paced, STEADY_RATE);
      await harness.waitForOutcomes(paced.map((d) => d.id), 600_000, { stallMs: RESULT_STALL_MS });
      steadyFigures = steadyMeasuring.figures(paced.map((d) => d.id));
    }
    return { figures, steady: steadyFigures, series, load: measuring.load, prefix };
  });
}

/**
 * Each stage alone, on a copy of the input it had in the end-to-end run under `sourcePrefix`:
 * the service starts on fresh topics, the copy is written at once, and the stage's rate is the
 * documents over the time until its consumer group has committed everything.
 */
async function stagesAlone(ctx: BenchContext, sourcePrefix: string, env: NodeJS.ProcessEnv, documents: number, services: readonly string[] = pipelineServices): Promise<Record<string, number>> {
  const rates: Record<string, number> = {};
  for (const service of services) {
    const inputs = topicCatalogue.filter((topic) => (topic.consumers as readonly string[]).includes(service)).map((topic) => topic.name);
    const copies: { topic: string; records: Awaited<ReturnType<typeof readTopic>> }[] = [];
    for (const topic of inputs) {
      copies.push({ topic, records: await readTopic(ctx.kafka, ctx.admin, physicalTopic(topic, sourcePrefix), `${sourcePrefix}copy-${service}-${topic}`) });
    }
    rates[service] = await withFreshPipeline(
      ctx,
      `stage-${service}`,
      env,
      async (harness, { prefix }) => {
        const started = performance.now();
        for (const { topic, records } of copies) await writeTopic(ctx.kafka, physicalTopic(topic, prefix), records);
        await harness.waitForDrain(1_800_000);
        return round(documents / ((performance.now() - started) / 1000));
      },
      { services: [service] },
    );
    process.stdout.write(`  ${service.padEnd(10)} alone ${String(rates[service]).padStart(8)} documents/s\n`);
  }
  return rates;
}

function summarise(rounds: RunFigures[]) {
  const pick = (key: 'documentsPerSecond' | 'p50Ms' | 'p90Ms' | 'p99Ms') => rounds.map((r) => r[key]);
  const services = Object.keys(rounds[0]?.cpuMsPerDocument ?? {});
  return {
    documentsPerSecond: round(median(pick('documentsPerSecond'))),
    documentsPerSecondRange: range(pick('documentsPerSecond')),
    p50Ms: median(pick('p50Ms')),
    p90Ms: median(pick('p90Ms')),
    p99Ms: median(pick('p99Ms')),
    p50MsRange: range(pick('p50Ms')),
    cpuMsPerDocument: Object.fromEntries(services.map((s) => [s, round(median(rounds.map((r) => r.cpuMsPerDocument[s] ?? 0)), 1)])),
    peakRssMiB: Object.fromEntries(services.map((s) => [s, Math.max(...rounds.map((r) => r.peakRssMiB[s] ?? 0))])),
    extraOutcomes: rounds.reduce((sum, r) => sum + r.extraOutcomes, 0),
    rounds: rounds.map((r) => ({ documentsPerSecond: r.documentsPerSecond, p50Ms: r.p50Ms, p99Ms: r.p99Ms })),
  };
}

function printTable(title: string, summary: ReturnType<typeof summarise>): void {
  const [low, high] = summary.documentsPerSecondRange;
  process.stdout.write(
    `${title}: ${summary.documentsPerSecond} documents/s (rounds ${low}–${high}), ingest → result p50 ${summary.p50Ms} ms, p90 ${summary.p90Ms} ms, p99 ${summary.p99Ms} ms\n`,
  );
  process.stdout.write('  service     CPU ms/document   peak RSS MiB\n');
  for (const [service, cpu] of Object.entries(summary.cpuMsPerDocument)) {
    process.stdout.write(`  ${service.padEnd(10)} ${String(cpu).padStart(16)} ${String(summary.peakRssMiB[service]).padStart(14)}\n`);
  }
}

export async function run(): Promise<void> {
  const machine = announceMachine();
  const ctx = await openBenchContext('bench-e2e');
  const result: Record<string, unknown> = { bench: 'e2e', machine, documents: DOCUMENTS, rounds: ROUNDS };
  try {
    const local: BurstRound[] = [];
    const vectors: BurstRound[] = [];
    const simulated: (BurstRound & { prefix: string })[] = [];
    let simulator: Awaited<ReturnType<typeof startSimulatorProcess>> | undefined;
    const simulatorEnv = (): NodeJS.ProcessEnv => ({ MODEL_PROFILE: 'simulator', SIMULATOR_BASE_URL: simulator!.url });
    if (ONLY.has('simulator')) simulator = await startSimulatorProcess(LATENCY_MS);
    try {
      for (let r = 0; r < ROUNDS; r++) {
        // Scenarios alternate inside each round, so a busier stretch of the machine hits them all.
        if (ONLY.has('local') || ONLY.has('steady')) {
          local.push(await pipelineRound(ctx, 'local', { MODEL_PROFILE: 'local' }, 7100 + r, DOCUMENTS, ONLY.has('steady')));
          const last = local.at(-1)!;
          process.stdout.write(`round ${r} local     ${last.figures.documentsPerSecond} documents/s, p50 ${last.figures.p50Ms} ms (load ${last.load})${last.steady ? `; steady ${STEADY_RATE}/s p50 ${last.steady.p50Ms} ms, p99 ${last.steady.p99Ms} ms` : ''}\n`);
        }
        if (ONLY.has('vectors')) {
          vectors.push(await pipelineRound(ctx, 'vectors', { MODEL_PROFILE: 'local', EMBED_DOCUMENT_TEXT: 'full' }, 7200 + r, VECTOR_DOCUMENTS, false));
          process.stdout.write(`round ${r} vectors   ${vectors.at(-1)!.figures.documentsPerSecond} documents/s (load ${vectors.at(-1)!.load})\n`);
        }
        if (simulator) {
          simulated.push(await pipelineRound(ctx, 'simulator', simulatorEnv(), 7300 + r, DOCUMENTS, false));
          process.stdout.write(`round ${r} simulator ${simulated.at(-1)!.figures.documentsPerSecond} documents/s (load ${simulated.at(-1)!.load})\n`);
        }
      }
      process.stdout.write('\n');
      if (local.length > 0) {
        const summary = summarise(local.map((r) => r.figures));
        printTable(`local profile, ${DOCUMENTS} documents at once`, summary);
        const mid = local.find((r) => r.figures.documentsPerSecond === median(local.map((x) => x.figures.documentsPerSecond))) ?? local[0]!;
        result.local = { ...summary, loadAverages: local.map((r) => r.load), series: mid.series };
        if (ONLY.has('steady')) {
          const steady = summarise(local.map((r) => r.steady!));
          printTable(`local profile, steady ${STEADY_RATE} documents/s for ${STEADY_SECONDS} s`, steady);
          result.steady = { ratePerSecond: STEADY_RATE, seconds: STEADY_SECONDS, ...steady };
        }
      }
      if (vectors.length > 0) {
        const summary = summarise(vectors.map((r) => r.figures));
        printTable(`local profile with document vectors (EMBED_DOCUMENT_TEXT=full), ${VECTOR_DOCUMENTS} documents`, summary);
        result.vectors = { documents: VECTOR_DOCUMENTS, ...summary, loadAverages: vectors.map((r) => r.load) };
      }
      if (simulator && simulated.length > 0) {
        const summary = summarise(simulated.map((r) => r.figures));
        printTable(`simulator at ${LATENCY_MS} ms per request, ${DOCUMENTS} documents`, summary);
        process.stdout.write('each stage alone on a copy of its input:\n');
        const stages = await stagesAlone(ctx, simulated.at(-1)!.prefix, simulatorEnv(), DOCUMENTS);
        const [slowest, firstRate] = Object.entries(stages).sort((a, b) => a[1] - b[1])[0]!;
        // The ratio's denominator gets as many rounds as its numerator: the slowest stage alone again
        // on the other rounds' inputs, its median taken (one run of it swung ±10 % with the machine).
        const slowestRates = [firstRate];
        for (const earlier of simulated.slice(0, -1)) slowestRates.push((await stagesAlone(ctx, earlier.prefix, simulatorEnv(), DOCUMENTS, [slowest]))[slowest]!);
        const slowestRate = round(median(slowestRates));
        const overheadRatio = round(summary.documentsPerSecond / slowestRate, 3);
        process.stdout.write(`slowest stage alone: ${slowest} ${slowestRate} documents/s (median of ${slowestRates.join(', ')}); pipeline overhead ratio ${overheadRatio}\n`);
        result.simulator = {
          latencyMs: LATENCY_MS,
          ...summary,
          loadAverages: simulated.map((r) => r.load),
          stagesAlone: { ...stages, [slowest]: slowestRate },
          slowestStage: slowest,
          slowestStageRounds: slowestRates,
          overheadRatio,
        };
      }
    } finally {
      await simulator?.stop();
    }
  } finally {
    await ctx.close();
  }
  emitResult({ ...(result as { bench: string }), loadAverageEnd: currentLoad() }, args.save);
}
