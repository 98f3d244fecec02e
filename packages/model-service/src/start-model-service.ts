import type { Logger } from 'pino';
import { Registry } from 'prom-client';
import type { Env } from '@sluice/config';
import { loadModelProfile, loadPrivacyPolicies, type LoadedProfile, type ModelMetrics, type PrivacyPolicies } from '@sluice/models';
import { promModelMetrics } from '@sluice/models/prom-metrics';
import { startService, type RunningService, type ServiceDefinition, type StreamServiceConfig } from '@sluice/stream';
import { loadInBackground, type LoadingDependency } from './loading-dependency';

/** What `load` gets: the profile, the tenants' privacy policies, model metrics on the service's registry. */
export interface ModelLoadContext {
  profile: LoadedProfile;
  privacy: PrivacyPolicies;
  /** On the registry the service's /metrics serves. */
  metrics: ModelMetrics;
  logger: Logger;
}

export interface ModelServiceOptions<M, I, O> {
  /** The process's validated configuration: a stream service's plus `modelProfileEnv()` (@sluice/models). */
  config: StreamServiceConfig & { MODEL_PROFILE: string; PRIVACY_DIR?: string | undefined };
  /** The process's root logger (createRootLogger). */
  logger: Logger;
  /** Names the loaded value in logs and readiness, e.g. `extraction models`. */
  what: string;
  /** Builds the model(s), in the background: the service starts, /readyz is 503 until it resolves. */
  load(context: ModelLoadContext): Promise<M>;
  /** The service, given the model as a dependency still loading; register its readiness with `model.ready()`. */
  service(model: LoadingDependency<M>): ServiceDefinition<I, O>;
  /** Read by the profile's `${VAR}` references (endpoints, keys); default `process.env`. */
  env?: Env;
  /** Ends the process; default `process.exit`. */
  exit?: (code: number) => void;
}

/**
 * The wiring every service that holds a model shares (extractor, embedder, enricher): reads the
 * profile MODEL_PROFILE names and the privacy policies (a bad file stops the start with a CONFIG
 * error), loads the model in the background on one registry with the runtime's metrics, and starts
 * the stream service (SIGTERM/SIGINT handled by startService).
 *
 * A model that fails to load is not retried per batch: one fatal log line names it and its cause,
 * the service stops without committing (its records wait in Kafka, none is dead-lettered) and the
 * process exits with 1, for the supervisor (`sluice up`, Kubernetes) to restart or report.
 */
export async function startModelService<M, I, O>(options: ModelServiceOptions<M, I, O>): Promise<RunningService> {
  const { config, logger, what, exit = (code) => process.exit(code) } = options;
  const profile = loadModelProfile(options.env ?? process.env, undefined, config.MODEL_PROFILE);
  const privacy = loadPrivacyPolicies({ PRIVACY_DIR: config.PRIVACY_DIR });
  // One registry for the runtime's /metrics and the model set, which is built before the runtime.
  const registry = new Registry();
  const metrics = promModelMetrics(registry);
  const model = loadInBackground(
    what,
    async () => {
      const loaded = await options.load({ profile, privacy, metrics, logger });
      logger.info({ profile: profile.name, what }, `${what} loaded`);
      return loaded;
    },
    {
      onFailure: (error) => {
        logger.fatal({ err: error, profile: profile.name, what }, `${what} failed to load; stopping without processing a batch`);
        // Asynchronous: `started` (below) is assigned by the time a load can have failed.
        const stop = async () => (await started).stop();
        stop().then(
          () => exit(1),
          () => exit(1),
        );
      },
    },
  );
  const started = startService(options.service(model), { config, logger, registry, exit });
  return started;
}
