import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { integrationStack } from './integration-stack';

// Databases of a base name no one else uses (`sluicetest_<random>`), standing in for the local
// stack's `sluice` and the `sluice_<stamp>` databases `stack up` sets aside: tests of listing and
// pruning never see the machine's real set-aside databases, which are the user's.

/** One database to create: `name` under the fixture's base; `cluster` its local_stack_cluster record, null none. */
export interface FixtureDatabase {
  name: string;
  cluster: string | null;
}

/** A base name and the databases created under it; `drop()` removes every database whose name starts with the base. */
export interface SetAsideFixture {
  /** `sluicetest_<random>`: the stand-in for `sluice`. */
  base: string;
  /** DATABASE_URL of the base database (the stand-in live one). */
  url: string;
  /** `url` naming another database on the same server. */
  urlOf(name: string): string;
  /** Creates `name` (a database of its own, not migrated), with a local_stack_cluster row when `cluster` is set. */
  create(database: FixtureDatabase): Promise<void>;
  /** Names of the databases under the base that exist now, sorted. */
  existing(): Promise<string[]>;
  /** Drops every database whose name starts with the base (WITH FORCE); call it in `finally`. */
  drop(): Promise<void>;
}

async function onMaintenance<T>(urlOf: (name: string) => string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: urlOf('postgres') });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A fresh fixture on the integration stack's PostgreSQL; nothing is created until `create`. */
export function setAsideFixture(): SetAsideFixture {
  const base = `sluicetest_${randomBytes(4).toString('hex')}`;
  const urlOf = (name: string) => {
    const url = new URL(integrationStack().databaseUrl);
    url.pathname = `/${name}`;
    return url.toString();
  };
  return {
    base,
    url: urlOf(base),
    urlOf,
    async create({ name, cluster }) {
      if (!name.startsWith(base)) throw new Error(`fixture databases start with ${base} (got ${name})`);
      await onMaintenance(urlOf, (client) => client.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`));
      if (cluster === null) return;
      const client = new pg.Client({ connectionString: urlOf(name) });
      await client.connect();
      try {
        // The shape of migration 0016's table, as far as the record goes.
        await client.query('CREATE TABLE local_stack_cluster (only_row boolean PRIMARY KEY DEFAULT true, cluster_id text NOT NULL)');
        await client.query('INSERT INTO local_stack_cluster (cluster_id) VALUES ($1)', [cluster]);
      } finally {
        await client.end();
      }
    },
    existing: () =>
      onMaintenance(urlOf, async (client) =>
        (await client.query<{ datname: string }>('SELECT datname FROM pg_database WHERE starts_with(datname, $1) ORDER BY 1', [base])).rows.map(
          (row) => row.datname,
        ),
      ),
    drop: () =>
      onMaintenance(urlOf, async (client) => {
        const { rows } = await client.query<{ datname: string }>('SELECT datname FROM pg_database WHERE starts_with(datname, $1)', [base]);
        for (const { datname } of rows) await client.query(`DROP DATABASE ${pg.escapeIdentifier(datname)} WITH (FORCE)`);
      }),
  };
}
