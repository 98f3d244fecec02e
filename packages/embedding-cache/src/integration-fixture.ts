import pg from 'pg';
import { test } from 'vitest';
import { runMigrations } from '@sluice/db';
import { integrationStack, uniqueName } from '@sluice/testkit';

/**
 * `db`: a pool on the migrated database, closed after the worker's tests.
 * `unique`: a fresh suffix per test for tenant and model names, so tests never share rows.
 */
export const pgTest = test.extend<{ $worker: { db: pg.Pool }; $test: { unique: string } }>({
  db: [
    // eslint-disable-next-line no-empty-pattern -- vitest requires a destructuring pattern here
    async ({}, use) => {
      const pool = new pg.Pool({ connectionString: integrationStack().databaseUrl, max: 4 });
      const client = await pool.connect();
      try {
        // The stack migrates when it starts; an explicit DATABASE_URL may point at a fresh one.
        await runMigrations(client);
      } finally {
        client.release();
      }
      await use(pool);
      await pool.end();
    },
    { scope: 'worker' },
  ],
  // eslint-disable-next-line no-empty-pattern -- vitest requires a destructuring pattern here
  unique: async ({}, use) => {
    await use(uniqueName('emb'));
  },
});
