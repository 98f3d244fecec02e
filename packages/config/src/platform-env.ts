import { z } from 'zod';
import { brokerList, httpUrl, loadConfig, positiveInt, postgresUrl, type Env } from './load-config';

/** Defaults of the local stack (`npx sluice stack up`); see the README's configuration table. */
export const localStackDefaults = {
  KAFKA_BROKERS: '127.0.0.1:19092',
  SCHEMA_REGISTRY_URL: 'http://127.0.0.1:18081/apis/ccompat/v7',
  DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/sluice',
  MODEL_PROFILE: 'local',
} as const;

/*
 * The shared pieces a process's one schema is composed from (`z.object({ ...kafkaEnv, ...postgresEnv(4), ... })`).
 * Each piece is a zod shape: the variables of one concern, with their defaults. Pieces owned by a
 * package live there (stream: runtime bounds; models: the model profile; blob-store; connectors).
 */

/** Kafka: the brokers and the topic prefix every name (topic, group, subject, state) carries. */
export const kafkaEnv = {
  KAFKA_BROKERS: brokerList.default([localStackDefaults.KAFKA_BROKERS]),
  SLUICE_TOPIC_PREFIX: z
    .string()
    .regex(/^([A-Za-z0-9._-]*[.])?$/, 'letters, digits, ".", "_", "-" only, ending with "."')
    .default(''),
};

/** The schema registry's Confluent-compatible base URL. */
export const registryEnv = {
  SCHEMA_REGISTRY_URL: httpUrl.default(localStackDefaults.SCHEMA_REGISTRY_URL),
};

/**
 * PostgreSQL: the URL and the most connections the process's pool opens at once (packages/db
 * createPool); `poolMax` is the process's default, DATABASE_POOL_MAX overrides it.
 */
export function postgresEnv(poolMax: number) {
  return {
    DATABASE_URL: postgresUrl.default(localStackDefaults.DATABASE_URL),
    DATABASE_POOL_MAX: positiveInt.default(poolMax),
  };
}

/** TCP port, 0 (any free port) to 65535. */
export const tcpPort = z.coerce.number().int().min(0).max(65535);

/**
 * The process's HTTP server (/healthz, /readyz, /metrics and its API): `port` is the process's own
 * default (the `sluice.httpPort` of its package.json, which the CLI and the deploy manifests read).
 */
export function httpEnv(port: number) {
  return {
    HTTP_PORT: tcpPort.default(port),
  };
}

/** The model profile's name (`config/model-profiles/<name>.json`; @sluice/models checks the file exists). */
export const modelProfileNameEnv = {
  MODEL_PROFILE: z.string().regex(/^[a-z0-9-]+$/, 'a profile name such as local').default(localStackDefaults.MODEL_PROFILE),
};

/** pino's levels. */
export const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** Logging: the root logger's level (createRootLogger). */
export const loggingEnv = {
  LOG_LEVEL: z.enum(logLevels).default('info'),
};

/**
 * The environment contract every Sluice process shares (design note, "Environment contract"):
 * Kafka, registry, PostgreSQL, model profile name. A process's schema spreads this shape and adds
 * its own pieces.
 */
export const platformEnv = {
  ...kafkaEnv,
  ...registryEnv,
  ...postgresEnv(4),
  ...modelProfileNameEnv,
};

export const platformEnvSchema = z.object(platformEnv);

export type PlatformEnv = z.infer<typeof platformEnvSchema>;

/** The platform contract alone, for tools (CLI, benches) that have no schema of their own. */
export function loadPlatformEnv(env: Env = process.env): PlatformEnv {
  return loadConfig(platformEnvSchema, env);
}
