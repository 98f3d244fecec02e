/**
 * What every pipeline benchmark needs from the environment contract: Kafka, the serde, the admin
 * client, the database URL, a unique topic prefix per run, and cleanup of that prefix's topics.
 */
import { appendFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Kafka, logLevel, type Admin } from 'kafkajs';
import { loadPlatformEnv } from '@sluice/config';
import { AvroSerde } from '@sluice/contracts';
import { ensureDatabase, runMigrations } from '@sluice/db';
import pg from 'pg';
import { kafkajsLogCreator } from '@sluice/stream';

export interface BenchContext {
  kafka: Kafka;
  admin: Admin;
  databaseUrl: string;
  schemaRegistryUrl: string;
  /** A serde for `prefix` (each pipeline run has its own prefix). */
  serdeFor(prefix: string): AvroSerde;
  /** `bench.<name>.<time>.<n>.`: unique per call, so runs never share topics, groups or state. */
  uniquePrefix(name: string): string;
  /** Deletes every topic under each prefix handed out, then disconnects. */
  close(): Promise<void>;
}

export async function openBenchContext(clientId: string): Promise<BenchContext> {
  const env = loadPlatformEnv();
  // The services apply migrations at start too; the bench writes reference data before they run.
  await ensureDatabase(env.DATABASE_URL);
  const pool = new pg.Pool({ connectionString: env.DATABASE_URL, max: 1 });
  await runMigrations(pool).finally(() => pool.end());
  const kafka = new Kafka({ clientId, brokers: env.KAFKA_BROKERS, logLevel: logLevel.ERROR, logCreator: kafkajsLogCreator });
  const admin = kafka.admin();
  await admin.connect();
  const prefixes: string[] = [];
  const stamp = Date.now().toString(36);
  return {
    kafka,
    admin,
    databaseUrl: env.DATABASE_URL,
    schemaRegistryUrl: env.SCHEMA_REGISTRY_URL,
    serdeFor: (prefix) => AvroSerde.connect(env.SCHEMA_REGISTRY_URL, prefix),
    uniquePrefix: (name) => {
      const prefix = `bench.${name}.${stamp}.${prefixes.length}.`;
      prefixes.push(prefix);
      return prefix;
    },
    close: async () => {
      const mine = (await admin.listTopics()).filter((topic) => prefixes.some((prefix) => topic.startsWith(prefix)));
      if (mine.length > 0) await admin.deleteTopics({ topics: mine }).catch(() => undefined);
      await admin.disconnect();
    },
  };
}

const resultsDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'results');

/**
 * Prints the final JSON line of a benchmark and, with `--save`, appends it to
 * `bench/results/<bench>.jsonl`, which `npm run bench:charts` turns into the charts of docs/benchmarks.md.
 */
export function emitResult(result: { bench: string } & Record<string, unknown>, save: boolean): void {
  const line = JSON.stringify({ ...result, measuredAt: new Date().toISOString() });
  process.stdout.write(`${line}\n`);
  if (save) {
    mkdirSync(resultsDir, { recursive: true });
    appendFileSync(join(resultsDir, `${result.bench}.jsonl`), `${line}\n`);
  }
}
