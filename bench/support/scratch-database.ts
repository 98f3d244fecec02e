/**
 * A database of one benchmark run, beside the one DATABASE_URL names: created with every
 * migration applied, dropped at the end. Bulk loads (100k vectors) then neither bloat the shared
 * tables other processes use nor wait on their locks, and a bench may drop and rebuild an index.
 */
import pg from 'pg';
import { SluiceError } from '@sluice/errors';
import { ensureDatabase, runMigrations } from '@sluice/db';

export interface ScratchDatabase {
  /** A pool on the scratch database (at most `maxConnections`). */
  pool: pg.Pool;
  name: string;
  /** Ends the pool and drops the database (WITH (FORCE): a connection left behind does not keep it). */
  drop(): Promise<void>;
}

/**
 * Creates `<database of databaseUrl>_<label>_<time in base 36>` on the same server, applies the
 * migrations and opens a pool on it. `label`: lower-case letters, digits and `_`.
 */
export async function createScratchDatabase(databaseUrl: string, label: string, maxConnections = 2): Promise<ScratchDatabase> {
  if (!/^[a-z0-9_]+$/.test(label)) throw new SluiceError('CONFIG', `scratch database label "${label}": use [a-z0-9_]`);
  const url = new URL(databaseUrl);
  const name = `${decodeURIComponent(url.pathname.replace(/^\//, ''))}_${label}_${Date.now().toString(36)}`;
  url.pathname = `/${name}`;
  await ensureDatabase(url.toString());
  const pool = new pg.Pool({ connectionString: url.toString(), max: maxConnections });
  await runMigrations(pool);
  return {
    pool,
    name,
    drop: async () => {
      await pool.end();
      const admin = new URL(databaseUrl);
      admin.pathname = '/postgres';
      const client = new pg.Client({ connectionString: admin.toString() });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}
