import { Kafka, logLevel } from 'kafkajs';
import type pino from 'pino';
import type { Registry } from 'prom-client';
import { createRootLogger, loadConfig } from '@sluice/config';
import { AvroSerde } from '@sluice/contracts';
import { runService, type RunningService } from './run-service';
import { runtimeOverrides } from './runtime-config';
import { streamServiceEnvSchema, type StreamServiceConfig } from './service-config';
import type { ServiceDefinition } from './service-definition';
import { ignoreKafkajsNegativeTimeoutWarning } from './kafkajs-warnings';
import { kafkajsLogCreator } from './kafkajs-log';

export interface StartServiceOptions {
  /**
   * The process's validated configuration (a schema spreading `streamServiceEnv`), read once by
   * its main; default: `streamServiceEnvSchema` read from `process.env` (fixtures, benches).
   */
  config?: StreamServiceConfig;
  /** The process's root logger (createRootLogger); default: one made from `config`. */
  logger?: pino.Logger;
  /**
   * The registry /metrics serves. Pass one when dependencies built before the runtime (a model
   * set) register metrics of their own; by default the runtime creates it.
   */
  registry?: Registry;
  /** Ends the process; default `process.exit`. */
  exit?: (code: number) => void;
}

/**
 * What a service's `main.ts` calls with its validated configuration and root logger: runs the
 * service (health server on HTTP_PORT) and stops it on SIGTERM/SIGINT within SHUTDOWN_TIMEOUT_MS.
 * A fatal error (a write outside SLUICE_TOPIC_PREFIX, see prefix-guard.ts) stops it and exits with 1.
 */
export async function startService<I, O>(
  service: ServiceDefinition<I, O>,
  { config = loadConfig(streamServiceEnvSchema, process.env), logger, registry, exit = (code) => process.exit(code) }: StartServiceOptions = {},
): Promise<RunningService> {
  ignoreKafkajsNegativeTimeoutWarning();
  const root = logger ?? createRootLogger(service.name, config);
  const kafka = new Kafka({ clientId: service.name, brokers: config.KAFKA_BROKERS, logLevel: logLevel.WARN, logCreator: kafkajsLogCreator });
  const running = await runService(service, {
    kafka,
    serde: AvroSerde.connect(config.SCHEMA_REGISTRY_URL, config.SLUICE_TOPIC_PREFIX),
    logger: root,
    options: runtimeOverrides(config),
    registry,
    // runService has logged the error (one fatal line naming topic and prefix) and stopped.
    onFatal: () => exit(1),
  });
  stopOnSignals(running, root, exit);
  return running;
}

/** SIGTERM/SIGINT: graceful stop, then exit; a second signal exits at once. */
export function stopOnSignals(running: Pick<RunningService, 'stop'>, logger: pino.Logger, exit: (code: number) => void = (code) => process.exit(code)): void {
  let signalled = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (signalled) return exit(130);
    signalled = true;
    logger.info({ signal }, 'shutting down');
    running.stop().then(
      () => exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        exit(1);
      },
    );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}
