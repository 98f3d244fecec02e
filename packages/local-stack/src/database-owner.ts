import pg from 'pg';
import { ensureDatabase, runMigrations } from '@sluice/db';
import { SluiceError } from '@sluice/errors';
import type { KafkaIdentity } from './kafka-broker';
import { connectedSessions, databaseName, describeSessions, withClient, withDatabase } from './pg-session';

/**
 * Tables whose rows stand for records of one Kafka cluster: document claims, the validator's
 * decisions, near-duplicate fingerprints, gateway states, the review queue, the audit log. Beside a
 * broker without those records they make the pipeline skip documents as handled already.
 * Reference data, accounts, keys and caches are not tied to a cluster and do not count.
 */
const clusterStateTables = [
  'pipeline_document_claims',
  'validator_documents',
  'enricher_document_fingerprints',
  'gateway_documents',
  'review_queue',
  'audit_log',
] as const;

/** What the database holds, as far as ownership goes: the recorded cluster and whether any cluster state exists. */
export interface DatabaseFindings {
  recordedClusterId: string | null;
  holdsState: boolean;
}

export type OwnerDecision = 'keep' | 'adopt' | 'rename';

/** What `settleDatabaseOwner` found and did; `renamedTo` is where the earlier state now lives. */
export type DatabaseOwnership =
  | { action: 'kept' | 'adopted'; database: string; clusterId: string }
  | {
      action: 'renamed';
      database: string;
      clusterId: string;
      previousClusterId: string | null;
      renamedTo: string;
      /** A database set aside earlier for this cluster, now back under `database`; null: a fresh one was created. */
      restoredFrom: string | null;
    };

/**
 * The local stack's database belongs to one Kafka cluster. Another cluster's database, or state
 * beside a broker that holds no records yet (unformatted storage), is set aside (`rename`); a
 * database without a record and a broker that already ran is taken as this cluster's (`adopt`).
 */
export function decideDatabaseOwner(found: DatabaseFindings, kafka: KafkaIdentity): OwnerDecision {
  if (found.recordedClusterId !== null && found.recordedClusterId !== kafka.clusterId) return 'rename';
  if (kafka.unformatted && found.holdsState) return 'rename';
  return found.recordedClusterId === null ? 'adopt' : 'keep';
}

/**
 * The Kafka cluster id a database's `local_stack_cluster` row records; null when it has none (no
 * row, or a database from before migration 0016). Rejects with pg's error on anything else.
 */
export async function recordedCluster(client: pg.ClientBase): Promise<string | null> {
  return client
    .query<{ cluster_id: string }>('SELECT cluster_id FROM local_stack_cluster')
    .then((result) => result.rows[0]?.cluster_id ?? null)
    .catch((error: { code?: string }) => {
      if (error.code === '42P01') return null; // undefined_table: a database from before migration 0016
      throw error;
    });
}

async function readFindings(client: pg.ClientBase): Promise<DatabaseFindings> {
  const present = await client.query<{ name: string }>(
    'SELECT relname AS name FROM pg_class WHERE relkind = $1 AND relname = ANY($2) AND pg_table_is_visible(oid)',
    ['r', clusterStateTables],
  );
  const tables = present.rows.map((row) => pg.escapeIdentifier(row.name));
  const holdsState =
    tables.length > 0 &&
    (await client.query<{ any: boolean }>(`SELECT ${tables.map((table) => `EXISTS (SELECT 1 FROM ${table})`).join(' OR ')} AS any`))
      .rows[0]?.any === true;
  return { recordedClusterId: await recordedCluster(client), holdsState };
}

async function recordCluster(client: pg.ClientBase, clusterId: string): Promise<void> {
  await client.query(
    `INSERT INTO local_stack_cluster (only_row, cluster_id) VALUES (true, $1)
     ON CONFLICT (only_row) DO UPDATE SET cluster_id = EXCLUDED.cluster_id, recorded_at = now()`,
    [clusterId],
  );
}

/** Characters of `_yyyymmdd_hhmmss`, the stamp an aside name ends with. */
const STAMP_SUFFIX_LENGTH = 16;

/**
 * The part of `name` an aside name keeps: PostgreSQL identifiers are at most 63 bytes
 * (NAMEDATALEN − 1), so a long name is cut to leave room for the stamp.
 */
const asideBase = (name: string) => name.slice(0, 63 - STAMP_SUFFIX_LENGTH);

/** `<name>_<UTC yyyymmdd_hhmmss>`: sortable, and unquoted in psql; `asidePattern` finds them again. */
function asideName(name: string, now: Date): string {
  const stamp = now.toISOString().replace(/\.\d+Z$/, '').replace(/-|:/g, '').replace('T', '_');
  return `${asideBase(name)}_${stamp}`;
}

/** A POSIX regular expression (PostgreSQL `~`) matching the names `asideName` gives `name`'s database. */
export const asidePattern = (name: string) => `^${asideBase(name).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}_[0-9]{8}_[0-9]{6}$`;

/**
 * Runs `work` holding the session-level advisory lock (taken in `maintenance`, a session to the
 * maintenance database) that serialises whatever renames or drops `name`'s databases: `stack up`'s
 * owner settling and `stack prune`. Waits for the lock; always releases it.
 */
export async function withOwnerLock<T>(maintenance: pg.ClientBase, name: string, work: () => Promise<T>): Promise<T> {
  const lock = `sluice local stack owner of ${name}`;
  await maintenance.query('SELECT pg_advisory_lock(hashtext($1))', [lock]);
  try {
    return await work();
  } finally {
    await maintenance.query('SELECT pg_advisory_unlock(hashtext($1))', [lock]);
  }
}

/**
 * Brings back the newest database set aside for `clusterId` (its own state, from before another
 * clone's broker took the name) as `name`, migrated; undefined when there is none, or when it is
 * in use (it stays aside then, and a fresh database is made).
 */
async function restoreAside(maintenance: pg.Client, databaseUrl: string, name: string, clusterId: string): Promise<string | undefined> {
  const { rows } = await maintenance.query<{ datname: string }>(
    'SELECT datname FROM pg_database WHERE datallowconn AND datname ~ $1 ORDER BY datname DESC',
    [asidePattern(name)],
  );
  for (const { datname } of rows) {
    if ((await withClient(withDatabase(databaseUrl, datname), recordedCluster)) !== clusterId) continue;
    try {
      await maintenance.query(`ALTER DATABASE ${pg.escapeIdentifier(datname)} RENAME TO ${pg.escapeIdentifier(name)}`);
    } catch (error) {
      if ((error as { code?: string }).code === '55006') return undefined; // someone is looking at it: a fresh one instead
      throw error;
    }
    await withClient(databaseUrl, (client) => runMigrations(client));
    return datname;
  }
  return undefined;
}

async function renameAside(maintenance: pg.Client, name: string, to: string, why: string): Promise<void> {
  try {
    await maintenance.query(`ALTER DATABASE ${pg.escapeIdentifier(name)} RENAME TO ${pg.escapeIdentifier(to)}`);
  } catch (error) {
    if ((error as { code?: string }).code !== '55006') throw error; // object_in_use: sessions are connected to it
    const who = describeSessions(await connectedSessions(maintenance, [name])) || 'sessions that just ended';
    throw new SluiceError(
      'UNAVAILABLE',
      `${why}; stack up keeps that data by renaming the database to ${to}, which PostgreSQL refuses while ` +
        `others are connected to it (${who}). Nothing was changed. Stop what uses it (another clone's ` +
        '`npm start` or services, a psql session), then run `npx sluice stack up` again.',
      { cause: error, retryable: false },
    );
  }
}

/**
 * Makes the local stack's database (`databaseUrl`, which must exist and be migrated) belong to the
 * Kafka cluster `kafka`, following `decideDatabaseOwner`: `keep` changes nothing, `adopt` records
 * the cluster id (table `local_stack_cluster`, migration 0016), `rename` keeps the old data as
 * `<name>_<UTC timestamp>` (ALTER DATABASE ... RENAME, never a drop), then brings back a database
 * set aside earlier for this cluster (a clone used again after another one), or else creates,
 * migrates and records a fresh one under the old name. Serialised per database name by an advisory lock in
 * the maintenance database `postgres`, so two `up`s never rename twice.
 *
 * Throws SluiceError UNAVAILABLE (not retryable) when the rename is refused because sessions are
 * connected to the database; nothing is changed then.
 */
export async function settleDatabaseOwner(databaseUrl: string, kafka: KafkaIdentity, now: Date = new Date()): Promise<DatabaseOwnership> {
  const name = databaseName(databaseUrl);
  return withClient(withDatabase(databaseUrl, 'postgres'), (maintenance) =>
    withOwnerLock(maintenance, name, async () => {
      const found = await withClient(databaseUrl, readFindings);
      const decision = decideDatabaseOwner(found, kafka);
      if (decision === 'keep') return { action: 'kept', database: name, clusterId: kafka.clusterId };
      if (decision === 'adopt') {
        await withClient(databaseUrl, (client) => recordCluster(client, kafka.clusterId));
        return { action: 'adopted', database: name, clusterId: kafka.clusterId };
      }
      const renamedTo = asideName(name, now);
      const otherCluster = found.recordedClusterId !== null && found.recordedClusterId !== kafka.clusterId;
      const why = otherCluster
        ? `the database ${name} belongs to Kafka cluster ${found.recordedClusterId}, not this stack's ${kafka.clusterId}`
        : `the database ${name} holds pipeline state from before this stack's Kafka broker ${kafka.clusterId} was formatted`;
      await renameAside(maintenance, name, renamedTo, why);
      // A broker that has records may have had a database before; one not yet formatted cannot.
      const restoredFrom = kafka.unformatted ? undefined : await restoreAside(maintenance, databaseUrl, name, kafka.clusterId);
      if (!restoredFrom) {
        await ensureDatabase(databaseUrl);
        await withClient(databaseUrl, async (client) => {
          await runMigrations(client);
          await recordCluster(client, kafka.clusterId);
        });
      }
      return {
        action: 'renamed',
        database: name,
        clusterId: kafka.clusterId,
        previousClusterId: found.recordedClusterId,
        renamedTo,
        restoredFrom: restoredFrom ?? null,
      };
    }),
  );
}

/** The one line `stack up` prints when it changed the owner; nothing for `kept`. */
export function describeOwnership(ownership: DatabaseOwnership): string | undefined {
  switch (ownership.action) {
    case 'kept':
      return undefined;
    case 'adopted':
      return `postgres: database ${ownership.database} recorded as Kafka cluster ${ownership.clusterId}'s`;
    case 'renamed': {
      const { database, previousClusterId, clusterId, renamedTo, restoredFrom } = ownership;
      const before =
        previousClusterId === null || previousClusterId === clusterId
          ? 'state from before its broker was formatted'
          : `Kafka cluster ${previousClusterId}'s state`;
      const now = restoredFrom
        ? `brought back ${restoredFrom}, cluster ${clusterId}'s own, as ${database}`
        : `created a fresh ${database} for cluster ${clusterId}`;
      return `postgres: database ${database} held ${before}; kept it as ${renamedTo} and ${now} (npx sluice stack prune drops it when it is no longer needed)`;
    }
  }
}
