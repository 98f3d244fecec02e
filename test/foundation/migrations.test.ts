import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { integrationStack, uniqueName } from '@sluice/testkit';
import { ensureDatabase, runMigrations } from '@sluice/db';

/** The runner against a database of its own, so its bookkeeping starts empty. */
describe('runMigrations (PostgreSQL)', () => {
  const name = uniqueName('migrate').replace(/-/g, '_');
  const url = new URL(integrationStack().databaseUrl);
  url.pathname = `/${name}`;
  let pool: pg.Pool;
  let dir: string;

  beforeAll(async () => {
    expect(await ensureDatabase(url.toString())).toEqual({ created: true });
    expect(await ensureDatabase(url.toString())).toEqual({ created: false });
    pool = new pg.Pool({ connectionString: url.toString(), max: 3 });
    dir = await mkdtemp(join(tmpdir(), 'migrations-'));
    await writeFile(join(dir, '0001_first.sql'), 'CREATE TABLE things (id int PRIMARY KEY);');
    await writeFile(join(dir, '0002_second.sql'), 'INSERT INTO things VALUES (1);');
    await writeFile(join(dir, 'notes.txt'), 'not a migration');
  });

  afterAll(async () => {
    await pool.end();
    const admin = new URL(url);
    admin.pathname = '/postgres';
    const client = new pg.Client({ connectionString: admin.toString() });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS "${name}"`);
    await client.end();
  });

  it('applies each file once, in order, even when two runners race', async () => {
    const [a, b] = await Promise.all([runMigrations(pool, dir), runMigrations(pool, dir)]);
    expect([...a.applied, ...b.applied]).toEqual(['0001_first.sql', '0002_second.sql']);
    expect(await runMigrations(pool, dir)).toEqual({ applied: [], skipped: ['0001_first.sql', '0002_second.sql'] });
    expect((await pool.query('SELECT count(*)::int AS n FROM things')).rows[0]).toEqual({ n: 1 });
  });

  it('refuses a migration changed after it was applied, and rolls back a failing one', async () => {
    await writeFile(join(dir, '0002_second.sql'), 'INSERT INTO things VALUES (2);');
    await expect(runMigrations(pool, dir)).rejects.toThrow(/0002_second.sql was changed after it was applied/);
    await writeFile(join(dir, '0002_second.sql'), 'INSERT INTO things VALUES (1);');

    await writeFile(join(dir, '0003_broken.sql'), 'CREATE TABLE half (id int); SELECT no_such_column FROM things;');
    await expect(runMigrations(pool, dir)).rejects.toThrow(/0003_broken.sql failed/);
    expect((await pool.query("SELECT to_regclass('half') AS t")).rows[0]).toEqual({ t: null });
  });
});
