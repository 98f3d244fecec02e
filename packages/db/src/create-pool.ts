import pg from 'pg';

/** What a pool needs to log: pino's `Logger` fits, and so does a small object in a CLI or test. */
export interface PoolLogger {
  warn(details: { err: unknown }, message: string): void;
}

export interface PoolConfig {
  /** `postgres://user@host:port/database` (DATABASE_URL). */
  connectionString: string;
  /** Most connections the pool opens at once (DATABASE_POOL_MAX). */
  max: number;
}

/**
 * The one way a Sluice process opens a PostgreSQL pool. An idle client that fails (the server
 * restarted, a network blip) makes pg.Pool emit 'error'; without a listener Node's EventEmitter
 * throws it and the process ends (pg-pool README, "error" event). Here it is logged and the pool
 * replaces the client on the next checkout; a query in flight still rejects to its caller.
 */
export function createPool(config: PoolConfig, logger: PoolLogger): pg.Pool {
  const pool = new pg.Pool({ connectionString: config.connectionString, max: config.max });
  pool.on('error', (error) => logger.warn({ err: error }, 'idle PostgreSQL connection failed; the pool replaces it'));
  return pool;
}
