/**
 * `npm run bench -- cache [--sizes 10000,100000] [--entities 100000] [--lookups 300] [--queries 200] [--save]`:
 *
 * Runs in a scratch database of its own (every migration applied, dropped at the end), so 100k
 * rows neither bloat the shared tables nor wait on other processes.
 *
 * 1. Embedding-cache hit lookups with `--sizes` vectors (512-d) in the cache: p50/p99 of one
 *    `lookup` of a 64-text batch (what the embedder sends) and of one text, from PostgreSQL
 *    (`PgEmbeddingCacheStore`) and from the in-process front (`MemoryFrontedCacheStore`, warm).
 * 2. Nearest-neighbour matching at `--entities` reference entities of one tenant
 *    (`reference_entities`, the HNSW cosine index of migration 0003 built after the bulk load,
 *    queried with pgvector's iterative scan as `ReferenceEntityIndex.nearest` queries it) against
 *    an exact scan of the same vectors (index scans off): latency p50/p99 of each over the same
 *    `--queries`, recall@1 of HNSW against the exact answer, and how often HNSW's answer is the
 *    entity the query was made from. Vectors are the simulator's deterministic hashed embeddings
 *    of synthetic names (uniform on the sphere: the hard case for a graph index); each query is an
 *    entity's vector moved to cosine 0.9 (a name variant), so the true neighbour is well defined.
 *    Load and index-build seconds are reported apart.
 *
 * Prints a table, then one JSON line.
 */
import { parseArgs } from 'node:util';
import pg from 'pg';
import { contentHash, MemoryFrontedCacheStore, PgEmbeddingCacheStore, REFERENCE_EF_SEARCH } from '@sluice/embedding-cache';
import { hashedVector } from '@sluice/models';
import { loadPlatformEnv } from '@sluice/config';
import { SluiceError } from '@sluice/errors';
import { createRandom } from '@sluice/samples';
import { emitResult } from './support/bench-context';
import { percentile, round } from './support/bench-stats';
import { currentLoad, describeMachine } from './support/machine';
import { createScratchDatabase } from './support/scratch-database';

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
/** For the HNSW build: the graph of 100k 512-d vectors needs about 0.3 GB. */
const MAINTENANCE_WORK_MEM = '1GB';
/**
 * pgvector's text form with each component in units of 1e-8 (`123e-8`, read by strtof): within a
 * few float32 ulps of a unit vector's components, about half the characters of the shortest
 * decimal form, and 7x quicker to print, which mattered for 100k 512-d vectors. Stored and queried
 * vectors alike go through it, so HNSW and the exact scan see the same numbers.
 */
const literal = (vector: readonly number[]) => `[${vector.map((v) => `${Math.round(v * 1e8)}e-8`).join(',')}]`;

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
  const model = `bench/cache-${size}`;
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
  return {
    size,
    pgBatch64: p(await timed(lookups, () => store.lookup(model, batch()))),
    pgSingle: p(await timed(lookups, () => store.lookup(model, [hashes[random.int(0, size - 1)]!]))),
    memoryBatch64: p(await timed(lookups, () => front.lookup(model, Array.from({ length: 64 }, () => warmSet[random.int(0, warmSet.length - 1)]!)))),
  };
}

function nearby(vector: readonly number[], random: ReturnType<typeof createRandom>, cosine: number): number[] {
  // Unit noise orthogonal-ish to the vector, mixed so the result has the wanted cosine.
  const noise = Array.from({ length: vector.length }, () => random.next() * 2 - 1);
  const norm = Math.hypot(...noise);
  const sine = Math.sqrt(1 - cosine * cosine);
  return vector.map((v, i) => cosine * v + (sine * noise[i]!) / norm);
}

const entityName = (i: number) => `Company ${i} ${['GmbH', 'Ltd', 'SA', 'AB', 'Sp. z o.o.'][i % 5]}`;
const HNSW_INDEX = 'reference_entities_embedding_hnsw';
/** hnsw.ef_search values measured: pgvector's default (40) and larger candidate lists. */
const EF_SEARCH = [40, 100, 200, 400] as const;

/**
 * Loads `entities` vendors into the scratch database's `reference_entities` the way pgvector's
 * docs advise for a bulk load ("add any indexes after loading the initial data"): the HNSW index
 * of migration 0003 is dropped, rows go in 2,000 per INSERT … SELECT unnest, then the index is
 * rebuilt from the definition the migration created (same opclass, m, ef_construction), with
 * maintenance_work_mem large enough for the whole graph (100k 512-d vectors: about 0.3 GB; a
 * graph that outgrows it is finished on disk, far slower) and pgvector's parallel build.
 * Inserting into a live index cost about 5 ms a row at 5k on 2 cores and grew with the graph.
 */
async function loadReferenceEntities(pool: pg.Pool, tenant: string, entities: number) {
  const { rows } = await pool.query<{ indexdef: string }>('SELECT indexdef FROM pg_indexes WHERE indexname = $1', [HNSW_INDEX]);
  const indexDefinition = rows[0]?.indexdef;
  if (!indexDefinition) throw new SluiceError('INTERNAL', `migration 0003's ${HNSW_INDEX} is missing`);
  await pool.query(`DROP INDEX ${HNSW_INDEX}`);
  const loadStarted = performance.now();
  for (let i = 0; i < entities; i += 2000) {
    const ids = Array.from({ length: Math.min(2000, entities - i) }, (_, k) => i + k);
    await pool.query(
      `INSERT INTO reference_entities (tenant, entity_type, ref_id, name, normalized_name, embedding, embedding_model)
       SELECT $1, 'vendor', t.ref_id, t.name, lower(t.name), t.embedding::vector, 'bench/hashed'
       FROM unnest($2::text[], $3::text[], $4::text[]) AS t(ref_id, name, embedding)`,
      [tenant, ids.map((id) => `R-${id}`), ids.map(entityName), ids.map((id) => literal(hashedVector(entityName(id), DIMENSIONS)))],
    );
  }
  const loadSeconds = (performance.now() - loadStarted) / 1000;
  const client = await pool.connect();
  const notices: string[] = [];
  const onNotice = (notice: { message?: string }) => notices.push(notice.message ?? '');
  client.on('notice', onNotice);
  const buildStarted = performance.now();
  try {
    await client.query(`SET maintenance_work_mem = '${MAINTENANCE_WORK_MEM}'`);
    await client.query(indexDefinition);
    await client.query('ANALYZE reference_entities');
  } finally {
    client.off('notice', onNotice);
    client.release();
  }
  return {
    loadSeconds: round(loadSeconds, 1),
    indexBuildSeconds: round((performance.now() - buildStarted) / 1000, 1),
    // pgvector says so when the graph outgrew maintenance_work_mem and the build went on on disk.
    graphFitInMemory: !notices.some((message) => message.includes('maintenance_work_mem')),
  };
}

async function nearestNeighbours(pool: pg.Pool, entities: number, queries: number) {
  const tenant = 'bench-cache';
  const load = await loadReferenceEntities(pool, tenant, entities);
  const random = createRandom(entities);
  const targets = Array.from({ length: queries }, () => random.int(0, entities - 1));
  const queryVectors = targets.map((t) => literal(nearby(hashedVector(entityName(t), DIMENSIONS), random, 0.9)));
  // The query of ReferenceEntityIndex.nearest; the exact scan is the same query with index scans off.
  const query = async (vector: string, exact: boolean, efSearch: number = REFERENCE_EF_SEARCH) => {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      if (exact) await client.query('SET LOCAL enable_indexscan = off');
      else {
        await client.query("SET LOCAL hnsw.iterative_scan = 'strict_order'");
        await client.query(`SET LOCAL hnsw.ef_search = ${efSearch}`);
      }
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
  const exactAnswers: (string | undefined)[] = [];
  const exactMs = await timed(queries, async (i) => exactAnswers.push(await query(queryVectors[i]!, true)));
  // HNSW at each candidate-list size: the recall it buys and what it costs.
  const hnsw = [];
  for (const efSearch of EF_SEARCH) {
    const answers: (string | undefined)[] = [];
    const ms = await timed(queries, async (i) => answers.push(await query(queryVectors[i]!, false, efSearch)));
    hnsw.push({
      efSearch,
      ...p(ms),
      recallAt1: round(exactAnswers.filter((answer, i) => answer === answers[i]).length / queries, 3),
      rightEntityAt1: round(answers.filter((answer, i) => answer === `R-${targets[i]}`).length / queries, 3),
    });
  }
  const production = hnsw.find((row) => row.efSearch === REFERENCE_EF_SEARCH) ?? hnsw[0]!;
  return {
    entities,
    queries,
    ...load,
    hnsw: { p50Ms: production.p50Ms, p99Ms: production.p99Ms },
    hnswByEfSearch: hnsw,
    productionEfSearch: REFERENCE_EF_SEARCH,
    exactScan: p(exactMs),
    recallAt1: production.recallAt1,
    rightEntityAt1: production.rightEntityAt1,
    exactRightEntityAt1: round(exactAnswers.filter((answer, i) => answer === `R-${targets[i]}`).length / queries, 3),
  };
}

export async function run(): Promise<void> {
  const machine = describeMachine();
  const { DATABASE_URL } = loadPlatformEnv();
  const scratch = await createScratchDatabase(DATABASE_URL, 'bench_cache');
  const pool = scratch.pool;
  try {
    process.stdout.write(`machine: ${machine.cpuModel}, ${machine.cores} cores; load average ${machine.loadAverage1m}; scratch database ${scratch.name}\n`);
    const cache = [];
    for (const size of args.sizes.split(',').map(Number)) cache.push(await cacheLookups(pool, size, Number(args.lookups)));
    const pair = (figures: { p50Ms: number; p99Ms: number }) => `${figures.p50Ms} / ${figures.p99Ms}`;
    process.stdout.write(`\nembedding-cache hit lookups, ms p50 / p99 over ${args.lookups} each\n`);
    process.stdout.write('  cached vectors   PostgreSQL, 64 texts   PostgreSQL, 1 text   in-process front, 64 texts\n');
    for (const figures of cache) {
      process.stdout.write(
        `  ${String(figures.size).padEnd(16)} ${pair(figures.pgBatch64).padStart(20)} ${pair(figures.pgSingle).padStart(20)} ${pair(figures.memoryBatch64).padStart(28)}\n`,
      );
    }
    const nn = await nearestNeighbours(pool, Number(args.entities), Number(args.queries));
    process.stdout.write(
      `\nnearest neighbour at ${nn.entities} reference entities (loaded in ${nn.loadSeconds} s, HNSW index built in ${nn.indexBuildSeconds} s` +
        `${nn.graphFitInMemory ? '' : ', graph outgrew maintenance_work_mem'}), ${nn.queries} queries\n`,
    );
    process.stdout.write('  search                    p50 ms    p99 ms   recall@1 vs exact   right entity @1\n');
    for (const row of nn.hnswByEfSearch) {
      const label = `HNSW, ef_search ${row.efSearch}${row.efSearch === nn.productionEfSearch ? ' *' : ''}`;
      process.stdout.write(
        `  ${label.padEnd(24)} ${String(row.p50Ms).padStart(7)} ${String(row.p99Ms).padStart(9)} ${String(row.recallAt1).padStart(19)} ${String(row.rightEntityAt1).padStart(17)}\n`,
      );
    }
    process.stdout.write(
      `  ${'exact scan'.padEnd(24)} ${String(nn.exactScan.p50Ms).padStart(7)} ${String(nn.exactScan.p99Ms).padStart(9)} ${'1'.padStart(19)} ${String(nn.exactRightEntityAt1).padStart(17)}\n`,
    );
    process.stdout.write(`  * what ReferenceEntityIndex sets (REFERENCE_EF_SEARCH)\n`);
    emitResult({ bench: 'cache', machine, cache, nearestNeighbour: nn, loadAverageEnd: currentLoad() }, args.save);
  } finally {
    await scratch.drop();
  }
}
