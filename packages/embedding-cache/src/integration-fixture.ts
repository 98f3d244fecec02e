import type pg from 'pg';
import { pgTest as testkitPgTest, uniqueName } from '@sluice/testkit';

/**
 * `db`: testkit's migrated pool (one per file, always ended), under the name these tests use.
 * `unique`: a fresh suffix per test for tenant and model names, so tests never share rows.
 */
export const pgTest = testkitPgTest.extend<{ $file: { db: pg.Pool }; $test: { unique: string } }>({
  db: [
    async ({ pool }, use) => {
      await use(pool);
    },
    { scope: 'file' },
  ],
  // eslint-disable-next-line no-empty-pattern -- vitest requires a destructuring pattern here
  unique: async ({}, use) => {
    await use(uniqueName('emb'));
  },
});
