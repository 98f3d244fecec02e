import { LocalStack, type StackEndpoints } from '@sluice/local-stack';

declare module 'vitest' {
  export interface ProvidedContext {
    stack: StackEndpoints;
  }
}

/**
 * The one place integration tests get Kafka, the registry and PostgreSQL from: variables that are
 * set (KAFKA_BROKERS, SCHEMA_REGISTRY_URL, DATABASE_URL) are used as they are; whatever is not set
 * comes from the local stack, started if needed (`sluice stack up`, no Docker).
 */
export async function getStack(
  env: Record<string, string | undefined> = process.env,
  onProgress: (message: string) => void = () => {},
): Promise<StackEndpoints> {
  const stack = new LocalStack(env);
  const status = await stack.up(onProgress);
  if (!status.healthy) {
    const down = status.components.filter((component) => !component.healthy);
    throw new Error(`stack not healthy: ${down.map((c) => `${c.name} (${c.detail ?? 'no detail'})`).join(', ')}`);
  }
  return stack.endpoints;
}
