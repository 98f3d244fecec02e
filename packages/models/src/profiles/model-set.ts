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
import { EgressGate } from '../privacy/egress-gate';
import { privacyPolicies, type PrivacyPolicies } from '../privacy/privacy-policy';
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

export type ModelTaskName = 'embedding' | 'extraction' | 'classification';

export interface ModelSetDeps {
  /**
   * The tasks this process uses; only their chains are built (default: all). Local models load
   * weights and lexicons at construction, so a service that only embeds should not build the
   * extractor. Using a task that was not built fails with a CONFIG error naming it.
   */
  tasks?: readonly ModelTaskName[];
  fetch?: typeof globalThis.fetch;
  clock?: Clock;
  random?: () => number;
  metrics?: ModelMetrics;
  localModels?: LocalModelCatalog;
  promptDir?: string;
  onStep?: (task: string, step: ChainStep) => void;
  onRetry?: (endpoint: string, error: SluiceErrorType, attempt: number, delayMs: number) => void;
  /**
   * The tenants' privacy policies for external endpoints (`loadPrivacyPolicies(env)`); default:
   * `redact` for every tenant.
   */
  privacy?: PrivacyPolicies;
}

/**
 * The local model per task that answers when a tenant's policy withholds a call from every link
 * of a chain that has no local link (the `deny` policy on an all-remote profile).
 */
export const withheldFallbackModels = { embedding: 'use-lite-512', extraction: 'rules-ner', classification: 'keyword-classifier' } as const;

/** Builds the fallback once, on first need (local models load weights). */
function lazily<M>(make: () => Promise<M>): () => Promise<M> {
  let made: Promise<M> | undefined;
  return () => (made ??= make());
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

/** Stands in for a task that was not built: any use says so instead of failing obscurely. */
function notBuilt<T extends object>(task: ModelTaskName): T {
  return new Proxy({} as T, {
    get: (_, property) => {
      if (property === 'then') return undefined; // not a thenable
      throw new SluiceError('CONFIG', `the ${task} models were not built in this process (createModelSet tasks option)`);
    },
  });
}

/** Builds every link of the chains of the requested tasks, then wraps each chain in its router. */
export async function createModelSet(profile: ModelProfile, deps: ModelSetDeps = {}): Promise<ModelSet> {
  const endpoints = new Map(Object.entries(profile.endpoints).map(([name, config]) => [name, createEndpoint(name, config, deps)]));
  const catalog = deps.localModels ?? defaultLocalModelCatalog;
  const wanted = new Set<ModelTaskName>(deps.tasks ?? ['embedding', 'extraction', 'classification']);
  const gate = new EgressGate(deps.privacy ?? privacyPolicies());
  // A chain with a local link falls through to it when the remote links withhold; only an
  // all-remote chain needs the catalog's fallback.
  const fallbackFor = <M>(task: ModelTaskName, chain: readonly ChainLink[], factories: Record<string, () => Promise<M> | M>) =>
    chain.some((link) => link.provider === 'local') ? undefined : lazily(() => localModel(factories, task, withheldFallbackModels[task]));
  const contextFor = (link: Extract<ChainLink, { provider: 'openai-compatible' }>): OpenAiModelContext => {
    const endpoint = endpoints.get(link.endpoint);
    if (!endpoint) throw new SluiceError('CONFIG', `no endpoint named ${link.endpoint}`);
    return { endpoint, link, metrics: deps.metrics ?? noopModelMetrics, gate };
  };
  const { tasks } = profile;
  const embedding = async (): Promise<EmbeddingModel> => {
    const links = await Promise.all(
      tasks.embedding.chain.map((link) =>
        link.provider === 'local'
          ? localModel(catalog.embedding, 'embedding', link.model)
          : Promise.resolve(new OpenAiCompatibleEmbeddingModel(contextFor(link))),
      ),
    );
    const fallback = fallbackFor('embedding', tasks.embedding.chain, catalog.embedding);
    const dimensions = links[0]?.dimensions;
    return embeddingRouter(
      links,
      (step) => deps.onStep?.('embedding', step),
      fallback &&
        (async () => {
          const local = await fallback();
          if (local.dimensions !== dimensions) {
            throw new SluiceError('CONFIG', `a privacy policy withheld an embedding call and the local ${local.ref.model} has ${local.dimensions} dimensions, the chain ${dimensions}: add a local link of ${dimensions} dimensions`);
          }
          return local;
        }),
    );
  };
  const extraction = async (): Promise<ExtractionModel> => {
    const links = await Promise.all(
      tasks.extraction.chain.map((link) =>
        link.provider === 'local'
          ? localModel(catalog.extraction, 'extraction', link.model)
          : Promise.resolve(new OpenAiCompatibleExtractionModel(contextFor(link), deps.promptDir)),
      ),
    );
    return extractionRouter(
      links,
      tasks.extraction.escalation,
      (step) => deps.onStep?.('extraction', step),
      fallbackFor('extraction', tasks.extraction.chain, catalog.extraction),
    );
  };
  const classification = async (): Promise<ClassificationModel> => {
    const links = await Promise.all(
      tasks.classification.chain.map((link) =>
        link.provider === 'local'
          ? localModel(catalog.classification, 'classification', link.model)
          : Promise.resolve(new OpenAiCompatibleClassificationModel(contextFor(link), deps.promptDir)),
      ),
    );
    return classificationRouter(
      links,
      tasks.classification.escalation,
      (step) => deps.onStep?.('classification', step),
      fallbackFor('classification', tasks.classification.chain, catalog.classification),
    );
  };
  const build = <T extends object>(task: ModelTaskName, make: () => Promise<T>): Promise<T> =>
    wanted.has(task) ? make() : Promise.resolve(notBuilt<T>(task));
  return {
    embedding: await build('embedding', embedding),
    extraction: await build('extraction', extraction),
    classification: await build('classification', classification),
    endpoints,
  };
}
