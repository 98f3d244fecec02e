import type pg from 'pg';

/**
 * Runs `work` in one transaction on a client of `pool`: BEGIN, then COMMIT when `work` resolves;
 * when it (or the COMMIT) throws, ROLLBACK and rethrow the first error (a failed ROLLBACK is
 * ignored: the connection is the likely cause and the first error says more). The client always
 * goes back to the pool. Errors of `pool.connect()` propagate as they are.
 */
export async function inTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
