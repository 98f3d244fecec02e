export { LocalStack } from './local-stack';
export type { StackEndpoints, StackStatus, StackUpResult } from './local-stack';
export type { ComponentStatus, StackComponent } from './component';
export { MissingPrerequisiteError } from './prerequisites';
export { LOCAL_REGISTRY_URL } from './schema-registry';
export { stackPaths, repoRoot } from './stack-paths';
export type { StackPaths } from './stack-paths';
export { KafkaBroker } from './kafka-broker';
export type { KafkaPorts } from './kafka-broker';
export type { DatabaseOwnership } from './database-owner';
export type { KafkaIdentity } from './kafka-broker';
export { listSetAsideDatabases, pruneSetAsideDatabases } from './set-aside-databases';
export type {
  DatabaseInventory,
  KeptDatabase,
  LiveDatabase,
  PruneOptions,
  PruneOutcome,
  SetAsideDatabase,
  SetAsideRole,
} from './set-aside-databases';
