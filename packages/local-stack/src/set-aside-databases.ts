import pg from 'pg';
import { SluiceError } from '@sluice/errors';
import { asidePattern, recordedCluster, withOwnerLock } from './database-owner';
import { connectedSessions, databaseName, describeSessions, withClient, withDatabase, type ConnectedSessions } from './pg-session';

/**
 * The databases `stack up` set aside (`settleDatabaseOwner` renames the stack's database
 * `<name>_<UTC yyyymmdd_hhmmss>` when another Kafka cluster takes it, and never drops one): what
 * they are, and dropping the ones no longer wanted (`sluice stack databases | prune`).
 */

/** Application name of this module's own sessions, so they never count as someone using a database. */
const ownApplication = 'sluice stack databases';

/**
 * Whose state a set-aside database holds, from its `local_stack_cluster` record:
 * `restorable`: this clone's cluster, the newest such, and the live database belongs to another
 * cluster (the next `stack up` brings it back); `this-cluster`: this clone's cluster otherwise;
 * `other-cluster`: another clone's; `unrecorded`: no record, or it could not be read (never pruned).
 */
export type SetAsideRole = 'restorable' | 'this-cluster' | 'other-cluster' | 'unrecorded';

/** One set-aside database. */
export interface SetAsideDatabase {
  name: string;
  /** When `stack up` set it aside: the UTC stamp in its name. */
  setAsideAt: Date;
  /** The Kafka cluster id its `local_stack_cluster` row records; null: none recorded, or unreadable. */
  clusterId: string | null;
  /** Why the record could not be read (connections not allowed, connecting failed); null when it was read. */
  unreadable: string | null;
  /** pg_database_size, bytes. */
  sizeBytes: number;
  /** The same size as people read it (pg_size_pretty, e.g. `52 MB`). */
  size: string;
  /** Sessions connected to it now (other than this module's own). */
  sessions: number;
  role: SetAsideRole;
}

/** The stack's live database (`name`, never set aside nor pruned here); null fields when it does not exist. */
export interface LiveDatabase {
  name: string;
  exists: boolean;
  clusterId: string | null;
  sizeBytes: number | null;
  size: string | null;
}

/** What `listSetAsideDatabases` finds. */
export interface DatabaseInventory {
  live: LiveDatabase;
  /** This clone's Kafka cluster id, as given; null when unknown (no broker answers and none was ever formatted). */
  thisClusterId: string | null;
  /** Newest first. */
  setAside: SetAsideDatabase[];
  /** Sum of the set-aside databases' sizes, bytes. */
  totalBytes: number;
}

interface CatalogRow {
  datname: string;
  datallowconn: boolean;
  bytes: string;
  size: string;
  sessions: string;
}

/** `<name>_<yyyymmdd_hhmmss>` → that UTC instant. */
function stampOf(name: string): Date {
  const [, y, mo, d, h, mi, s] = /_(\d{4})(\d{2})(\d{2})_(\d{2})(\d{2})(\d{2})$/.exec(name) ?? [];
  return new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}Z`);
}

/** Rows of pg_database for `names` (a regular expression or exact names), with size and sessions. */
async function catalog(
  maintenance: pg.ClientBase,
  where: { pattern: string } | { name: string },
): Promise<CatalogRow[]> {
  const { rows } = await maintenance.query<CatalogRow>(
    `SELECT d.datname, d.datallowconn, pg_database_size(d.oid)::text AS bytes, pg_size_pretty(pg_database_size(d.oid)) AS size,
            (SELECT count(*) FROM pg_stat_activity a
              WHERE a.datname = d.datname AND a.pid <> pg_backend_pid() AND a.application_name <> $2)::text AS sessions
       FROM pg_database d WHERE ${'pattern' in where ? 'd.datname ~ $1' : 'd.datname = $1'} ORDER BY d.datname DESC`,
    ['pattern' in where ? where.pattern : where.name, ownApplication],
  );
  return rows;
}

async function readRecord(
  databaseUrl: string,
  row: CatalogRow,
): Promise<{ clusterId: string | null; unreadable: string | null }> {
  if (!row.datallowconn) return { clusterId: null, unreadable: 'connections not allowed' };
  const url = new URL(withDatabase(databaseUrl, row.datname));
  url.searchParams.set('application_name', ownApplication);
  try {
    return { clusterId: await withClient(url.toString(), recordedCluster), unreadable: null };
  } catch (error) {
    return { clusterId: null, unreadable: (error as Error).message };
  }
}

async function inventory(
  maintenance: pg.ClientBase,
  databaseUrl: string,
  thisClusterId: string | null,
): Promise<DatabaseInventory> {
  const name = databaseName(databaseUrl);
  const [liveRow] = await catalog(maintenance, { name });
  const liveRecord = liveRow ? await readRecord(databaseUrl, liveRow) : { clusterId: null };
  const live: LiveDatabase = {
    name,
    exists: liveRow !== undefined,
    clusterId: liveRecord.clusterId,
    sizeBytes: liveRow ? Number(liveRow.bytes) : null,
    size: liveRow?.size ?? null,
  };
  const setAside: SetAsideDatabase[] = [];
  let restorableTaken = live.clusterId === null || live.clusterId === thisClusterId;
  for (const row of await catalog(maintenance, { pattern: asidePattern(name) })) {
    const record = await readRecord(databaseUrl, row);
    let role: SetAsideRole = 'unrecorded';
    if (record.clusterId !== null)
      role = record.clusterId === thisClusterId ? 'this-cluster' : 'other-cluster';
    // `stack up` restores the newest set aside for its cluster (names sort by their stamp), when the live one is another's.
    if (role === 'this-cluster' && !restorableTaken) [role, restorableTaken] = ['restorable', true];
    setAside.push({
      name: row.datname,
      setAsideAt: stampOf(row.datname),
      ...record,
      sizeBytes: Number(row.bytes),
      size: row.size,
      sessions: Number(row.sessions),
      role,
    });
  }
  return { live, thisClusterId, setAside, totalBytes: setAside.reduce((sum, db) => sum + db.sizeBytes, 0) };
}

/**
 * The databases set aside from the stack's database (the one `databaseUrl` names, e.g. `sluice`):
 * every `<name>_<yyyymmdd_hhmmss>` on that server, newest first, with the Kafka cluster each records,
 * its size and connected sessions, and its role relative to `thisClusterId` (this clone's cluster,
 * `KafkaBroker.knownClusterId()`); and the live database itself. Reads only. Rejects with pg's
 * error when the server cannot be reached; a set-aside database that cannot be read is reported
 * `unreadable`, not thrown.
 */
export async function listSetAsideDatabases(
  databaseUrl: string,
  thisClusterId: string | null,
): Promise<DatabaseInventory> {
  return withClient(withDatabase(databaseUrl, 'postgres'), (maintenance) =>
    inventory(maintenance, databaseUrl, thisClusterId),
  );
}

/** Which set-aside databases `pruneSetAsideDatabases` drops. */
export interface PruneOptions {
  /** Only databases set aside longer ago than this, milliseconds before `now`. */
  olderThanMs?: number;
  /** The newest `keep` set-aside databases stay, counted over all of them (protected ones too). */
  keep?: number;
  /** Only these databases; naming one of this clone's cluster lets it go. Each must be a set-aside database. */
  names?: string[];
  /** Report what would be dropped; drop nothing. */
  dryRun?: boolean;
  /** The clock `olderThanMs` counts from. */
  now?: Date;
}

/** A set-aside database prune leaves, and why (e.g. `this clone's cluster`). */
export interface KeptDatabase extends SetAsideDatabase {
  reason: string;
}

/** What `pruneSetAsideDatabases` dropped (or, `dryRun`, would drop) and what it kept. */
export interface PruneOutcome {
  dryRun: boolean;
  dropped: SetAsideDatabase[];
  kept: KeptDatabase[];
  /** Sum of the dropped databases' sizes, bytes. */
  freedBytes: number;
}

const olderThanText = (ms: number) =>
  ms % 86_400_000 === 0
    ? `${ms / 86_400_000}d`
    : ms % 3_600_000 === 0
      ? `${ms / 3_600_000}h`
      : `${Math.round(ms / 60_000)}m`;

/** Why `db` stays, or undefined when it goes; `rank` is its place among the set-aside databases, newest 0. */
function keepReason(
  db: SetAsideDatabase,
  rank: number,
  options: PruneOptions,
  now: Date,
): string | undefined {
  if (db.role === 'unrecorded')
    return db.unreadable ? `record unreadable (${db.unreadable})` : 'no local_stack_cluster record';
  if (options.names && !options.names.includes(db.name)) return 'not named';
  if ((db.role === 'restorable' || db.role === 'this-cluster') && !options.names)
    return "this clone's cluster (name it to drop it)";
  if (options.keep !== undefined && rank < options.keep) return `among the newest ${options.keep}`;
  if (options.olderThanMs !== undefined && now.getTime() - db.setAsideAt.getTime() <= options.olderThanMs) {
    return `set aside less than ${olderThanText(options.olderThanMs)} ago`;
  }
  return undefined;
}

/** `sluice_20261130_120000 (psql x1), sluice_20261129_080000 (…)`. */
function sessionsText(sessions: readonly ConnectedSessions[]): string {
  const databases = [...new Set(sessions.map((entry) => entry.database))];
  return databases.map((name) => `${name} (${describeSessions(sessions.filter((entry) => entry.database === name))})`).join(', ');
}

/**
 * Drops databases `stack up` set aside from the stack's database (the one `databaseUrl` names).
 * Only databases named `<name>_<yyyymmdd_hhmmss>` that carry a `local_stack_cluster` record are
 * candidates; the live database never is; one recorded for `thisClusterId` (this clone's cluster,
 * whose state `stack up` would bring back) only when named in `options.names`. Then `keep` and
 * `olderThanMs` narrow it down (both must let a database go). Holds `stack up`'s owner lock, so it
 * never races a rename. `DROP DATABASE` without FORCE, one at a time.
 *
 * Throws SluiceError USAGE when a name in `options.names` is not a set-aside database (nothing is
 * dropped), and UNAVAILABLE (not retryable) when sessions are connected to a database it would
 * drop, naming the databases and applications: nothing is dropped then (a dry run refuses the same
 * way). Rejects with pg's error when the server cannot be reached.
 */
export async function pruneSetAsideDatabases(
  databaseUrl: string,
  thisClusterId: string | null,
  options: PruneOptions = {},
): Promise<PruneOutcome> {
  const now = options.now ?? new Date();
  const name = databaseName(databaseUrl);
  if (options.keep !== undefined && !(Number.isInteger(options.keep) && options.keep >= 0)) {
    throw new SluiceError(
      'USAGE',
      `keep must be a whole number of databases, 0 or more (got ${options.keep})`,
    );
  }
  if (options.olderThanMs !== undefined && !(options.olderThanMs >= 0)) {
    throw new SluiceError(
      'USAGE',
      `older than must be a duration, 0 or more (got ${options.olderThanMs} ms)`,
    );
  }
  return withClient(withDatabase(databaseUrl, 'postgres'), (maintenance) =>
    withOwnerLock(maintenance, name, async () => {
      const { setAside } = await inventory(maintenance, databaseUrl, thisClusterId);
      const strangers = (options.names ?? []).filter((named) => !setAside.some((db) => db.name === named));
      if (strangers.length > 0) {
        throw new SluiceError(
          'USAGE',
          `not a database stack up set aside from ${name}: ${strangers.join(', ')}; prune drops only ${name}_<yyyymmdd_hhmmss> ` +
            'databases (`npx sluice stack databases` lists them). Nothing was dropped.',
        );
      }
      const dropped: SetAsideDatabase[] = [];
      const kept: KeptDatabase[] = [];
      setAside.forEach((db, rank) => {
        const reason = keepReason(db, rank, options, now);
        if (reason === undefined) dropped.push(db);
        else kept.push({ ...db, reason });
      });
      const connected = await connectedSessions(maintenance, dropped.map((db) => db.name), ownApplication);
      if (connected.length > 0) {
        throw new SluiceError(
          'UNAVAILABLE',
          `sessions are connected to ${sessionsText(connected)}; prune drops no database in use. Nothing was dropped. ` +
            'Close them (a psql session, services started against that database), or leave that database out ' +
            '(name the others, or --keep / --older-than), then run prune again.',
          { retryable: false },
        );
      }
      const freedBytes = dropped.reduce((sum, db) => sum + db.sizeBytes, 0);
      if (options.dryRun) return { dryRun: true, dropped, kept, freedBytes };
      for (const [index, db] of dropped.entries()) {
        try {
          await maintenance.query(`DROP DATABASE ${pg.escapeIdentifier(db.name)}`);
        } catch (error) {
          const before = dropped.slice(0, index).map((done) => done.name);
          throw new SluiceError(
            (error as { code?: string }).code === '55006' ? 'UNAVAILABLE' : 'INTERNAL',
            `dropping ${db.name} failed: ${(error as Error).message}. ` +
              (before.length ? `Dropped before it: ${before.join(', ')}.` : 'Nothing was dropped.'),
            { cause: error, retryable: false },
          );
        }
      }
      return { dryRun: false, dropped, kept, freedBytes };
    }),
  );
}
