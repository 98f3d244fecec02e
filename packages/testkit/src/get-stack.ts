import { LocalStack, type StackEndpoints } from '@sluice/local-stack';
import { chooseStackSource, dockerAnswers, type StackChoice } from './stack-source';
import { startContainerStack, type ContainerStack } from './testcontainers-stack';

declare module 'vitest' {
  export interface ProvidedContext {
    stack: StackEndpoints;
  }
}

export interface ObtainedStack {
  endpoints: StackEndpoints;
  choice: StackChoice;
  /** Stops what was started for this run (testcontainers); the local stack is left running. */
  stop(): Promise<void>;
}

export interface GetStackDeps {
  dockerAnswers: (env: Record<string, string | undefined>) => Promise<boolean>;
  startContainerStack: (onProgress: (message: string) => void) => Promise<ContainerStack>;
  startLocalStack: (env: Record<string, string | undefined>, onProgress: (message: string) => void) => Promise<StackEndpoints>;
}

async function localStackEndpoints(env: Record<string, string | undefined>, onProgress: (message: string) => void): Promise<StackEndpoints> {
  const stack = new LocalStack(env);
  const status = await stack.up(onProgress);
  if (!status.healthy) {
    const down = status.components.filter((component) => !component.healthy);
    throw new Error(`stack not healthy: ${down.map((c) => `${c.name} (${c.detail ?? 'no detail'})`).join(', ')}`);
  }
  return stack.endpoints;
}

const defaultDeps: GetStackDeps = { dockerAnswers, startContainerStack, startLocalStack: localStackEndpoints };

/**
 * The one place integration tests get Kafka, the registry and PostgreSQL from (chooseStackSource):
 * variables that are set (KAFKA_BROKERS, SCHEMA_REGISTRY_URL, DATABASE_URL) are used as they are
 * and whatever is not set comes from the local stack; with none set, testcontainers when a Docker
 * engine answers, else the local stack (`sluice stack up`, no Docker), started if needed.
 */
export async function getStack(
  env: Record<string, string | undefined> = process.env,
  onProgress: (message: string) => void = () => {},
  deps: GetStackDeps = defaultDeps,
): Promise<ObtainedStack> {
  const anyVariable = ['KAFKA_BROKERS', 'SCHEMA_REGISTRY_URL', 'DATABASE_URL'].some((name) => env[name]);
  const forcedLocal = ['false', '0'].includes(env.SLUICE_TESTCONTAINERS?.toLowerCase() ?? '');
  // Asking Docker costs a socket connect; skip it when the answer cannot matter.
  const docker = anyVariable || forcedLocal ? false : await deps.dockerAnswers(env);
  const choice = chooseStackSource(env, docker);
  onProgress(`stack from ${choice.source}: ${choice.reason}`);
  if (choice.source === 'testcontainers') {
    if (!docker) throw new Error(`${choice.reason}; start Docker or unset SLUICE_TESTCONTAINERS`);
    const containers = await deps.startContainerStack(onProgress);
    return { endpoints: containers.endpoints, choice, stop: () => containers.stop() };
  }
  return { endpoints: await deps.startLocalStack(env, onProgress), choice, stop: () => Promise.resolve() };
}
