import type { ModelMetrics, ModelTask } from '../metrics/model-metrics';
import type { ModelRef, Usage } from '../model-contracts';
import type { EgressGate } from '../privacy/egress-gate';
import type { RemoteChainLink } from '../profiles/model-profile-schema';
import type { OpenAiEndpoint } from './openai-endpoint';
import { costUsd } from './token-estimate';

export const OPENAI_PROVIDER = 'openai-compatible';

/** What every OpenAI-compatible model needs: its endpoint, its profile link and the policies. */
export interface OpenAiModelContext {
  endpoint: OpenAiEndpoint;
  link: RemoteChainLink;
  metrics: ModelMetrics;
  /** The tenants' privacy policies for external endpoints: what may be sent, redacted how. */
  gate: EgressGate;
}

export function remoteModelRef(context: OpenAiModelContext, prompt: { ref: string; hash: string } | null): ModelRef {
  return {
    provider: OPENAI_PROVIDER,
    model: context.link.model,
    version: context.link.version ?? context.link.model,
    promptId: prompt?.ref ?? null,
    promptHash: prompt?.hash ?? null,
  };
}


export function usageOf(
  context: OpenAiModelContext,
  task: ModelTask,
  counts: { inputTokens: number; outputTokens: number; characters: number; latencyMs: number },
): Usage {
  const usage = { ...counts, costUsd: costUsd(context.link.prices, counts.inputTokens, counts.outputTokens) };
  context.metrics.observeUsage({ provider: OPENAI_PROVIDER, model: context.link.model, task }, usage);
  return usage;
}
