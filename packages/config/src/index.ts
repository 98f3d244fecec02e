export { loadConfig, brokerList, httpUrl, postgresUrl, positiveInt, flag } from './load-config';
export type { Env } from './load-config';
export { exitOnFatalError } from './fatal-error-exit';
export {
  loadPlatformEnv,
  platformEnv,
  platformEnvSchema,
  localStackDefaults,
  kafkaEnv,
  registryEnv,
  postgresEnv,
  httpEnv,
  tcpPort,
  modelProfileNameEnv,
  loggingEnv,
  logLevels,
} from './platform-env';
export type { PlatformEnv } from './platform-env';
export { baselinePrefix, isShadowPrefix, shadowOf, shadowPrefix, SHADOW_NAME, SHADOW_PREFIX_ROOT } from './shadow-prefix';
export { createRootLogger } from './root-logger';
