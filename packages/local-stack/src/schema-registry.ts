import { join } from 'node:path';
import { unreachableStatus, type ComponentStatus, type StackComponent } from './component';
import { ensureRegistryApp, registryJar } from './maven-artifacts';
import { checkJvmTooling } from './prerequisites';
import { runningPid, startAndWait, stopProcess } from './process-control';
import type { StackPaths } from './stack-paths';
import { SluiceError } from '@sluice/errors';

export const LOCAL_REGISTRY_PORT = 18081;
export const LOCAL_REGISTRY_URL = `http://127.0.0.1:${LOCAL_REGISTRY_PORT}/apis/ccompat/v7`;

async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url, { signal: AbortSignal.timeout(3_000) });
  if (!response.ok) throw new SluiceError('UNAVAILABLE', `${url} answered ${response.status}`);
  return response.json();
}

/**
 * Apicurio Registry 3 with its Confluent-compatible API. Storage `kafkasql`: the registry's state
 * is a journal topic in the same Kafka cluster, so schema ids live and die with the records that
 * reference them (as Confluent's `_schemas` topic does).
 */
export class SchemaRegistry implements StackComponent {
  readonly name = 'schema-registry';
  readonly mode: ComponentStatus['mode'];
  readonly endpoint: string;
  private readonly pidFile: string;
  private readonly logFile: string;

  constructor(
    private readonly paths: StackPaths,
    private readonly kafkaBootstrap: string,
    externalUrl?: string,
  ) {
    this.mode = externalUrl ? 'external' : 'local';
    this.endpoint = externalUrl ?? LOCAL_REGISTRY_URL;
    this.pidFile = join(paths.run, 'schema-registry.pid');
    this.logFile = join(paths.logs, 'schema-registry.log');
  }

  async up(): Promise<{ started: boolean }> {
    if (await this.answers()) return { started: false };
    if (this.mode === 'external') {
      throw new SluiceError('UNAVAILABLE', `schema registry at SCHEMA_REGISTRY_URL=${this.endpoint} does not answer`);
    }
    await checkJvmTooling();
    const home = await ensureRegistryApp(this.paths.cache);
    const java = {
      command: 'java',
      args: [
        '-Xms128m',
        '-Xmx512m',
        `-Dquarkus.http.port=${LOCAL_REGISTRY_PORT}`,
        '-Dquarkus.http.host=127.0.0.1',
        '-Dapicurio.storage.kind=kafkasql',
        `-Dapicurio.kafkasql.bootstrap.servers=${this.kafkaBootstrap}`,
        '-jar',
        registryJar(home),
      ],
      cwd: home,
      logFile: this.logFile,
      pidFile: this.pidFile,
    };
    await startAndWait('schema registry', java, () => this.answers(), { timeoutMs: 120_000 });
    return { started: true };
  }

  async down(): Promise<{ stopped: boolean }> {
    if (this.mode === 'external') return { stopped: false };
    return { stopped: await stopProcess(this.pidFile, 20_000) };
  }

  private async answers(): Promise<boolean> {
    try {
      await fetchJson(`${this.endpoint}/subjects`);
      return true;
    } catch {
      return false;
    }
  }

  /** Apicurio reports its version under /apis/registry/v3; other registries may not. */
  private async version(): Promise<string | null> {
    try {
      const info = (await fetchJson(new URL('/apis/registry/v3/system/info', this.endpoint).toString())) as {
        name?: string;
        version?: string;
      };
      return info.version ? `apicurio ${info.version}` : null;
    } catch {
      return null;
    }
  }

  async status(): Promise<ComponentStatus> {
    const pid = this.mode === 'local' ? (runningPid(this.pidFile) ?? null) : null;
    try {
      const subjects = (await fetchJson(`${this.endpoint}/subjects`)) as unknown[];
      return {
        name: this.name,
        mode: this.mode,
        endpoint: this.endpoint,
        healthy: true,
        version: await this.version(),
        pid,
        detail: `${subjects.length} subject(s)`,
      };
    } catch (error) {
      return unreachableStatus(this, pid, error);
    }
  }
}
