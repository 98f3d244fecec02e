import { Kafka, logLevel } from 'kafkajs';
import pino from 'pino';
import type { Registry } from 'prom-client';
import { loadPlatformEnv, type Env } from '@sluice/config';
import { AvroSerde } from '@sluice/contracts';
import { runService, type RunningService } from './run-service';
import { loadRuntimeOverrides } from './runtime-config';
import type { ServiceDefinition } from './service-definition';
import { ignoreKafkajsNegativeTimeoutWarning } from './kafkajs-warnings';

export interface StartServiceOptions {
  /**
   * The registry /metrics serves. Pass one when dependencies built before the runtime (a model
   * set) register metrics of their own; by default the runtime creates it.
   */
  registry?: Registry;
  /** Ends the process; default `process.exit`. */
  exit?: (code: number) => void;
}

/**
 * What a service's `main.ts` calls: reads the platform and runtime environment (all problems at
 * once), runs the service and stops it on SIGTERM/SIGINT within SHUTDOWN_TIMEOUT_MS. A fatal error
 * (a write outside SLUICE_TOPIC_PREFIX, see prefix-guard.ts) stops it and exits with 1.
 */
export async function startService<I, O>(
  service: ServiceDefinition<I, O>,
  env: Env = process.env,
  { registry, exit = (code) => process.exit(code) }: StartServiceOptions = {},
): Promise<RunningService> {
  ignoreKafkajsNegativeTimeoutWarning();
  const platform = loadPlatformEnv(env);
  const overrides = loadRuntimeOverrides(env);
  const logger = pino({ name: 'sluice', level: env.LOG_LEVEL ?? 'info' });
  const kafka = new Kafka({ clientId: service.name, brokers: platform.KAFKA_BROKERS, logLevel: logLevel.WARN });
  const running = await runService(service, {
    kafka,
    serde: AvroSerde.connect(platform.SCHEMA_REGISTRY_URL, platform.SLUICE_TOPIC_PREFIX),
    logger,
    options: { httpPort: 8080, ...overrides },
    registry,
    // runService has logged the error (one fatal line naming topic and prefix) and stopped.
    onFatal: () => exit(1),
  });
  stopOnSignals(running, logger, exit);
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
