import type { StackEndpoints } from '@sluice/local-stack';
import { LocalStack } from '@sluice/local-stack';

export interface ContainerStack {
  endpoints: StackEndpoints;
  stop(): Promise<void>;
}

// Images: Confluent's Kafka (KRaft) and Schema Registry, and PostgreSQL with pgvector.
export const containerImages = {
  kafka: 'confluentinc/cp-kafka:7.9.0',
  schemaRegistry: 'confluentinc/cp-schema-registry:7.9.0',
  postgres: 'pgvector/pgvector:pg17',
} as const;

/**
 * The integration stack from testcontainers, for machines with Docker: Kafka (KRaft) and a
 * Confluent Schema Registry on one network, PostgreSQL with pgvector; then the same migrations as
 * `sluice stack up` (through LocalStack with the three endpoints set, which only checks and
 * migrates). Loaded on demand: machines without Docker never import testcontainers.
 */
export async function startContainerStack(onProgress: (message: string) => void = () => {}): Promise<ContainerStack> {
  const [{ GenericContainer, Network, Wait }, { KafkaContainer }, { PostgreSqlContainer }] = await Promise.all([
    import('testcontainers'),
    import('@testcontainers/kafka'),
    import('@testcontainers/postgresql'),
  ]);
  const network = await new Network().start();
  onProgress(`starting ${containerImages.kafka} and ${containerImages.postgres}`);
  const [kafka, postgres] = await Promise.all([
    new KafkaContainer(containerImages.kafka)
      .withKraft()
      .withNetwork(network)
      .withNetworkAliases('kafka')
      .withEnvironment({ KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS: '0', KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR: '1', KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR: '1' })
      .start(),
    new PostgreSqlContainer(containerImages.postgres).withDatabase('sluice').start(),
  ]);
  onProgress(`starting ${containerImages.schemaRegistry}`);
  const registry = await new GenericContainer(containerImages.schemaRegistry)
    .withNetwork(network)
    .withEnvironment({
      SCHEMA_REGISTRY_HOST_NAME: 'schema-registry',
      SCHEMA_REGISTRY_LISTENERS: 'http://0.0.0.0:8081',
      SCHEMA_REGISTRY_KAFKASTORE_BOOTSTRAP_SERVERS: 'PLAINTEXT://kafka:9092',
    })
    .withExposedPorts(8081)
    .withWaitStrategy(Wait.forHttp('/subjects', 8081).forStatusCode(200))
    .start();
  const env = {
    KAFKA_BROKERS: `${kafka.getHost()}:${kafka.getMappedPort(9093)}`,
    SCHEMA_REGISTRY_URL: `http://${registry.getHost()}:${registry.getMappedPort(8081)}`,
    DATABASE_URL: postgres.getConnectionUri(),
  };
  const stack = new LocalStack(env);
  const status = await stack.up(onProgress);
  if (!status.healthy) throw new Error(`container stack not healthy: ${JSON.stringify(status.components)}`);
  return {
    endpoints: stack.endpoints,
    stop: async () => {
      await Promise.allSettled([registry.stop(), kafka.stop(), postgres.stop()]);
      await network.stop();
    },
  };
}
