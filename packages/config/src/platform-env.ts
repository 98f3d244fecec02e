import { z } from 'zod';
import { brokerList, httpUrl, loadConfig, positiveInt, postgresUrl, type Env } from './load-config';

/** Defaults of the local stack (`npx sluice stack up`); see the README's configuration table. */
export const localStackDefaults = {
  KAFKA_BROKERS: '127.0.0.1:19092',
  SCHEMA_REGISTRY_URL: 'http://127.0.0.1:18081/apis/ccompat/v7',
  DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/sluice',
  MODEL_PROFILE: 'local',
} as const;

/**
 * The environment contract every Sluice process shares (design note, "Environment contract").
 * Services extend this schema with their own variables.
 */
export const platformEnvSchema = z.object({
  KAFKA_BROKERS: brokerList.default([localStackDefaults.KAFKA_BROKERS]),
  SCHEMA_REGISTRY_URL: httpUrl.default(localStackDefaults.SCHEMA_REGISTRY_URL),
  DATABASE_URL: postgresUrl.default(localStackDefaults.DATABASE_URL),
  /** Most PostgreSQL connections the process's pool opens at once (packages/db createPool); a service may raise its default. */
  DATABASE_POOL_MAX: positiveInt.default(4),
  SLUICE_TOPIC_PREFIX: z
    .string()
    .regex(/^([A-Za-z0-9._-]*[.])?$/, 'letters, digits, ".", "_", "-" only, ending with "."')
    .default(''),
  MODEL_PROFILE: z.string().regex(/^[a-z0-9-]+$/, 'a profile name such as local').default('local'),
});

export type PlatformEnv = z.infer<typeof platformEnvSchema>;

export function loadPlatformEnv(env: Env = process.env): PlatformEnv {
  return loadConfig(platformEnvSchema, env);
}
