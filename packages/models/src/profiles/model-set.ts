import { SluiceError, type SluiceError as SluiceErrorType } from '@sluice/errors';
import { EndpointGuard, systemClock, type Clock } from '@sluice/resilience';
import type { ClassificationModel, EmbeddingModel, ExtractionModel } from '../model-contracts';
import { noopModelMetrics, type ModelMetrics } from '../metrics/model-metrics';
import { OpenAiCompatibleClassificationModel } from '../openai/openai-compatible-classification';
import { OpenAiCompatibleEmbeddingModel } from '../openai/openai-compatible-embedding';
import { OpenAiCompatibleExtractionModel } from '../openai/openai-compatible-extraction';
import type { OpenAiEndpoint } from '../openai/openai-endpoint';
import type { OpenAiModelContext } from '../openai/openai-model-context';
import { classificationRouter, embeddingRouter, extractionRouter } from '../routing/model-routers';
import type { ChainStep } from '../routing/provider-chain';
import { defaultLocalModelCatalog, type LocalModelCatalog } from './local-model-catalog';
import type { ChainLink, EndpointConfig, ModelProfile } from './model-profile-schema';

/** The three task models a service uses; which providers sit behind them is the profile's business. */
export interface ModelSet {
  embedding: EmbeddingModel;
  extraction: ExtractionModel;
  classification: ClassificationModel;
  /** One per configured endpoint, e.g. to read breaker states. */
  endpoints: ReadonlyMap<string, OpenAiEndpoint>;
}

export interface ModelSetDeps {
  fetch?: typeof globalThis.fetch;
  clock?: Clock;
  random?: () => number;
  metrics?: ModelMetrics;
  localModels?: LocalModelCatalog;
  promptDir?: string;
  onStep?: (task: string, step: ChainStep) => void;
  onRetry?: (endpoint: string, error: SluiceErrorType, attempt: number, delayMs: number) => void;
}

function createEndpoint(name: string, config: EndpointConfig, deps: ModelSetDeps): OpenAiEndpoint {
  const clock = deps.clock ?? systemClock;
  const { limits } = config;
  const guard = new EndpointGuard(
    name,
    {
      timeoutMs: limits.timeoutMs,
      maxConcurrency: limits.maxConcurrency,
      rateLimit: limits.requestsPerSecond === null ? null : { ratePerSecond: limits.requestsPerSecond, burst: limits.burst },
      retry: config.retry,
      breaker: config.breaker,
    },
    {
      clock,
      random: deps.random ?? Math.random,
      onBreakerState: (endpoint, state) => deps.metrics?.observeBreakerState?.(endpoint, state),
      onRetry: deps.onRetry,
    },
  );
  return { name, config, guard, fetch: deps.fetch ?? globalThis.fetch, clock, jsonSchemaRefused: false };
}

function localModel<M>(factories: Record<string, () => Promise<M> | M>, task: string, name: string): Promise<M> {
  const factory = factories[name];
  if (!factory) {
    const known = Object.keys(factories).join(', ') || 'none yet';
    throw new SluiceError('CONFIG', `profile asks for local ${task} model "${name}"; known: ${known}`);
  }
  return Promise.resolve(factory());
}

/** Builds every link of every chain, then wraps each chain in its router. */
export async function createModelSet(profile: ModelProfile, deps: ModelSetDeps = {}): Promise<ModelSet> {
  const endpoints = new Map(Object.entries(profile.endpoints).map(([name, config]) => [name, createEndpoint(name, config, deps)]));
  const catalog = deps.localModels ?? defaultLocalModelCatalog;
  const contextFor = (link: Extract<ChainLink, { provider: 'openai-compatible' }>): OpenAiModelContext => {
    const endpoint = endpoints.get(link.endpoint);
    if (!endpoint) throw new SluiceError('CONFIG', `no endpoint named ${link.endpoint}`);
    return { endpoint, link, metrics: deps.metrics ?? noopModelMetrics, redaction: profile.redaction };
  };
  const { tasks } = profile;
  const embedding = await Promise.all(
    tasks.embedding.chain.map((link) =>
      link.provider === 'local'
        ? localModel(catalog.embedding, 'embedding', link.model)
        : Promise.resolve(new OpenAiCompatibleEmbeddingModel(contextFor(link))),
    ),
  );
  const extraction = await Promise.all(
    tasks.extraction.chain.map((link) =>
      link.provider === 'local'
        ? localModel(catalog.extraction, 'extraction', link.model)
        : Promise.resolve(new OpenAiCompatibleExtractionModel(contextFor(link), deps.promptDir)),
    ),
  );
  const classification = await Promise.all(
    tasks.classification.chain.map((link) =>
      link.provider === 'local'
        ? localModel(catalog.classification, 'classification', link.model)
        : Promise.resolve(new OpenAiCompatibleClassificationModel(contextFor(link), deps.promptDir)),
    ),
  );
  return {
    embedding: embeddingRouter(embedding, (step) => deps.onStep?.('embedding', step)),
    extraction: extractionRouter(extraction, tasks.extraction.escalation, (step) => deps.onStep?.('extraction', step)),
    classification: classificationRouter(classification, tasks.classification.escalation, (step) =>
      deps.onStep?.('classification', step),
    ),
    endpoints,
  };
}
