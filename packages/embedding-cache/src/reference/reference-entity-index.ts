import type pg from 'pg';
import { inTransaction } from '@sluice/db';
import { SluiceError } from '@sluice/errors';
import type { EgressRecord, EmbeddingModel } from '@sluice/models';
import { cacheModelKey } from '../embedding-cache-store';
import { toVectorLiteral } from '../vector-literal';
import { foldName, normalizeCompanyName } from './company-name';
import { normalizeReferenceKey, type ReferenceKey } from './reference-keys';

/** The dimension of `reference_entities.embedding` (migration 0003); HNSW needs it fixed. */
export const REFERENCE_DIMENSIONS = 512;

/** The text embedded for a name, stored and queried alike. */
export function nameForEmbedding(name: string): string {
  return foldName(name);
}

export interface ReferenceEntity {
  tenant: string;
  entityType: string; // "vendor", "customer"
  refId: string;
  name: string;
  /** Exact identifiers (e-mail domains, customer numbers, IBANs, VAT ids); replaced on every upsert. */
  keys?: readonly ReferenceKey[];
  /** Free-form metadata, stored and returned, never matched on. */
  attributes?: Record<string, unknown>;
}

export interface NameMatchOptions {
  /** The names are people's (e-mail senders): an external endpoint gets placeholders under `redact`. */
  personalNames?: boolean;
  /** Receives the egress records of the embedding call, when names had to be embedded (for the audit trail). */
  onEgress?: (records: EgressRecord[]) => void;
}

export interface ReferenceMatch {
  refId: string;
  name: string;
  /** 0..1; for `matchName` the weighted blend of the two scores below. */
  score: number;
  vectorScore: number;
  lexicalScore: number;
}

export interface NameMatchWeights {
  /** Weight of the cosine similarity of the name embeddings. */
  vector: number;
  /** Weight of the trigram similarity of the normalised names. */
  lexical: number;
}

/**
 * Measured in bench/embed.ts on the sample vendors' name variants: the 512-d sentence
 * embedding alone picks the wrong vendor for about one variant in ten and scores unknown
 * vendors as high as known ones (cosine 0.85 for a stranger); trigram similarity of
 * legal-form-stripped names is right on every variant but narrow; the 0.3/0.7 blend was right
 * on every variant with the widest margin to the runner-up.
 */
export const defaultNameMatchWeights = { vector: 0.3, lexical: 0.7 } satisfies NameMatchWeights;

/**
 * pgvector's `hnsw.ef_search` for name matching: the size of the candidate list an HNSW search
 * keeps (pgvector's default 40). `npm run bench -- cache` measures recall@1 against an exact scan
 * at 100k reference entities for 40, 100, 200 and 400 (docs/benchmarks.md): at 40 the nearest
 * entity was missed on about a third of the queries.
 */
export const REFERENCE_EF_SEARCH = 200;

export interface ReferenceEntityIndexDeps {
  db: pg.Pool;
  /** Embeds reference and query names; wrap it in the embedding cache to embed each name once. */
  model: EmbeddingModel;
  weights?: NameMatchWeights;
  /** Candidates fetched from each index (vector, trigram) before blending; at least k. */
  candidates?: number;
}

/**
 * Reference entities in PostgreSQL (`reference_entities`, HNSW cosine index on the embedding,
 * trigram index on the legal-form-stripped name). Names are embedded folded (lower case, no
 * accents or punctuation, see `nameForEmbedding`): the sentence encoder is case sensitive and
 * "ACME GmbH" / "acme gmbh" scored only 0.55 as written.
 */
export class ReferenceEntityIndex {
  private readonly db: pg.Pool;
  private readonly model: EmbeddingModel;
  private readonly weights: NameMatchWeights;
  private readonly candidates: number;

  constructor(deps: ReferenceEntityIndexDeps) {
    if (deps.model.dimensions !== REFERENCE_DIMENSIONS) {
      throw new SluiceError(
        'CONFIG',
        `reference_entities holds ${REFERENCE_DIMENSIONS}-d vectors; ${cacheModelKey(deps.model.ref)} has ${deps.model.dimensions}`,
      );
    }
    this.db = deps.db;
    this.model = deps.model;
    this.weights = deps.weights ?? defaultNameMatchWeights;
    this.candidates = deps.candidates ?? 20;
  }

  /** Embeds the names in one batch and upserts the entities and their keys in one transaction. */
  async upsertReferences(entities: readonly ReferenceEntity[]): Promise<{ upserted: number }> {
    // One statement may not touch a row twice: the last entry for a key wins.
    const byKey = new Map(entities.map((entity) => [`${entity.tenant}\u0000${entity.entityType}\u0000${entity.refId}`, entity]));
    const unique = [...byKey.values()];
    if (unique.length === 0) return { upserted: 0 };
    const normalized = unique.map((entity) => normalizeCompanyName(entity.name));
    const vectors = await this.embedPerTenant(unique);
    await inTransaction(this.db, async (client) => {
      await client.query(
        `INSERT INTO reference_entities (tenant, entity_type, ref_id, name, normalized_name, attributes, embedding, embedding_model)
         SELECT t.tenant, t.entity_type, t.ref_id, t.name, t.normalized_name, t.attributes, t.embedding, $8
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::jsonb[], $7::vector[])
           AS t(tenant, entity_type, ref_id, name, normalized_name, attributes, embedding)
         ON CONFLICT (tenant, entity_type, ref_id) DO UPDATE SET
           name = EXCLUDED.name, normalized_name = EXCLUDED.normalized_name, attributes = EXCLUDED.attributes,
           embedding = EXCLUDED.embedding, embedding_model = EXCLUDED.embedding_model, updated_at = now()`,
        [
          unique.map((entity) => entity.tenant),
          unique.map((entity) => entity.entityType),
          unique.map((entity) => entity.refId),
          unique.map((entity) => entity.name),
          normalized,
          unique.map((entity) => JSON.stringify(entity.attributes ?? {})),
          vectors.map(toVectorLiteral),
          cacheModelKey(this.model.ref),
        ],
      );
      const keyRows = unique.flatMap((entity) =>
        (entity.keys ?? []).map((key) => [entity.tenant, entity.entityType, entity.refId, key.kind, normalizeReferenceKey(key.kind, key.value)] as const),
      );
      // An entity's keys are what its latest upsert says: drop the old ones first.
      await client.query(
        `DELETE FROM reference_entity_keys k
         USING unnest($1::text[], $2::text[], $3::text[]) AS t(tenant, entity_type, ref_id)
         WHERE k.tenant = t.tenant AND k.entity_type = t.entity_type AND k.ref_id = t.ref_id`,
        [unique.map((entity) => entity.tenant), unique.map((entity) => entity.entityType), unique.map((entity) => entity.refId)],
      );
      if (keyRows.length > 0) {
        await client.query(
          `INSERT INTO reference_entity_keys (tenant, entity_type, ref_id, kind, value)
           SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]) ON CONFLICT DO NOTHING`,
          [0, 1, 2, 3, 4].map((column) => keyRows.map((row) => row[column])),
        );
      }
    });
    return { upserted: unique.length };
  }

  /** One embedding call per tenant (the tenant's privacy policy applies to its call), vectors in input order. */
  private async embedPerTenant(entities: readonly ReferenceEntity[]): Promise<number[][]> {
    const vectors = new Array<number[]>(entities.length);
    const byTenant = new Map<string, number[]>();
    entities.forEach((entity, index) => byTenant.set(entity.tenant, [...(byTenant.get(entity.tenant) ?? []), index]));
    for (const [tenant, indexes] of byTenant) {
      const { value } = await this.model.embed(
        indexes.map((index) => nameForEmbedding(entities[index]!.name)),
        { tenant },
      );
      indexes.forEach((index, i) => (vectors[index] = value[i] as number[]));
    }
    return vectors;
  }

  /**
   * The k entities whose embedding is nearest (cosine) to `vector`, best first. Embed a query
   * name with `nameForEmbedding` first, as the stored names were.
   */
  async nearest(tenant: string, entityType: string, vector: readonly number[], k: number): Promise<ReferenceMatch[]> {
    const rows = await this.withFilteredHnsw((client) =>
      client.query<{ ref_id: string; name: string; vector_score: number }>(
        `SELECT ref_id, name, 1 - (embedding <=> $3::vector) AS vector_score
         FROM reference_entities WHERE tenant = $1 AND entity_type = $2
         ORDER BY embedding <=> $3::vector LIMIT $4`,
        [tenant, entityType, toVectorLiteral(vector), k],
      ),
    );
    return rows.map((row) => ({
      refId: row.ref_id,
      name: row.name,
      score: row.vector_score,
      vectorScore: row.vector_score,
      lexicalScore: 0,
    }));
  }

  /** Best matches for a name as written on a document, best first (see `matchNames`). */
  async matchName(tenant: string, entityType: string, name: string, k: number): Promise<ReferenceMatch[]> {
    return (await this.matchNames(tenant, entityType, [name], k))[0] ?? [];
  }

  /**
   * Best matches for each name, in input order: at most one embedding call and one query for the
   * whole batch. Candidates per name come from the HNSW index and from the trigram index, and are
   * ranked by the weighted blend of both scores. `known[i]`, when given, is the vector of
   * `nameForEmbedding(names[i])` under this index's model (the embedder's, carried on the record):
   * only names without one are embedded.
   */
  async matchNames(
    tenant: string,
    entityType: string,
    names: readonly string[],
    k: number,
    known: readonly (readonly number[] | undefined)[] = [],
    options: NameMatchOptions = {},
  ): Promise<ReferenceMatch[][]> {
    if (names.length === 0) return [];
    const missing = names.flatMap((name, i) => (known[i] === undefined ? [i] : []));
    // The tenant's privacy policy applies to the call; names known to be people's go out as placeholders.
    const result =
      missing.length === 0
        ? undefined
        : await this.model.embed(
            missing.map((i) => nameForEmbedding(names[i]!)),
            { tenant, ...(options.personalNames ? { personalData: missing.map(() => 'PERSON' as const) } : {}) },
          );
    if (result?.egress) options.onEgress?.(result.egress);
    const embedded = result?.value ?? [];
    if (embedded.length !== missing.length) throw new SluiceError('INVALID_MODEL_OUTPUT', 'one vector per name expected');
    const vectors = names.map((_, i) => known[i] ?? embedded[missing.indexOf(i)]!);
    const limit = Math.max(k, this.candidates);
    const rows = await this.withFilteredHnsw((client) =>
      client.query<{ query: string; ref_id: string; name: string; vector_score: number; lexical_score: number }>(
        `WITH q AS (
           SELECT * FROM unnest($3::vector[], $4::text[]) WITH ORDINALITY AS q(vector, name, ord)
         )
         SELECT q.ord AS query, r.ref_id, r.name,
                1 - (r.embedding <=> q.vector) AS vector_score,
                similarity(r.normalized_name, q.name) AS lexical_score
         FROM q
         CROSS JOIN LATERAL (
           (SELECT ref_id FROM reference_entities WHERE tenant = $1 AND entity_type = $2
            ORDER BY embedding <=> q.vector LIMIT $5)
           UNION
           (SELECT ref_id FROM reference_entities
            WHERE tenant = $1 AND entity_type = $2 AND normalized_name % q.name
            ORDER BY similarity(normalized_name, q.name) DESC LIMIT $5)
         ) AS candidate
         JOIN reference_entities r ON r.tenant = $1 AND r.entity_type = $2 AND r.ref_id = candidate.ref_id`,
        [tenant, entityType, vectors.map(toVectorLiteral), names.map(normalizeCompanyName), limit],
      ),
    );
    const results = names.map((): ReferenceMatch[] => []);
    for (const row of rows) {
      results[Number(row.query) - 1]?.push({
        refId: row.ref_id,
        name: row.name,
        vectorScore: row.vector_score,
        lexicalScore: row.lexical_score,
        score: this.weights.vector * Math.max(0, row.vector_score) + this.weights.lexical * row.lexical_score,
      });
    }
    return results.map((matches) => matches.sort((a, b) => b.score - a.score).slice(0, k));
  }

  /**
   * HNSW applies the WHERE clause after its candidate search, so a tenant with few rows in a
   * big table could get fewer than k results; pgvector 0.8's iterative scan keeps searching
   * until the filter is satisfied (https://github.com/pgvector/pgvector#iterative-index-scans).
   */
  private async withFilteredHnsw<R extends pg.QueryResultRow>(
    query: (client: pg.PoolClient) => Promise<pg.QueryResult<R>>,
  ): Promise<R[]> {
    return inTransaction(this.db, async (client) => {
      await client.query("SET LOCAL hnsw.iterative_scan = 'strict_order'");
      await client.query(`SET LOCAL hnsw.ef_search = ${REFERENCE_EF_SEARCH}`);
      const { rows } = await query(client);
      return rows;
    });
  }
}
