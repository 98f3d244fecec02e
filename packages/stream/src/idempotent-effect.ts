/**
 * Exactly-once for side effects outside Kafka (PostgreSQL). A retried or re-delivered batch (after
 * a crash, or by a fenced zombie still running) runs its effects again; recording the effect's key
 * in the same database transaction as the effect makes the second run a no-op.
 *
 * Keys: the document id for effects that happen once per document, or the input record's
 * topic/partition/offset (`recordEffectKey`) for effects that happen once per record.
 * The SQL types are structural, so `pg`'s Pool fits and this package does not depend on it.
 */
export interface SqlClient {
  query(text: string, values?: unknown[]): Promise<{ rowCount: number | null }>;
  release(): void;
}

export interface SqlPool {
  connect(): Promise<SqlClient>;
}

export const effectLedgerTable = 'sluice_effect_ledger';

export async function ensureEffectLedger(pool: Pick<SqlClient, 'query'>): Promise<void> {
  await pool.query(
    `CREATE TABLE IF NOT EXISTS ${effectLedgerTable} (
       scope text NOT NULL,
       effect_key text NOT NULL,
       applied_at timestamptz NOT NULL DEFAULT now(),
       PRIMARY KEY (scope, effect_key)
     )`,
  );
}

export function recordEffectKey(record: { topic: string; partition: number; offset: string }): string {
  return `${record.topic}/${record.partition}/${record.offset}`;
}

/**
 * Runs `effect` inside a database transaction unless (scope, key) was applied before. A concurrent
 * duplicate blocks on the primary key until the first commits, then skips.
 */
export async function applyOnce<T>(pool: SqlPool, scope: string, key: string, effect: (client: SqlClient) => Promise<T>): Promise<{ applied: true; result: T } | { applied: false }> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const claimed = await client.query(
      `INSERT INTO ${effectLedgerTable} (scope, effect_key) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
      [scope, key],
    );
    if (claimed.rowCount === 0) {
      await client.query('ROLLBACK');
      return { applied: false };
    }
    const result = await effect(client);
    await client.query('COMMIT');
    return { applied: true, result };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
