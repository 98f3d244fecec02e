import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { integrationStack, uniqueName } from '@sluice/testkit';

const DIMENSIONS = 512;
const COUNT = 1000;

/** Deterministic pseudo-random unit vectors (mulberry32), so a failure is reproducible. */
function vectors(seed: number, count: number): number[][] {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296 - 0.5;
  };
  return Array.from({ length: count }, () => {
    const v = Array.from({ length: DIMENSIONS }, next);
    const norm = Math.hypot(...v);
    return v.map((x) => x / norm);
  });
}

const literal = (v: number[]) => `[${v.join(',')}]`;

describe('PostgreSQL with pgvector', () => {
  const table = uniqueName('vectors').replace(/-/g, '_');
  let client: pg.Client;

  beforeAll(async () => {
    client = new pg.Client({ connectionString: integrationStack().databaseUrl });
    await client.connect();
  });

  afterAll(async () => {
    await client.query(`DROP TABLE IF EXISTS ${table}`);
    await client.end();
  });

  it('stores 1,000 512-d vectors under an HNSW index and finds the nearest neighbour of a known vector', async () => {
    const data = vectors(42, COUNT);
    await client.query(`CREATE TABLE ${table} (id int PRIMARY KEY, embedding vector(${DIMENSIONS}) NOT NULL)`);
    await client.query(`INSERT INTO ${table} (id, embedding) SELECT * FROM unnest($1::int[], $2::vector[])`, [
      data.map((_, i) => i),
      data.map(literal),
    ]);
    await client.query(`CREATE INDEX ${table}_hnsw ON ${table} USING hnsw (embedding vector_cosine_ops)`);

    // A known vector, nudged a little: its own row must come back first, through the index.
    const target = 417;
    const probe = data[target]!.map((x, i) => x + (i % 2 ? 0.002 : -0.002));
    await client.query('BEGIN');
    await client.query('SET LOCAL enable_seqscan = off');
    const plan = await client.query(
      `EXPLAIN SELECT id FROM ${table} ORDER BY embedding <=> $1::vector LIMIT 5`,
      [literal(probe)],
    );
    const { rows } = await client.query<{ id: number; distance: number }>(
      `SELECT id, embedding <=> $1::vector AS distance FROM ${table} ORDER BY embedding <=> $1::vector LIMIT 5`,
      [literal(probe)],
    );
    await client.query('COMMIT');

    expect(plan.rows.map((row: Record<string, string>) => Object.values(row)[0]).join('\n')).toContain(`Index Scan using ${table}_hnsw`);
    const counted = await client.query<{ count: string }>(`SELECT count(*) FROM ${table}`);
    expect(Number(counted.rows[0]?.count)).toBe(COUNT);
    expect(rows[0]?.id).toBe(target);
    expect(rows[0]!.distance).toBeLessThan(rows[1]!.distance);
  });
});
