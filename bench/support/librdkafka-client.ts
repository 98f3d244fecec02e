/**
 * The alternative Kafka client the runtime bench measures beside kafkajs: Confluent's
 * `@confluentinc/kafka-javascript` (librdkafka underneath, KIP-447 transactions: one transactional
 * producer per instance, offsets sent with the consumer's group metadata). It is not a dependency of
 * Sluice: `scripts/install-bench-client.sh` builds it into `.sluice/bench-clients` (its prebuilt
 * binaries come from GitHub, which this machine cannot reach, so librdkafka is compiled against
 * Debian's libraries). The runtime bench loads it from there when present and skips its loops when not.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/** Where `scripts/install-bench-client.sh` installs the client (SLUICE_BENCH_CLIENTS overrides). */
export const benchClientsDir = process.env.SLUICE_BENCH_CLIENTS ?? join(process.cwd(), '.sluice', 'bench-clients');

/** The slice of the client's KafkaJS-compatible API (its `KafkaJS` export) the bench uses. */
export interface LibrdkafkaMessage {
  key: Buffer | null;
  value: Buffer | null;
}
export interface LibrdkafkaBatch {
  topic: string;
  partition: number;
  messages: LibrdkafkaMessage[];
  lastOffset(): string;
}
export interface LibrdkafkaConsumer {
  connect(): Promise<void>;
  disconnect(): Promise<void>;
  subscribe(args: { topic: string }): Promise<void>;
  commitOffsets(offsets: { topic: string; partition: number; offset: string }[]): Promise<void>;
  run(args: { partitionsConsumedConcurrently?: number; eachBatch: (args: { batch: LibrdkafkaBatch }) => Promise<void> }): Promise<void>;
}
export interface LibrdkafkaTransaction {
  send(args: { topic: string; messages: LibrdkafkaMessage[] }): Promise<unknown>;
  sendOffsets(args: { consumer: LibrdkafkaConsumer; topics: { topic: string; partitions: { partition: number; offset: string }[] }[] }): Promise<void>;
  commit(): Promise<void>;
}
export interface LibrdkafkaProducer {
  connect(): Promise<void>;
  disconnect(): Promise<void>;
  send(args: { topic: string; messages: LibrdkafkaMessage[] }): Promise<unknown>;
  transaction(): Promise<LibrdkafkaTransaction>;
}
export interface LibrdkafkaKafka {
  consumer(config: Record<string, unknown>): LibrdkafkaConsumer;
  producer(config: Record<string, unknown>): LibrdkafkaProducer;
}
export interface LibrdkafkaModule {
  KafkaJS: { Kafka: new (config: Record<string, unknown>) => LibrdkafkaKafka; logLevel: Record<string, number> };
}

/** The installed client and its version, or undefined when `scripts/install-bench-client.sh` has not run. */
export function loadLibrdkafkaClient(): { client: LibrdkafkaModule; version: string } | undefined {
  const packageDir = join(benchClientsDir, 'node_modules', '@confluentinc', 'kafka-javascript');
  if (!existsSync(join(packageDir, 'package.json'))) return undefined;
  const require = createRequire(join(benchClientsDir, 'package.json'));
  const version = (require('@confluentinc/kafka-javascript/package.json') as { version: string }).version;
  return { client: require('@confluentinc/kafka-javascript') as LibrdkafkaModule, version };
}
