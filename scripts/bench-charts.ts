/**
 * `npm run bench:charts`: turns the last JSON line of each bench/results/<bench>.jsonl into the
 * SVG charts under docs/images/benchmarks/ that docs/benchmarks.md shows. Charts are Vega-Lite
 * specifications compiled with vega-lite and rendered headless by vega's `View.toSVG()`
 * (https://vega.github.io/vega/usage/#node); a bench without results is skipped with a note.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as vega from 'vega';
import * as vegaLite from 'vega-lite';
import type { TopLevelSpec } from 'vega-lite';

const root = fileURLToPath(new URL('..', import.meta.url));
const resultsDir = join(root, 'bench', 'results');
const outDir = join(root, 'docs', 'images', 'benchmarks');

type Json = Record<string, unknown>;
type Points = [number, number][];

/** Every line of bench/results/<bench>.jsonl, oldest first (none when the file is missing). */
function all(bench: string): Json[] {
  const file = join(resultsDir, `${bench}.jsonl`);
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8').split('\n').filter((line) => line.trim() !== '').map((line) => JSON.parse(line) as Json);
}

/** The last line of bench/results/<bench>.jsonl (optionally the last one matching `where`), or undefined. */
function latest(bench: string, where: (line: Json) => boolean = () => true): Json | undefined {
  const file = join(resultsDir, `${bench}.jsonl`);
  if (!existsSync(file)) return undefined;
  const lines = readFileSync(file, 'utf8').split('\n').filter((line) => line.trim() !== '').map((line) => JSON.parse(line) as Json);
  return lines.filter(where).at(-1);
}

async function render(name: string, spec: TopLevelSpec): Promise<void> {
  const { spec: compiled } = vegaLite.compile({ width: 520, height: 260, background: 'white', ...spec });
  const view = new vega.View(vega.parse(compiled), { renderer: 'none' });
  const svg = await view.toSVG();
  view.finalize();
  writeFileSync(join(outDir, `${name}.svg`), svg);
  process.stdout.write(`docs/images/benchmarks/${name}.svg\n`);
}

function series(byName: Record<string, Points>, nameField: string, valueField: string): Json[] {
  return Object.entries(byName).flatMap(([name, points]) => points.map(([seconds, value]) => ({ [nameField]: name, seconds, [valueField]: value })));
}

function bars(title: string, values: Json[], x: string, y: string, yTitle: string, color?: string): TopLevelSpec {
  return {
    title,
    data: { values },
    mark: { type: 'bar', tooltip: true },
    encoding: {
      x: { field: x, type: 'nominal', sort: null, axis: { labelAngle: 0 }, title: null },
      y: { field: y, type: 'quantitative', title: yTitle },
      ...(color ? { xOffset: { field: color, sort: null }, color: { field: color, type: 'nominal', sort: null, title: null } } : {}),
    },
  };
}

function lines(title: string, values: Json[], y: string, yTitle: string, color: string): TopLevelSpec {
  return {
    title,
    data: { values },
    mark: { type: 'line', interpolate: 'step-after' },
    encoding: {
      x: { field: 'seconds', type: 'quantitative', title: 'seconds since the first ingest' },
      y: { field: y, type: 'quantitative', title: yTitle },
      color: { field: color, type: 'nominal', title: null },
    },
  };
}

async function main(): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  const skipped: string[] = [];

  // Scenarios are often run apart (`--only local`, then `--only simulator`): each one comes from
  // the last line that has it, labelled with that run's document count.
  const e2eLines = all('e2e');
  const lastOf = (key: string) => e2eLines.filter((line) => line[key] !== undefined).at(-1);
  const e2e: Json = Object.fromEntries(
    ['local', 'steady', 'vectors', 'simulator'].flatMap((key) => {
      const line = lastOf(key);
      return line ? [[key, line[key]], [`${key}Documents`, (line[key] as Json).documents ?? line.documents]] : [];
    }),
  );
  if (e2e.local !== undefined || e2e.simulator !== undefined) {
    const scenarios = [
      [`local, burst of ${String(e2e.localDocuments)}`, e2e.local],
      ['local, steady', e2e.steady],
      [`local + document vectors, ${String(e2e.vectorsDocuments)}`, e2e.vectors],
      [`simulator, ${String(e2e.simulatorDocuments)}`, e2e.simulator],
    ].filter((entry): entry is [string, Json] => entry[1] !== undefined);
    await render('e2e-throughput', bars('End to end: documents/s (median of rounds)', scenarios.map(([scenario, s]) => ({ scenario, documentsPerSecond: s.documentsPerSecond })), 'scenario', 'documentsPerSecond', 'documents/s'));
    await render(
      'e2e-latency',
      bars(
        'End to end: ingest → result latency (median of rounds)',
        scenarios.flatMap(([scenario, s]) => ['p50Ms', 'p90Ms', 'p99Ms'].map((p) => ({ scenario, percentile: p.replace('Ms', ''), seconds: Number(s[p]) / 1000 }))),
        'scenario',
        'seconds',
        'seconds',
        'percentile',
      ),
    );
    const simulator = e2e.simulator as { stagesAlone?: Record<string, number>; documentsPerSecond: number } | undefined;
    if (simulator?.stagesAlone) {
      await render(
        'e2e-stages',
        bars(
          'Simulator: each stage alone vs the whole pipeline (documents/s)',
          [...Object.entries(simulator.stagesAlone).map(([stage, rate]) => ({ stage, documentsPerSecond: rate })), { stage: 'pipeline', documentsPerSecond: simulator.documentsPerSecond }],
          'stage',
          'documentsPerSecond',
          'documents/s',
        ),
      );
    }
    // CPU per document of each service, one bar per labelled run (before/after comparisons).
    const labelled = all('e2e').filter((line) => typeof line.label === 'string' && line.local !== undefined);
    if (labelled.length > 1) {
      await render(
        'e2e-cpu-per-document',
        bars(
          'Local profile: CPU ms per document of each service',
          labelled.flatMap((line) =>
            Object.entries((line.local as { cpuMsPerDocument: Record<string, number> }).cpuMsPerDocument).map(([service, ms]) => ({
              service,
              run: (line.label as string).split(':')[0],
              ms,
            })),
          ),
          'service',
          'ms',
          'CPU ms per document',
          'run',
        ),
      );
    }
    const local = e2e.local as { series?: { throughput: Points } } | undefined;
    if (local?.series) {
      await render('e2e-results-per-second', lines('Local profile burst: results per second', local.series.throughput.map(([seconds, results]) => ({ seconds, results, run: 'results' })), 'results', 'results/s', 'run'));
    }
  } else skipped.push('e2e');

  const runtime = latest('runtime');
  if (runtime) {
    await render(
      'runtime',
      bars(
        'Runtime pass-through vs plain consume → produce loops (records/s, median)',
        [
          { loop: 'plain kafkajs', recordsPerSecond: runtime.plainRecordsPerSecond },
          { loop: 'runtime, exactly-once', recordsPerSecond: runtime.runtimeRecordsPerSecond },
          ...(runtime.atLeastOnceRecordsPerSecond !== undefined ? [{ loop: 'runtime, at-least-once', recordsPerSecond: runtime.atLeastOnceRecordsPerSecond }] : []),
          // The alternative client, when the bench had it (scripts/install-bench-client.sh).
          ...(typeof runtime.librdkafkaRecordsPerSecond === 'number' ? [{ loop: 'plain librdkafka', recordsPerSecond: runtime.librdkafkaRecordsPerSecond }] : []),
          ...(typeof runtime.librdkafkaEosRecordsPerSecond === 'number' ? [{ loop: 'librdkafka, KIP-447 EOS', recordsPerSecond: runtime.librdkafkaEosRecordsPerSecond }] : []),
        ],
        'loop',
        'recordsPerSecond',
        'records/s',
      ),
    );
  } else skipped.push('runtime');

  const backpressure = latest('backpressure');
  if (backpressure) {
    const slow = backpressure.slow as { series: { rss: Record<string, Points>; lag: Record<string, Points> } };
    const title = `${String(backpressure.latencyMs)} ms × ${String(backpressure.slowdown)} model, ${String(backpressure.documents)} documents at once`;
    await render('backpressure-rss', lines(`RSS per service, ${title}`, series(slow.series.rss, 'service', 'MiB'), 'MiB', 'RSS MiB', 'service'));
    await render('backpressure-lag', lines(`Lag per stage, ${title}`, series(slow.series.lag, 'stage', 'records'), 'records', 'records waiting', 'stage'));
  } else skipped.push('backpressure');

  const scale = latest('scale');
  if (scale) {
    const [one, two] = [scale.one as Json, scale.two as Json];
    await render(
      'scale',
      bars(
        `One vs two instances per stage, simulator at ${String(scale.latencyMs)} ms (documents/s, median)`,
        [
          { instances: '1 per stage', documentsPerSecond: one.documentsPerSecond },
          { instances: '2 per stage + rebalance', documentsPerSecond: two.documentsPerSecond },
        ],
        'instances',
        'documentsPerSecond',
        'documents/s',
      ),
    );
  } else skipped.push('scale');

  const cache = latest('cache');
  if (cache) {
    const lookups = (cache.cache as Json[]).flatMap((c) =>
      (['pgBatch64', 'pgSingle', 'memoryBatch64'] as const).flatMap((kind) =>
        (['p50Ms', 'p99Ms'] as const).map((p) => ({ lookup: `${kind} @ ${String(c.size ?? c.vectors)}`, percentile: p.replace('Ms', ''), ms: (c[kind] as Json)[p] })),
      ),
    );
    await render('cache-lookups', bars('Embedding-cache hit lookup latency (ms)', lookups, 'lookup', 'ms', 'ms', 'percentile'));
    const nn = cache.nearestNeighbour as Json;
    await render(
      'cache-nearest',
      bars(
        `Nearest neighbour at ${String(nn.entities)} entities (ms); HNSW recall@1 ${String(nn.recallAt1)}`,
        (['hnsw', 'exactScan'] as const).flatMap((kind) => (['p50Ms', 'p99Ms'] as const).map((p) => ({ search: kind, percentile: p.replace('Ms', ''), ms: (nn[kind] as Json)[p] }))),
        'search',
        'ms',
        'ms',
        'percentile',
      ),
    );
  } else skipped.push('cache');

  const embed = latest('embed');
  if (embed) {
    await render(
      'embed-batching',
      bars(
        `Local embedding model, ${String(embed.batchSize)} texts per call vs one (texts/s, median of ${String(embed.rounds)} rounds)`,
        [
          ['sample documents', embed.batchedTextsPerSec, embed.singleTextsPerSec],
          ['names', embed.shortBatchedTextsPerSec, embed.shortSingleTextsPerSec],
        ].flatMap(([texts, batched, single]) => [
          { texts, calls: `${String(embed.batchSize)} per call`, textsPerSecond: batched },
          { texts, calls: 'one per call', textsPerSecond: single },
        ]),
        'texts',
        'textsPerSecond',
        'texts/s',
        'calls',
      ),
    );
    await render(
      'embed-requests',
      bars(
        'Model requests per 1,000 documents through the embedding cache',
        [
          { cache: 'cold', requests: embed.requestsPer1000DocsCold },
          { cache: 'warm', requests: embed.requestsPer1000DocsWarm },
        ],
        'cache',
        'requests',
        'requests',
      ),
    );
  } else skipped.push('embed');

  if (skipped.length > 0) process.stdout.write(`no results yet for: ${skipped.join(', ')}\n`);
}

await main();
