import type pg from 'pg';

/**
 * Which tenant owns each document id the gateway accepted (`gateway_documents`, per topic prefix).
 * The first tenant to publish an id owns it; another tenant can neither publish under that id nor
 * read its state.
 */
export class DocumentOwnership {
  constructor(
    private readonly pool: pg.Pool,
    private readonly scope: string,
  ) {}

  /** Claims `ids` for `tenant`; answers the ids another tenant already owns (nothing is published for them). */
  async claim(tenant: string, ids: readonly string[]): Promise<string[]> {
    await this.pool.query(
      `INSERT INTO gateway_documents (scope, document_id, tenant) SELECT $1, unnest($2::text[]), $3 ON CONFLICT DO NOTHING`,
      [this.scope, ids, tenant],
    );
    const { rows } = await this.pool.query<{ document_id: string }>(
      'SELECT document_id FROM gateway_documents WHERE scope = $1 AND document_id = ANY($2::text[]) AND tenant <> $3',
      [this.scope, ids, tenant],
    );
    return rows.map((row) => row.document_id);
  }

  /** Marks ids as acknowledged by the broker. */
  async published(ids: readonly string[]): Promise<void> {
    await this.pool.query(
      'UPDATE gateway_documents SET published_at = coalesce(published_at, now()) WHERE scope = $1 AND document_id = ANY($2::text[])',
      [this.scope, ids],
    );
  }

  async owner(id: string): Promise<{ tenant: string; publishedAt: Date | null } | null> {
    const { rows } = await this.pool.query<{ tenant: string; published_at: Date | null }>(
      'SELECT tenant, published_at FROM gateway_documents WHERE scope = $1 AND document_id = $2',
      [this.scope, id],
    );
    const row = rows[0];
    return row ? { tenant: row.tenant, publishedAt: row.published_at } : null;
  }
}
