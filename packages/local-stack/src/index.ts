export { LocalStack } from './local-stack';
export type { StackEndpoints, StackStatus, StackUpResult } from './local-stack';
export type { ComponentStatus, StackComponent } from './component';
export { MissingPrerequisiteError } from './prerequisites';
export { LOCAL_REGISTRY_URL } from './schema-registry';
export { stackPaths, repoRoot } from './stack-paths';
export type { StackPaths } from './stack-paths';
export { KafkaBroker } from './kafka-broker';
export type { KafkaPorts } from './kafka-broker';
