export { getStack } from './get-stack';
export { integrationStack, uniqueName } from './integration-stack';
export { kafkaTest } from './kafka-fixtures';
export type { KafkaFixtures } from './kafka-fixtures';
export { kafkaPgTest, pgTest } from './postgres-fixtures';
export type { PgFixtures } from './postgres-fixtures';
export { publish, readUntil, runQuietly } from './topic-test-io';
export type { ReadValue } from './topic-test-io';
