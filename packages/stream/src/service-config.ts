import { z } from 'zod';
import { httpEnv, loggingEnv, platformEnv } from '@sluice/config';
import { runtimeBoundsEnv } from './runtime-config';

/**
 * The schema pieces every stream service's configuration holds: the platform contract (Kafka,
 * registry, PostgreSQL, model profile name), its HTTP port (`httpPort`: the service's own default,
 * as its package.json's `sluice.httpPort`), logging and the runtime bounds. A service spreads it
 * into its one schema and adds its own variables:
 *
 *   export const validatorEnvSchema = z.object({ ...streamServiceEnv(9404), RULES_DIR: ... });
 */
export function streamServiceEnv(httpPort: number) {
  return { ...platformEnv, ...httpEnv(httpPort), ...loggingEnv, ...runtimeBoundsEnv };
}

/** A stream service with nothing of its own (test fixtures, benches); port 8080 unless HTTP_PORT says. */
export const streamServiceEnvSchema = z.object(streamServiceEnv(8080));

/** What startService reads from a service's validated configuration. */
export type StreamServiceConfig = z.infer<typeof streamServiceEnvSchema>;
