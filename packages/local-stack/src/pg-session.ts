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
