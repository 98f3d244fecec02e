/**
 * `npm run bench -- embed`: what batching and the embedding cache buy.
 *
 * 1. Local model (use-lite-512): load time; batched (64 texts per call) against one text per
 *    call, several alternating rounds in one process, medians and ratio, on two text sets:
 *    whole sample documents (300-750 characters) and short texts (vendor name variants).
 *    The machine's load average is printed with the figures: on a shared 2-core box the
 *    absolute rates move with whatever else runs.
 * 2. Model requests per 1,000 documents through the PostgreSQL cache at batch size 64, with the
 *    OpenAI-compatible provider pointed at the model simulator (requests counted in the
 *    simulator's request log), first pass (cold cache) and second pass (warm).
 * 3. Vendor name matching on the sample vendors' name variants: top-1 accuracy of the sentence
 *    embedding alone (`nearest`) against the blended score (`matchName`).
 *
 * Prints readable lines, then one JSON line with every figure (`--save`: appended to
 * bench/results/embed.jsonl). Needs PostgreSQL + pgvector
 * (DATABASE_URL, default the local stack's).
 */
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { loadPlatformEnv } from '@sluice/config';
import { ensureDatabase, runMigrations } from '@sluice/db';
import {
  cacheModelKey,
  createEmbeddingCacheTotals,
  nameForEmbedding,
  PgEmbeddingCacheStore,
  ReferenceEntityIndex,
  withEmbeddingCache,
} from '@sluice/embedding-cache';
import { createModelSet, createUseLiteEmbeddingModel, modelProfileSchema, startModelSimulator } from '@sluice/models';
import type { EmbeddingModel } from '@sluice/models';
import { buildReferenceData, generateDocuments } from '@sluice/samples';
import { emitResult } from './support/bench-context';

const BATCH_SIZE = 64;
const ROUNDS = 3;
const THROUGHPUT_TEXTS = 64;
const DOCUMENTS = 1000;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

const round2 = (value: number) => Math.round(value * 100) / 100;

async function embedInBatches(model: EmbeddingModel, texts: string[], size: number): Promise<void> {
  for (let start = 0; start < texts.length; start += size) await model.embed(texts.slice(start, start + size));
}

/**
 * Wall-clock texts/s, and texts per CPU-second of this process: on a shared machine the second
 * moves much less with what other processes do, so the batched/single ratio is read from both.
 */
async function localThroughput(model: EmbeddingModel, texts: string[]) {
  await model.embed(texts.slice(0, 8)); // first call of a shape compiles the WASM kernels
  const samples = { batched: { wall: [] as number[], cpu: [] as number[] }, single: { wall: [] as number[], cpu: [] as number[] } };
  for (let round = 0; round < ROUNDS; round += 1) {
    // Alternate the order so neither mode always runs on a warmer (or more contended) machine.
    const modes = round % 2 === 0 ? (['batched', 'single'] as const) : (['single', 'batched'] as const);
    for (const mode of modes) {
      const started = performance.now();
      const cpuStarted = process.cpuUsage();
      await embedInBatches(model, texts, mode === 'batched' ? BATCH_SIZE : 1);
      const cpu = process.cpuUsage(cpuStarted);
      samples[mode].wall.push(texts.length / ((performance.now() - started) / 1000));
      samples[mode].cpu.push(texts.length / ((cpu.user + cpu.system) / 1e6));
    }
  }
  return {
    batched: median(samples.batched.wall),
    single: median(samples.single.wall),
    batchedPerCpuSecond: median(samples.batched.cpu),
    singlePerCpuSecond: median(samples.single.cpu),
  };
}

async function requestsThroughCache(pool: pg.Pool, texts: string[]) {
  const simulator = await startModelSimulator({ port: 0, dimensions: 512 });
  try {
    const endpoint = { baseUrl: simulator.url, external: false };
    // A version unique to this run, so the cache starts cold (the key includes the version).
    const link = { provider: 'openai-compatible', endpoint: 'simulator', model: 'sim-embed', version: `bench-${Date.now()}` };
    const profile = modelProfileSchema.parse({
      endpoints: { simulator: endpoint },
      tasks: {
        embedding: { chain: [{ ...link, dimensions: 512 }] },
        extraction: { chain: [{ ...link, model: 'sim-small' }] },
        classification: { chain: [{ ...link, model: 'sim-small' }] },
      },
    });
    const { embedding } = await createModelSet(profile);
    const metrics = createEmbeddingCacheTotals();
    const cached = withEmbeddingCache(embedding, { store: new PgEmbeddingCacheStore(pool), metrics });
    const embeddingRequests = () => simulator.log.entries.filter((entry) => entry.path.endsWith('/embeddings'));

    await embedInBatches(cached, texts, BATCH_SIZE);
    const cold = embeddingRequests();
    const coldTexts = cold.reduce((sum, entry) => sum + (entry.inputs ?? 0), 0);
    const coldHitRatio = metrics.totals.hitRatio;
    simulator.log.clear();
    await embedInBatches(cached, texts, BATCH_SIZE);
    const warm = embeddingRequests();
    await pool.query('DELETE FROM embedding_cache WHERE model = $1', [cacheModelKey(embedding.ref)]);
    return {
      coldRequests: cold.length,
      coldTexts,
      coldHitRatio,
      warmRequests: warm.length,
      lookupMsMedian: median(metrics.totals.lookupMs),
    };
  } finally {
    await simulator.close();
  }
}

async function nameMatching(pool: pg.Pool, model: EmbeddingModel) {
  const { vendors } = buildReferenceData();
  const tenant = `bench-${Date.now()}`;
  const index = new ReferenceEntityIndex({ db: pool, model });
  await index.upsertReferences(
    vendors.map((vendor) => ({ tenant, entityType: 'vendor', refId: vendor.id, name: vendor.canonicalName })),
  );
  const cases = vendors.flatMap((vendor) => vendor.variants.map((variant) => ({ variant, refId: vendor.id })));
  const { value: vectors } = await model.embed(cases.map((c) => nameForEmbedding(c.variant)));
  let vectorOnly = 0;
  for (const [i, { refId }] of cases.entries()) {
    const [nearest] = await index.nearest(tenant, 'vendor', vectors[i] ?? [], 1);
    if (nearest?.refId === refId) vectorOnly += 1;
  }
  // The same without folding: names embedded exactly as written, compared in memory.
  const { value: written } = await model.embed(vendors.map((vendor) => vendor.canonicalName));
  const { value: writtenQueries } = await model.embed(cases.map((c) => c.variant));
  const dot = (a: number[], b: number[]) => a.reduce((sum, value, i) => sum + value * (b[i] ?? 0), 0);
  const asWritten = cases.filter(({ refId }, i) => {
    const scores = written.map((vector) => dot(vector, writtenQueries[i] ?? []));
    return vendors[scores.indexOf(Math.max(...scores))]?.id === refId;
  }).length;
  const matches = await index.matchNames(tenant, 'vendor', cases.map((c) => c.variant), 1);
  const blended = cases.filter(({ refId }, i) => matches[i]?.[0]?.refId === refId).length;
  await pool.query('DELETE FROM reference_entities WHERE tenant = $1', [tenant]);
  return {
    variants: cases.length,
    asWrittenTop1: asWritten / cases.length,
    vectorOnlyTop1: vectorOnly / cases.length,
    blendedTop1: blended / cases.length,
  };
}

export async function run(): Promise<void> {
  const { DATABASE_URL } = loadPlatformEnv();
  const documents = generateDocuments({ seed: 4711, count: DOCUMENTS, split: 'dev' });
  const texts = documents.map((doc) => doc.document.text);

  const shortTexts = buildReferenceData()
    .vendors.flatMap((vendor) => [vendor.canonicalName, ...vendor.variants])
    .slice(0, THROUGHPUT_TEXTS);

  const model = createUseLiteEmbeddingModel();
  const { loadTimeMs } = await model.load();
  const docs = await localThroughput(model, texts.slice(0, THROUGHPUT_TEXTS));
  const short = await localThroughput(model, shortTexts);
  const load = loadavg()[0] ?? 0;
  console.log(
    `local use-lite-512: load ${loadTimeMs.toFixed(0)} ms (machine load average ${load.toFixed(1)}); medians of ${ROUNDS} rounds of ${THROUGHPUT_TEXTS} texts`,
  );
  console.log(`  texts                 ${BATCH_SIZE}/call texts/s   1/call texts/s   ratio   per CPU-s ${BATCH_SIZE}/call   1/call   ratio`);
  for (const [label, figures] of [
    ['sample documents', docs],
    ['short texts (names)', short],
  ] as const) {
    console.log(
      `  ${label.padEnd(20)} ${figures.batched.toFixed(1).padStart(16)} ${figures.single.toFixed(1).padStart(16)} ${(figures.batched / figures.single).toFixed(2).padStart(7)} ` +
        `${figures.batchedPerCpuSecond.toFixed(1).padStart(19)} ${figures.singlePerCpuSecond.toFixed(1).padStart(8)} ${(figures.batchedPerCpuSecond / figures.singlePerCpuSecond).toFixed(2).padStart(7)}`,
    );
  }

  await ensureDatabase(DATABASE_URL);
  const pool = new pg.Pool({ connectionString: DATABASE_URL, max: 4 });
  try {
    await runMigrations(pool);
    const cache = await requestsThroughCache(pool, texts);
    const distinct = new Set(texts).size;
    console.log(
      `cache + openai-compatible -> simulator, ${DOCUMENTS} documents (${distinct} distinct texts), batch ${BATCH_SIZE}: ` +
        `cold ${cache.coldRequests} requests carrying ${cache.coldTexts} texts, warm ${cache.warmRequests} requests ` +
        `(goal <= 16), lookup median ${cache.lookupMsMedian.toFixed(1)} ms`,
    );
    const names = await nameMatching(pool, model);
    console.log(
      `vendor name variants (${names.variants}): top-1 embedding alone ${(names.asWrittenTop1 * 100).toFixed(1)}% as written, ` +
        `${(names.vectorOnlyTop1 * 100).toFixed(1)}% folded (HNSW nearest), ` +
        `blended with trigram ${(names.blendedTop1 * 100).toFixed(1)}%`,
    );
    emitResult(
      {
        bench: 'embed',
        localModel: 'use-lite-512',
        loadMs: Math.round(loadTimeMs),
        loadAverage: round2(load),
        batchSize: BATCH_SIZE,
        rounds: ROUNDS,
        batchedTextsPerSec: round2(docs.batched),
        singleTextsPerSec: round2(docs.single),
        batchedToSingleRatio: round2(docs.batched / docs.single),
        batchedTextsPerCpuSec: round2(docs.batchedPerCpuSecond),
        singleTextsPerCpuSec: round2(docs.singlePerCpuSecond),
        batchedToSingleCpuRatio: round2(docs.batchedPerCpuSecond / docs.singlePerCpuSecond),
        shortBatchedTextsPerSec: round2(short.batched),
        shortSingleTextsPerSec: round2(short.single),
        shortBatchedToSingleRatio: round2(short.batched / short.single),
        shortBatchedToSingleCpuRatio: round2(short.batchedPerCpuSecond / short.singlePerCpuSecond),
        documents: DOCUMENTS,
        distinctTexts: distinct,
        requestsPer1000DocsCold: round2((cache.coldRequests * 1000) / DOCUMENTS),
        textsToModelCold: cache.coldTexts,
        requestsPer1000DocsWarm: round2((cache.warmRequests * 1000) / DOCUMENTS),
        requestsCountedBy: 'simulator request log (openai-compatible provider)',
        cacheLookupMsMedian: round2(cache.lookupMsMedian),
        nameVariants: names.variants,
        nameTop1EmbeddingAsWritten: round2(names.asWrittenTop1),
        nameTop1EmbeddingFolded: round2(names.vectorOnlyTop1),
        nameTop1Blended: round2(names.blendedTop1),
      },
      process.argv.includes('--save'),
    );
  } finally {
    await pool.end();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  run().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
