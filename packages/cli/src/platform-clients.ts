import { Kafka, logLevel } from 'kafkajs';
import pg from 'pg';
import { loadPlatformEnv, type PlatformEnv } from '@sluice/config';
import { AvroSerde } from '@sluice/contracts';

/** The clients a CLI verb needs, from the environment contract (local stack defaults). */
export interface PlatformClients {
  env: PlatformEnv;
  kafka: Kafka;
  serde: AvroSerde;
}

export function platformClients(clientId: string, env = loadPlatformEnv()): PlatformClients {
  return {
    env,
    kafka: new Kafka({ clientId, brokers: env.KAFKA_BROKERS, logLevel: logLevel.ERROR }),
    serde: AvroSerde.connect(env.SCHEMA_REGISTRY_URL, env.SLUICE_TOPIC_PREFIX),
  };
}

export function databasePool(env = loadPlatformEnv()): pg.Pool {
  return new pg.Pool({ connectionString: env.DATABASE_URL, max: 4 });
}
