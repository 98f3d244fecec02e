import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type pg from 'pg';
import { SluiceError } from '@sluice/errors';

export const migrationsDir = new URL('../migrations/', import.meta.url).pathname;

export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

export interface MigrationResult {
  applied: string[];
  skipped: string[];
}

export async function readMigrations(dir = migrationsDir): Promise<Migration[]> {
  const names = (await readdir(dir)).filter((name) => /^\d{4}_[\w-]+\.sql$/.test(name)).sort();
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(join(dir, name), 'utf8');
      return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') };
    }),
  );
}

function isPool(db: pg.ClientBase | pg.Pool): db is pg.Pool {
  return 'totalCount' in db;
}

// Any fixed 64-bit key: serialises concurrent migrators (tests, services starting together).
const MIGRATION_LOCK_KEY = 7_334_112_019;

/**
 * Applies plain-SQL migrations in file-name order, each once, each in its own transaction, under an
 * advisory lock. An applied migration whose file later changed is an error: migrations are
 * append-only, a fix is a new file.
 */
export async function runMigrations(db: pg.ClientBase | pg.Pool, dir = migrationsDir): Promise<MigrationResult> {
  // The advisory lock belongs to a session: with a pool, hold one connection for the whole run.
  if (isPool(db)) {
    const client = await db.connect();
    try {
      return await runMigrations(client, dir);
    } finally {
      client.release();
    }
  }
  const client = db;
  const migrations = await readMigrations(dir);
  await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
  try {
    await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      name text PRIMARY KEY,
      checksum text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
    const { rows } = await client.query<{ name: string; checksum: string }>(
      'SELECT name, checksum FROM schema_migrations',
    );
    const done = new Map(rows.map((row) => [row.name, row.checksum]));
    const result: MigrationResult = { applied: [], skipped: [] };
    for (const migration of migrations) {
      const checksum = done.get(migration.name);
      if (checksum !== undefined) {
        if (checksum !== migration.checksum) {
          throw new SluiceError(
            'CONFIG',
            `migration ${migration.name} was changed after it was applied; add a new migration instead`,
          );
        }
        result.skipped.push(migration.name);
        continue;
      }
      await client.query('BEGIN');
      try {
        await client.query(migration.sql);
        await client.query('INSERT INTO schema_migrations (name, checksum) VALUES ($1, $2)', [
          migration.name,
          migration.checksum,
        ]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw new SluiceError('CONFIG', `migration ${migration.name} failed: ${(error as Error).message}`, {
          cause: error,
        });
      }
      result.applied.push(migration.name);
    }
    return result;
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
  }
}
