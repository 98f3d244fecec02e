export { ApiKeyStore, apiKeyScopes, TENANT_PATTERN } from './api-key-store';
export type { ApiKeyInfo, ApiKeyScope, CreatedApiKey, Principal } from './api-key-store';
export { startGateway } from './start-gateway';
export type { GatewayDeps, RunningGateway } from './start-gateway';
export { loadGatewayConfig, gatewayEnvSchema } from './gateway-config';
export type { GatewayConfig } from './gateway-config';
