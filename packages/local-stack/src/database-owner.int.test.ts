import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { ensureDatabase, runMigrations } from '@sluice/db';
import { integrationStack, uniqueName } from '@sluice/testkit';
import { settleDatabaseOwner } from './database-owner';

// Every case gets databases of its own (created here, dropped in afterAll, renamed ones too):
// nothing touches the stack's own `sluice` database, and no second broker is started: the
// broker's identity (cluster id, unformatted storage) is an input.
const created: string[] = [];

function urlOf(name: string): string {
  const url = new URL(integrationStack().databaseUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function query<T extends pg.QueryResultRow>(name: string, sql: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: urlOf(name) });
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

/** A migrated database; `claims` rows in pipeline_document_claims, `recorded` the owner on record. */
async function database(options: { claims?: number; recorded?: string; nameLength?: number } = {}): Promise<string> {
  const unique = uniqueName('owner').replace(/-/g, '_');
  const name = options.nameLength === undefined ? unique : unique.padEnd(options.nameLength, 'x');
  created.push(name, name.slice(0, 47)); // an aside name keeps at most 47 characters of it
  await ensureDatabase(urlOf(name));
  const client = new pg.Client({ connectionString: urlOf(name) });
  await client.connect();
  try {
    await runMigrations(client);
    for (let i = 0; i < (options.claims ?? 0); i += 1) {
      await client.query('INSERT INTO pipeline_document_claims (scope, document_id, record_key) VALUES ($1, $2, $3)', [
        'extractor:',
        `doc-${i}`,
        `documents.ingested.v1/0/${i}`,
      ]);
    }
    if (options.recorded) await client.query('INSERT INTO local_stack_cluster (cluster_id) VALUES ($1)', [options.recorded]);
  } finally {
    await client.end();
  }
  return name;
}

const claims = async (name: string) => Number((await query<{ n: string }>(name, 'SELECT count(*) AS n FROM pipeline_document_claims'))[0]?.n);
const recorded = async (name: string) => (await query<{ cluster_id: string }>(name, 'SELECT cluster_id FROM local_stack_cluster'))[0]?.cluster_id;
const migrations = async (name: string) => Number((await query<{ n: string }>(name, 'SELECT count(*) AS n FROM schema_migrations'))[0]?.n);

afterAll(async () => {
  const client = new pg.Client({ connectionString: urlOf('postgres') });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>('SELECT datname FROM pg_database WHERE datname LIKE ANY($1)', [
      created.map((name) => `${name}%`),
    ]);
    for (const { datname } of rows) await client.query(`DROP DATABASE ${pg.escapeIdentifier(datname)} WITH (FORCE)`);
  } finally {
    await client.end();
  }
});

describe('settleDatabaseOwner (PostgreSQL)', () => {
  it('keeps the database of the same cluster, state and all', async () => {
    const name = await database({ claims: 3, recorded: 'cluster-A' });
    const ownership = await settleDatabaseOwner(urlOf(name), { clusterId: 'cluster-A', unformatted: false });
    expect(ownership).toEqual({ action: 'kept', database: name, clusterId: 'cluster-A' });
    expect(await claims(name)).toBe(3);
    expect(await recorded(name)).toBe('cluster-A');
  });

  it("renames another cluster's database aside with its rows and leaves a fresh, migrated one for this cluster", async () => {
    const name = await database({ claims: 3, recorded: 'cluster-A' });
    const ownership = await settleDatabaseOwner(urlOf(name), { clusterId: 'cluster-B', unformatted: false }, new Date('2026-11-30T12:34:56Z'));
    expect(ownership).toEqual({
      action: 'renamed',
      database: name,
      clusterId: 'cluster-B',
      previousClusterId: 'cluster-A',
      renamedTo: `${name}_20261130_123456`,
      restoredFrom: null,
    });
    const aside = `${name}_20261130_123456`;
    expect(await claims(aside)).toBe(3);
    expect(await recorded(aside)).toBe('cluster-A');
    expect(await claims(name)).toBe(0);
    expect(await recorded(name)).toBe('cluster-B');
    expect(await migrations(name)).toBe(await migrations(aside));
    // Once settled, the next `up` is a no-op.
    expect((await settleDatabaseOwner(urlOf(name), { clusterId: 'cluster-B', unformatted: false })).action).toBe('kept');
  });

  it("brings back the database set aside for a cluster when that cluster's broker is used again", async () => {
    const name = await database({ claims: 3, recorded: 'cluster-A' });
    // A second clone's broker (B) takes the name; A's state goes aside.
    await settleDatabaseOwner(urlOf(name), { clusterId: 'cluster-B', unformatted: false }, new Date('2026-11-30T12:00:00Z'));
    await query(name, 'INSERT INTO pipeline_document_claims (scope, document_id, record_key) VALUES ($1, $2, $3)', ['extractor:', 'b-1', 't/0/0']);
    // The first clone again (its broker A has its records): B's state goes aside, A's comes back.
    const back = await settleDatabaseOwner(urlOf(name), { clusterId: 'cluster-A', unformatted: false }, new Date('2026-11-30T13:00:00Z'));
    expect(back).toEqual({
      action: 'renamed',
      database: name,
      clusterId: 'cluster-A',
      previousClusterId: 'cluster-B',
      renamedTo: `${name}_20261130_130000`,
      restoredFrom: `${name}_20261130_120000`,
    });
    expect(await claims(name)).toBe(3);
    expect(await recorded(name)).toBe('cluster-A');
    expect(await claims(`${name}_20261130_130000`)).toBe(1);
    expect(await recorded(`${name}_20261130_130000`)).toBe('cluster-B');
  });

  it('sets aside and brings back a database whose name leaves no room for the stamp (63-byte identifiers)', async () => {
    const name = await database({ claims: 2, recorded: 'cluster-A', nameLength: 60 });
    const aside = await settleDatabaseOwner(urlOf(name), { clusterId: 'cluster-B', unformatted: false }, new Date('2026-11-30T12:00:00Z'));
    expect(aside).toMatchObject({ action: 'renamed', renamedTo: `${name.slice(0, 47)}_20261130_120000`, restoredFrom: null });
    const back = await settleDatabaseOwner(urlOf(name), { clusterId: 'cluster-A', unformatted: false }, new Date('2026-11-30T13:00:00Z'));
    expect(back).toMatchObject({ action: 'renamed', restoredFrom: `${name.slice(0, 47)}_20261130_120000` });
    expect(await claims(name)).toBe(2);
    expect(await recorded(name)).toBe('cluster-A');
  });

  it('renames an unrecorded database holding state when the broker is freshly formatted', async () => {
    const name = await database({ claims: 2 });
    const ownership = await settleDatabaseOwner(urlOf(name), { clusterId: 'cluster-C', unformatted: true });
    expect(ownership).toMatchObject({ action: 'renamed', clusterId: 'cluster-C', previousClusterId: null, restoredFrom: null });
    const aside = ownership.action === 'renamed' ? ownership.renamedTo : '';
    expect(await claims(aside)).toBe(2);
    expect(await claims(name)).toBe(0);
    expect(await recorded(name)).toBe('cluster-C');
  });

  it('adopts an unrecorded database beside a broker that already ran, or an empty one beside a fresh broker', async () => {
    const used = await database({ claims: 2 });
    expect(await settleDatabaseOwner(urlOf(used), { clusterId: 'cluster-D', unformatted: false })).toEqual({
      action: 'adopted',
      database: used,
      clusterId: 'cluster-D',
    });
    expect(await claims(used)).toBe(2);
    expect(await recorded(used)).toBe('cluster-D');

    const empty = await database();
    expect((await settleDatabaseOwner(urlOf(empty), { clusterId: 'cluster-E', unformatted: true })).action).toBe('adopted');
    expect(await recorded(empty)).toBe('cluster-E');
  });

  it('refuses, changing nothing, while sessions are connected to the database it would rename', async () => {
    const name = await database({ claims: 1, recorded: 'cluster-A' });
    const other = new pg.Client({ connectionString: urlOf(name), application_name: 'other-clone-service' });
    await other.connect();
    try {
      await expect(settleDatabaseOwner(urlOf(name), { clusterId: 'cluster-B', unformatted: false })).rejects.toThrow(
        /belongs to Kafka cluster cluster-A.*others are connected to it \(other-clone-service x1\).*Nothing was changed/,
      );
    } finally {
      await other.end();
    }
    expect(await claims(name)).toBe(1);
    expect(await recorded(name)).toBe('cluster-A');
  });
});
