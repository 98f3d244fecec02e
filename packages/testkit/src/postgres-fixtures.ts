import pg from 'pg';
import { test as base } from 'vitest';
import { runMigrations } from '@sluice/db';
import { integrationStack } from './integration-stack';
import { kafkaTest } from './kafka-fixtures';

export interface PgFixtures {
  /** A pool on the migrated integration database, shared by the file's tests. */
  pool: pg.Pool;
}

// Enough for two instances racing on one table while a service under test holds its own.
const POOL_MAX = 6;

/**
 * One pool per test file (migrations once per file, as the beforeAll/afterAll pairs this replaces
 * did); ended after the file's last test, pass or fail, even if migrating failed.
 */
// eslint-disable-next-line no-empty-pattern -- vitest reads a fixture's dependencies from this pattern
async function migratedPool({}: object, use: (pool: pg.Pool) => Promise<void>): Promise<void> {
  const pool = new pg.Pool({ connectionString: integrationStack().databaseUrl, max: POOL_MAX });
  try {
    // The stack migrates when it starts; an explicit DATABASE_URL may point at a fresh database.
    await runMigrations(pool);
    await use(pool);
  } finally {
    await pool.end();
  }
}

/** `pgTest` gives each test `pool`. */
export const pgTest = base.extend<{ $file: PgFixtures }>({ pool: [migratedPool, { scope: 'file' }] });

/** `kafkaPgTest`: `kafkaTest`'s fixtures plus `pool`, for services that use both. */
export const kafkaPgTest = kafkaTest.extend<{ $file: PgFixtures }>({ pool: [migratedPool, { scope: 'file' }] });
