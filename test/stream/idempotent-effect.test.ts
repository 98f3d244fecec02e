import pg from 'pg';
import { describe, expect, test } from 'vitest';
import { integrationStack, uniqueName } from '@sluice/testkit';
import { applyOnce, ensureEffectLedger, recordEffectKey } from '@sluice/stream';

describe('applyOnce (PostgreSQL side effects)', () => {
  test('a re-delivered record applies its effect once, also when two run at the same time', async () => {
    const pool = new pg.Pool({ connectionString: integrationStack().databaseUrl, max: 4 });
    const table = uniqueName('effects').replace(/-/g, '_');
    try {
      await ensureEffectLedger(pool);
      await pool.query(`CREATE TABLE ${table} (document_id text, amount int)`);
      const scope = uniqueName('svc');
      const key = recordEffectKey({ topic: 'documents.ingested.v1', partition: 2, offset: '41' });
      const effect = (client: pg.PoolClient) => client.query(`INSERT INTO ${table} VALUES ('doc-1', 10)`);
      const outcomes = await Promise.all([1, 2, 3].map(() => applyOnce(pool, scope, key, (client) => effect(client as pg.PoolClient))));
      expect(outcomes.filter((o) => o.applied)).toHaveLength(1);
      expect((await pool.query(`SELECT count(*)::int AS n FROM ${table}`)).rows[0]).toEqual({ n: 1 });

      // A failing effect leaves no ledger entry: the retry applies it.
      await expect(applyOnce(pool, scope, 'doc-2', () => Promise.reject(new Error('db hiccup')))).rejects.toThrow('db hiccup');
      expect((await applyOnce(pool, scope, 'doc-2', () => Promise.resolve('ok'))).applied).toBe(true);
    } finally {
      await pool.query(`DROP TABLE IF EXISTS ${table}`).catch(() => undefined);
      await pool.end();
    }
  });
});
