import { request } from 'node:http';

export type StackSource = 'local-stack' | 'testcontainers';

export const STACK_VARIABLES = ['KAFKA_BROKERS', 'SCHEMA_REGISTRY_URL', 'DATABASE_URL'] as const;

export interface StackChoice {
  source: StackSource;
  reason: string;
}

/**
 * Where the integration tests get Kafka, the registry and PostgreSQL from:
 * - any stack variable set → the local-stack path, which uses the set ones as they are (and starts
 *   the rest locally), exactly as before;
 * - SLUICE_TESTCONTAINERS=false → the local stack; =true → testcontainers (an engine must answer);
 * - otherwise testcontainers when a Docker engine answers, else the local stack (no Docker needed).
 */
export function chooseStackSource(env: Record<string, string | undefined>, dockerAnswers: boolean): StackChoice {
  const set = STACK_VARIABLES.filter((name) => env[name]);
  if (set.length > 0) return { source: 'local-stack', reason: `${set.join(', ')} set: using the given endpoints` };
  const forced = env.SLUICE_TESTCONTAINERS?.toLowerCase();
  if (forced === 'false' || forced === '0') return { source: 'local-stack', reason: 'SLUICE_TESTCONTAINERS=false' };
  if (forced === 'true' || forced === '1') {
    return dockerAnswers ? { source: 'testcontainers', reason: 'SLUICE_TESTCONTAINERS=true' } : { source: 'testcontainers', reason: 'SLUICE_TESTCONTAINERS=true, but no Docker engine answers' };
  }
  return dockerAnswers
    ? { source: 'testcontainers', reason: 'a Docker engine answers and no stack variable is set' }
    : { source: 'local-stack', reason: 'no Docker engine answers: the local stack (no Docker needed)' };
}

/** How to reach the Docker engine: DOCKER_HOST (unix:// or tcp://), else the default socket. */
export function dockerEndpoint(env: Record<string, string | undefined>): { socketPath: string } | { host: string; port: number } {
  const host = env.DOCKER_HOST;
  if (host?.startsWith('tcp://')) {
    const url = new URL(host.replace(/^tcp:/, 'http:'));
    return { host: url.hostname, port: Number(url.port || 2375) };
  }
  if (host?.startsWith('unix://')) return { socketPath: host.slice('unix://'.length) };
  return { socketPath: '/var/run/docker.sock' };
}

/** True when a Docker engine answers `GET /_ping` within `timeoutMs` (no Docker client library needed). */
export function dockerAnswers(env: Record<string, string | undefined> = process.env, timeoutMs = 1500): Promise<boolean> {
  return new Promise((resolve) => {
    const req = request({ ...dockerEndpoint(env), path: '/_ping', method: 'GET', timeout: timeoutMs }, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(false));
    req.end();
  });
}
