import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ensureDatabase, runMigrations } from '@sluice/db';
import { unreachableStatus, type ComponentStatus, type StackComponent } from './component';
import { assetsDir } from './stack-paths';
import { withClient } from './pg-session';
import { SluiceError } from '@sluice/errors';

const run = promisify(execFile);

function redact(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}

function isLocalHost(databaseUrl: string): boolean {
  const host = new URL(databaseUrl).hostname;
  return host === '127.0.0.1' || host === 'localhost' || host === '::1' || host === '';
}

/**
 * PostgreSQL is not started here (the machine runs it); `up` makes it ready for Sluice: pgvector
 * built from Debian's source package when missing (local servers only), the database created,
 * migrations applied.
 */
export class Postgres implements StackComponent {
  readonly name = 'postgres';
  readonly mode: ComponentStatus['mode'];
  readonly endpoint: string;

  constructor(
    private readonly databaseUrl: string,
    external: boolean,
  ) {
    this.mode = external ? 'external' : 'local';
    this.endpoint = redact(databaseUrl);
  }

  async up(): Promise<{ started: boolean }> {
    const maintenanceUrl = new URL(this.databaseUrl);
    maintenanceUrl.pathname = '/postgres';
    const hasVector = await withClient(maintenanceUrl.toString(), async (client) => {
      const { rowCount } = await client.query("SELECT 1 FROM pg_available_extensions WHERE name = 'vector'");
      return (rowCount ?? 0) > 0;
    }).catch((error: Error) => {
      throw new SluiceError('UNAVAILABLE', `PostgreSQL at ${this.endpoint} does not answer: ${error.message}`, { cause: error });
    });
    if (!hasVector) {
      if (!isLocalHost(this.databaseUrl)) {
        throw new SluiceError('CONFIG', `PostgreSQL at ${this.endpoint} lacks the pgvector extension; install it on that server`);
      }
      await run('bash', [join(assetsDir, 'install-pgvector.sh')], { timeout: 10 * 60_000 }).catch(
        (error: { stderr?: string; message: string }) => {
          throw new SluiceError('UNAVAILABLE', `installing pgvector failed: ${error.stderr?.trim() || error.message}`, { cause: error });
        },
      );
    }
    const { created } = await ensureDatabase(this.databaseUrl);
    const { applied } = await withClient(this.databaseUrl, (client) => runMigrations(client));
    // "started" here means: this call changed something (extension, database or schema).
    return { started: !hasVector || created || applied.length > 0 };
  }

  /** The machine's PostgreSQL is not ours to stop. */
  down(): Promise<{ stopped: boolean }> {
    return Promise.resolve({ stopped: false });
  }

  async status(): Promise<ComponentStatus> {
    try {
      return await withClient(this.databaseUrl, async (client) => {
        const server = await client.query<{ server_version: string }>('SHOW server_version');
        const vector = await client.query<{ extversion: string }>(
          "SELECT extversion FROM pg_extension WHERE extname = 'vector'",
        );
        const migrations = await client
          .query<{ count: string }>('SELECT count(*) FROM schema_migrations')
          .then((result) => Number(result.rows[0]?.count ?? 0))
          .catch(() => 0);
        const cluster = await client
          .query<{ cluster_id: string }>('SELECT cluster_id FROM local_stack_cluster')
          .then((result) => result.rows[0]?.cluster_id)
          .catch(() => undefined);
        const vectorVersion = vector.rows[0]?.extversion;
        return {
          name: this.name,
          mode: this.mode,
          endpoint: this.endpoint,
          healthy: vectorVersion !== undefined,
          version: `${server.rows[0]?.server_version ?? '?'}, pgvector ${vectorVersion ?? 'missing'}`,
          pid: null,
          detail: `${migrations} migration(s) applied${cluster ? `, state of Kafka cluster ${cluster}` : ''}`,
        };
      });
    } catch (error) {
      return unreachableStatus(this, null, error);
    }
  }
}
