import { Kafka, logLevel } from 'kafkajs';
import type pg from 'pg';
import { loadPlatformEnv, type PlatformEnv } from '@sluice/config';
import { AvroSerde } from '@sluice/contracts';
import { createPool } from '@sluice/db';
import { kafkajsLogCreator } from '@sluice/stream';

/** The clients a CLI verb needs, from the environment contract (local stack defaults). */
export interface PlatformClients {
  env: PlatformEnv;
  kafka: Kafka;
  serde: AvroSerde;
}

export function platformClients(clientId: string, env = loadPlatformEnv()): PlatformClients {
  return {
    env,
    kafka: new Kafka({ clientId, brokers: env.KAFKA_BROKERS, logLevel: logLevel.ERROR, logCreator: kafkajsLogCreator }),
    serde: AvroSerde.connect(env.SCHEMA_REGISTRY_URL, env.SLUICE_TOPIC_PREFIX),
  };
}

/** A CLI verb's PostgreSQL pool (DATABASE_URL, DATABASE_POOL_MAX); a dropped idle connection is a warning on stderr. */
export function databasePool(env = loadPlatformEnv()): pg.Pool {
  const stderr = { warn: (details: { err: unknown }, message: string) => process.stderr.write(`sluice: ${message}: ${String(details.err)}\n`) };
  return createPool({ connectionString: env.DATABASE_URL, max: env.DATABASE_POOL_MAX }, stderr);
}
