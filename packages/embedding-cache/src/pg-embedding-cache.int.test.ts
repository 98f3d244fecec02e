import { describe, expect } from 'vitest';
import { withEmbeddingCache } from './cached-embedding-model';
import { countingEmbeddingModel, namedHashedModel } from '@sluice/testkit/embedding-doubles';
import { createEmbeddingCacheTotals } from './embedding-cache-metrics';
import { cacheModelKey } from './embedding-cache-store';
import { pgTest as test } from './integration-fixture';
import { PgEmbeddingCacheStore } from './pg-embedding-cache-store';

/** Counts the statements a store sends, to prove one lookup and one upsert per batch. */
function countingPool(pool: { query: (...args: never[]) => unknown }) {
  const statements: string[] = [];
  const db = {
    query: (...args: unknown[]) => {
      statements.push(String(args[0]).trim().split(/\s+/)[0] ?? '');
      return (pool.query as (...a: unknown[]) => unknown)(...args);
    },
  };
  return { db: db as unknown as ConstructorParameters<typeof PgEmbeddingCacheStore>[0], statements };
}

describe('embedding cache on PostgreSQL + pgvector', () => {
  test('1,000 texts with 50% repeats reach the model as at most 500; a second pass reaches it with none', async ({ db, unique }) => {
    const model = countingEmbeddingModel(namedHashedModel(`int-${unique}`, 512));
    const { db: counted, statements } = countingPool(db);
    const metrics = createEmbeddingCacheTotals();
    const cached = withEmbeddingCache(model, { store: new PgEmbeddingCacheStore(counted), metrics });
    // 500 distinct documents, each appearing twice, shuffled deterministically across batches.
    const texts = Array.from({ length: 1000 }, (_, i) => `document ${(i * 7919) % 500} of tenant ${unique}`);

    const first: number[][] = [];
    for (let start = 0; start < texts.length; start += 64) {
      first.push(...(await cached.embed(texts.slice(start, start + 64))).value);
    }
    expect(model.counts.texts).toBeLessThanOrEqual(500);
    expect(model.counts.texts).toBe(500); // and every distinct text was embedded exactly once
    const batches = Math.ceil(texts.length / 64);
    expect(statements.filter((s) => s === 'SELECT')).toHaveLength(batches);
    expect(statements.filter((s) => s === 'INSERT').length).toBeLessThanOrEqual(batches);

    const before = { ...model.counts };
    const second: number[][] = [];
    for (let start = 0; start < texts.length; start += 64) {
      second.push(...(await cached.embed(texts.slice(start, start + 64))).value);
    }
    expect(model.counts).toEqual(before);
    // A hit returns exactly the vector the miss returned (both float32). Counted, not diffed:
    // a diff of 1,000 x 512 numbers takes minutes to print.
    const differing = second.filter((vector, i) => vector.some((value, j) => value !== first[i]?.[j]));
    expect(differing).toHaveLength(0);
    expect(metrics.totals.hitRatio).toBeGreaterThan(0.5);

    const { rows } = await db.query<{ n: string; dims: number }>(
      'SELECT count(*) AS n, min(dimensions) AS dims FROM embedding_cache WHERE model = $1',
      [cacheModelKey(model.ref)],
    );
    expect(rows[0]).toEqual({ n: '500', dims: 512 });
    await db.query('DELETE FROM embedding_cache WHERE model = $1', [cacheModelKey(model.ref)]);
  });

  test('stores vectors of any model dimension in the one table and keeps models apart', async ({ db, unique }) => {
    const store = new PgEmbeddingCacheStore(db);
    const small = countingEmbeddingModel(namedHashedModel(`small-${unique}`, 3));
    const large = countingEmbeddingModel(namedHashedModel(`large-${unique}`, 1536));
    const a = await withEmbeddingCache(small, { store }).embed(['shared text']);
    const b = await withEmbeddingCache(large, { store }).embed(['shared text']);
    expect(a.value[0]).toHaveLength(3);
    expect(b.value[0]).toHaveLength(1536);
    expect((await withEmbeddingCache(large, { store }).embed(['shared text'])).value).toEqual(b.value);
    expect(large.counts.texts).toBe(1);
    await db.query('DELETE FROM embedding_cache WHERE model = ANY($1)', [[cacheModelKey(small.ref), cacheModelKey(large.ref)]]);
  });

  test('two embedders missing the same texts at once both succeed (ON CONFLICT DO NOTHING)', async ({ db, unique }) => {
    const store = new PgEmbeddingCacheStore(db);
    const model = namedHashedModel(`race-${unique}`, 16);
    const texts = Array.from({ length: 50 }, (_, i) => `race ${i}`);
    const [one, two] = await Promise.all([
      withEmbeddingCache(model, { store }).embed(texts),
      withEmbeddingCache(model, { store }).embed(texts),
    ]);
    expect(one.value).toEqual(two.value);
    await db.query('DELETE FROM embedding_cache WHERE model = $1', [cacheModelKey(model.ref)]);
  });
});
