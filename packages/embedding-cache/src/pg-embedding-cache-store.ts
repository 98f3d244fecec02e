import type pg from 'pg';
import type { CacheEntry, EmbeddingCacheStore } from './embedding-cache-store';
import { fromVectorLiteral, toVectorLiteral } from './vector-literal';

/** Anything that runs one query: a pg.Pool (preferred) or a checked-out client. */
export interface Queryable {
  query: pg.Pool['query'];
}

/**
 * The `embedding_cache` table (packages/db/migrations/0002_embedding_cache.sql). One query per
 * lookup (`= ANY`) and one per store (multi-row insert over `unnest`, `ON CONFLICT DO NOTHING`
 * so concurrent embedders that both missed the same text do not fail each other).
 */
export class PgEmbeddingCacheStore implements EmbeddingCacheStore {
  constructor(private readonly db: Queryable) {}

  async lookup(model: string, hashes: readonly string[]): Promise<Map<string, number[]>> {
    const found = new Map<string, number[]>();
    if (hashes.length === 0) return found;
    const { rows } = await this.db.query<{ content_hash: Buffer; embedding: string }>(
      'SELECT content_hash, embedding::text AS embedding FROM embedding_cache WHERE model = $1 AND content_hash = ANY($2::bytea[])',
      [model, hashes.map((hash) => Buffer.from(hash, 'hex'))],
    );
    for (const row of rows) found.set(row.content_hash.toString('hex'), fromVectorLiteral(row.embedding));
    return found;
  }

  async store(model: string, dimensions: number, entries: readonly CacheEntry[]): Promise<void> {
    if (entries.length === 0) return;
    await this.db.query(
      `INSERT INTO embedding_cache (model, content_hash, dimensions, embedding)
       SELECT $1, entry.hash, $2, entry.embedding
       FROM unnest($3::bytea[], $4::vector[]) AS entry(hash, embedding)
       ON CONFLICT (model, content_hash) DO NOTHING`,
      [
        model,
        dimensions,
        entries.map((entry) => Buffer.from(entry.hash, 'hex')),
        entries.map((entry) => toVectorLiteral(entry.vector)),
      ],
    );
  }
}
