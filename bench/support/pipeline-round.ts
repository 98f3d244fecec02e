/**
 * The steps of one round of a pipeline benchmark: a fresh topic prefix and tenant with the sample
 * reference entities, a harness started on them and always stopped, generated sample documents,
 * and the figures of a measured stretch of the run.
 */
import type { DocumentIngested } from '@sluice/contracts';
import { generateDocuments } from '@sluice/samples';
import type { BenchContext } from './bench-context';
import { currentLoad } from './machine';
import { cpuSnapshot, runFigures, type RunFigures } from './pipeline-figures';
import { loadSampleReferences, PipelineHarness, type HarnessOptions } from './pipeline-harness';

/**
 * How long a pipeline bench waits with no new result before it calls the run stuck (a restart in
 * `scale` or a model load pauses results for seconds, never minutes).
 */
export const RESULT_STALL_MS = 300_000;

/** The options every pipeline benchmark takes (`--documents` with the bench's own default). */
export function pipelineBenchOptions(documents: string) {
  return {
    documents: { type: 'string', default: documents },
    rounds: { type: 'string', default: '3' },
    'latency-ms': { type: 'string', default: '50' },
    save: { type: 'boolean', default: false },
  } as const;
}

/** `count` generated sample documents of the dev split for `tenant`; the same `seed` gives the same documents. */
export function sampleDocuments(seed: number, count: number, tenant: string): DocumentIngested[] {
  return generateDocuments({ seed, count, split: 'dev', tenant }).map((entry) => entry.document as DocumentIngested);
}

export interface FreshRun {
  /** `bench.<name>.<time>.<n>.`: the run's topics and consumer groups. */
  prefix: string;
  /** `bench-<name>-<time>`: the run's tenant, with the sample reference entities loaded. */
  tenant: string;
}

/**
 * Runs `round` against a pipeline under a fresh prefix and tenant: the sample reference entities
 * are loaded for the tenant (embedded by `env`'s profile), the harness started with `env` (and
 * `options`: which services, how many instances of each), and stopped whatever `round` does.
 */
export async function withFreshPipeline<T>(
  ctx: BenchContext,
  name: string,
  env: NodeJS.ProcessEnv,
  round: (harness: PipelineHarness, run: FreshRun) => Promise<T>,
  options: Pick<HarnessOptions, 'services' | 'instances'> = {},
): Promise<T> {
  const prefix = ctx.uniquePrefix(name);
  const tenant = `bench-${name}-${Date.now().toString(36)}`;
  await loadSampleReferences(ctx.databaseUrl, tenant, env);
  const harness = new PipelineHarness({ kafka: ctx.kafka, admin: ctx.admin, serde: ctx.serdeFor(prefix), databaseUrl: ctx.databaseUrl, prefix, tenant, env, ...options });
  try {
    await harness.start();
    return await round(harness, { prefix, tenant });
  } finally {
    await harness.stop();
  }
}

export interface Measurement {
  /** 1-minute load average when the stretch began. */
  load: number;
  /** Harness time (ms) when the stretch began: samples from then on belong to it. */
  fromMs: number;
  /** The stretch's figures for the documents `ids`: throughput, latencies, CPU since it began, peak RSS. */
  figures(ids: readonly string[]): RunFigures;
}

/** Begins a measured stretch of `harness`'s run: the load, the time and every instance's CPU now. */
export function startMeasuring(harness: PipelineHarness): Measurement {
  const load = currentLoad();
  const fromMs = harness.now();
  const before = cpuSnapshot(harness);
  return { load, fromMs, figures: (ids) => runFigures(harness, ids, before, fromMs) };
}
