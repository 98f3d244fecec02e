export { getStack } from './get-stack';
export { integrationStack, uniqueName } from './integration-stack';
export { kafkaTest } from './kafka-fixtures';
export type { KafkaFixtures } from './kafka-fixtures';
