/**
 * `npm run bench -- cache [--sizes 10000,100000] [--entities 100000] [--lookups 300] [--save]`:
 *
 * 1. Embedding-cache hit lookups with `--sizes` vectors (512-d) in the cache under a model key of
 *    this run: p50/p99 of one `lookup` of a 64-text batch (what the embedder sends) and of one
 *    text, from PostgreSQL (`PgEmbeddingCacheStore`) and from the in-process front
 *    (`MemoryFrontedCacheStore`, warm).
 * 2. Nearest-neighbour matching at `--entities` reference entities of one tenant
 *    (`reference_entities`, HNSW cosine index with pgvector's iterative scan, as
 *    `ReferenceEntityIndex.nearest` queries it) against an exact scan (index scans off):
 *    latency p50/p99 of each and recall@1 of HNSW against the exact answer. Vectors are the
 *    simulator's deterministic hashed embeddings of synthetic names; each query is an entity's
 *    vector moved to cosine ~0.9 (a name variant), so the true neighbour is well defined.
 *
 * Rows this run wrote are deleted at the end. Prints a table, then one JSON line.
 */
import { parseArgs } from 'node:util';
import pg from 'pg';
import { contentHash, MemoryFrontedCacheStore, PgEmbeddingCacheStore } from '@sluice/embedding-cache';
import { hashedVector } from '@sluice/models';
import { loadPlatformEnv } from '@sluice/config';
import { ensureDatabase, runMigrations } from '@sluice/db';
import { createRandom } from '@sluice/samples';
import { emitResult } from './support/bench-context';
import { percentile, round } from './support/bench-stats';
import { currentLoad, describeMachine } from './support/machine';

const { values: args } = parseArgs({
  args: process.argv.slice(3),
  options: {
    sizes: { type: 'string', default: '10000,100000' },
    entities: { type: 'string', default: '100000' },
    lookups: { type: 'string', default: '300' },
    queries: { type: 'string', default: '200' },
    save: { type: 'boolean', default: false },
  },
});

const DIMENSIONS = 512;
const literal = (vector: readonly number[]) => `[${vector.map((v) => Math.fround(v)).join(',')}]`;

async function timed(runs: number, work: (i: number) => Promise<unknown>): Promise<number[]> {
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await work(i);
    ms.push(performance.now() - started);
  }
  return ms;
}

const p = (values: number[]) => ({ p50Ms: round(percentile(values, 50) ?? 0), p99Ms: round(percentile(values, 99) ?? 0) });

async function cacheLookups(pool: pg.Pool, size: number, lookups: number) {
  const model = `bench/cache-${size}@${Date.now().toString(36)}`;
  const texts = Array.from({ length: size }, (_, i) => `cached text ${i}`);
  const hashes = texts.map(contentHash);
  const vector = literal(hashedVector('any', DIMENSIONS));
  for (let i = 0; i < size; i += 2000) {
    const chunk = hashes.slice(i, i + 2000);
    await pool.query(
      `INSERT INTO embedding_cache (model, content_hash, dimensions, embedding)
       SELECT $1, h, $2, $3::vector FROM unnest($4::bytea[]) AS h ON CONFLICT DO NOTHING`,
      [model, DIMENSIONS, vector, chunk.map((hash) => Buffer.from(hash, 'hex'))],
    );
  }
  await pool.query('ANALYZE embedding_cache');
  const random = createRandom(size);
  const batch = () => Array.from({ length: 64 }, () => hashes[random.int(0, size - 1)]!);
  const store = new PgEmbeddingCacheStore(pool);
  const front = new MemoryFrontedCacheStore(store, { maxEntries: 10_000 });
  const warmSet = Array.from({ length: 64 * 4 }, () => hashes[random.int(0, size - 1)]!);
  await front.lookup(model, warmSet);
  try {
    return {
      size,
      pgBatch64: p(await timed(lookups, () => store.lookup(model, batch()))),
      pgSingle: p(await timed(lookups, () => store.lookup(model, [hashes[random.int(0, size - 1)]!]))),
      memoryBatch64: p(await timed(lookups, () => front.lookup(model, Array.from({ length: 64 }, () => warmSet[random.int(0, warmSet.length - 1)]!)))),
    };
  } finally {
    await pool.query('DELETE FROM embedding_cache WHERE model = $1', [model]);
  }
}

function nearby(vector: readonly number[], random: ReturnType<typeof createRandom>, cosine: number): number[] {
  // Unit noise orthogonal-ish to the vector, mixed so the result has the wanted cosine.
  const noise = Array.from({ length: vector.length }, () => random.next() * 2 - 1);
  const norm = Math.hypot(...noise);
  const sine = Math.sqrt(1 - cosine * cosine);
  return vector.map((v, i) => cosine * v + (sine * noise[i]!) / norm);
}

async function nearestNeighbours(pool: pg.Pool, entities: number, queries: number) {
  const tenant = `bench-cache-${Date.now().toString(36)}`;
  const names = Array.from({ length: entities }, (_, i) => `Company ${i} ${['GmbH', 'Ltd', 'SA', 'AB', 'Sp. z o.o.'][i % 5]}`);
  const vectors = names.map((name) => hashedVector(name, DIMENSIONS));
  const loadStarted = performance.now();
  for (let i = 0; i < entities; i += 1000) {
    const slice = names.slice(i, i + 1000);
    await pool.query(
      `INSERT INTO reference_entities (tenant, entity_type, ref_id, name, normalized_name, embedding, embedding_model)
       SELECT $1, 'vendor', t.ref_id, t.name, lower(t.name), t.embedding::vector, 'bench/hashed'
       FROM unnest($2::text[], $3::text[], $4::text[]) AS t(ref_id, name, embedding)`,
      [tenant, slice.map((_, k) => `R-${i + k}`), slice, slice.map((_, k) => literal(vectors[i + k]!))],
    );
  }
  const loadSeconds = (performance.now() - loadStarted) / 1000;
  await pool.query('ANALYZE reference_entities');
  const random = createRandom(entities);
  const targets = Array.from({ length: queries }, () => random.int(0, entities - 1));
  const queryVectors = targets.map((t) => literal(nearby(vectors[t]!, random, 0.9)));
  const query = async (vector: string, exact: boolean) => {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      if (exact) await client.query('SET LOCAL enable_indexscan = off');
      else await client.query("SET LOCAL hnsw.iterative_scan = 'strict_order'");
      const { rows } = await client.query<{ ref_id: string }>(
        `SELECT ref_id FROM reference_entities WHERE tenant = $1 AND entity_type = 'vendor'
         ORDER BY embedding <=> $2::vector LIMIT 1`,
        [tenant, vector],
      );
      await client.query('COMMIT');
      return rows[0]?.ref_id;
    } finally {
      client.release();
    }
  };
  try {
    const hnswAnswers: (string | undefined)[] = [];
    const exactAnswers: (string | undefined)[] = [];
    const hnswMs = await timed(queries, async (i) => hnswAnswers.push(await query(queryVectors[i]!, false)));
    const exactMs = await timed(Math.min(queries, 50), async (i) => exactAnswers.push(await query(queryVectors[i]!, true)));
    const agree = exactAnswers.filter((answer, i) => answer === hnswAnswers[i]).length;
    const right = hnswAnswers.filter((answer, i) => answer === `R-${targets[i]}`).length;
    return {
      entities,
      loadSeconds: round(loadSeconds, 1),
      hnsw: p(hnswMs),
      exactScan: p(exactMs),
      recallAt1: round(agree / exactAnswers.length, 3),
      rightEntityAt1: round(right / hnswAnswers.length, 3),
    };
  } finally {
    await pool.query('DELETE FROM reference_entities WHERE tenant = $1', [tenant]);
  }
}

export async function run(): Promise<void> {
  const machine = describeMachine();
  const { DATABASE_URL } = loadPlatformEnv();
  await ensureDatabase(DATABASE_URL);
  const pool = new pg.Pool({ connectionString: DATABASE_URL, max: 2 });
  try {
    await runMigrations(pool);
    process.stdout.write(`machine: ${machine.cpuModel}, ${machine.cores} cores; load average ${machine.loadAverage1m}\n`);
    const cache = [];
    for (const size of args.sizes.split(',').map(Number)) {
      const figures = await cacheLookups(pool, size, Number(args.lookups));
      cache.push(figures);
      process.stdout.write(
        `embedding cache, ${size} vectors: PostgreSQL lookup of 64 p50 ${figures.pgBatch64.p50Ms} ms p99 ${figures.pgBatch64.p99Ms} ms; ` +
          `of 1 p50 ${figures.pgSingle.p50Ms} ms p99 ${figures.pgSingle.p99Ms} ms; in-process front, 64 p50 ${figures.memoryBatch64.p50Ms} ms p99 ${figures.memoryBatch64.p99Ms} ms\n`,
      );
    }
    const nn = await nearestNeighbours(pool, Number(args.entities), Number(args.queries));
    process.stdout.write(
      `nearest neighbour at ${nn.entities} reference entities (loaded in ${nn.loadSeconds} s): HNSW p50 ${nn.hnsw.p50Ms} ms p99 ${nn.hnsw.p99Ms} ms; ` +
        `exact scan p50 ${nn.exactScan.p50Ms} ms p99 ${nn.exactScan.p99Ms} ms; recall@1 of HNSW vs exact ${nn.recallAt1}; right entity @1 ${nn.rightEntityAt1}\n`,
    );
    emitResult({ bench: 'cache', machine, cache, nearestNeighbour: nn, loadAverageEnd: currentLoad() }, args.save);
  } finally {
    await pool.end();
  }
}
