import pg from 'pg';

/**
 * Runs `work` on one PostgreSQL session to `databaseUrl` (a `pg.Client`, not a pool: the local
 * stack's checks and ownership steps are one-off), connecting within 3 s and always closing it.
 * Rejects with pg's error when the server cannot be reached or `work` rejects.
 */
export async function withClient<T>(databaseUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 3_000 });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** The database a connection URL names (its path, decoded), e.g. `sluice`. */
export function databaseName(databaseUrl: string): string {
  return decodeURIComponent(new URL(databaseUrl).pathname.replace(/^\//, ''));
}

/** `databaseUrl` naming the database `name` instead (same server, user, options). */
export function withDatabase(databaseUrl: string, name: string): string {
  const url = new URL(databaseUrl);
  url.pathname = `/${encodeURIComponent(name)}`;
  return url.toString();
}

/** Sessions of one application connected to one database (pg_stat_activity), as `connectedSessions` gives them. */
export interface ConnectedSessions {
  database: string;
  /** `application_name`, or `unnamed` when the client set none. */
  application: string;
  sessions: number;
}

/**
 * Who is connected to `databases` now, by database and application, most sessions first: every
 * session but the caller's own, and but those whose application_name is `exceptApplication` (a
 * module's own helper sessions). Read with `client`, a session to any database of the server.
 */
export async function connectedSessions(client: pg.ClientBase, databases: readonly string[], exceptApplication?: string): Promise<ConnectedSessions[]> {
  const { rows } = await client.query<{ database: string; application: string; sessions: string }>(
    `SELECT datname AS database, coalesce(nullif(application_name, ''), 'unnamed') AS application, count(*)::text AS sessions
       FROM pg_stat_activity
      WHERE datname = ANY($1) AND pid <> pg_backend_pid() AND application_name IS DISTINCT FROM $2
      GROUP BY 1, 2 ORDER BY 1, 3 DESC`,
    [databases, exceptApplication ?? null],
  );
  return rows.map((row) => ({ ...row, sessions: Number(row.sessions) }));
}

/** `psql x2, sluice-extractor x1` for sessions of one database. */
export function describeSessions(sessions: readonly ConnectedSessions[]): string {
  return sessions.map((entry) => `${entry.application} x${entry.sessions}`).join(', ');
}
