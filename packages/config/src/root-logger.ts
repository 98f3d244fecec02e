import pino from 'pino';
import type { logLevels } from './platform-env';

/**
 * The process's one root logger (pino, JSON lines on stdout), made from the validated config
 * (`LOG_LEVEL`, see loggingEnv). Every line carries `service`; modules take `logger.child({ module })`.
 * Pass it to startService, createPool and the model wiring instead of making another root.
 */
export function createRootLogger(service: string, config: { LOG_LEVEL: (typeof logLevels)[number] }): pino.Logger {
  return pino({ name: 'sluice', level: config.LOG_LEVEL, base: { service } });
}
