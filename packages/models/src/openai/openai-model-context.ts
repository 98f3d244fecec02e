import type { ModelMetrics, ModelTask } from '../metrics/model-metrics';
import type { ModelRef, Usage } from '../model-contracts';
import { PiiRedactor, redactionEnabled, type RedactionPolicy } from '../privacy/pii-redactor';
import type { RemoteChainLink } from '../profiles/model-profile-schema';
import type { OpenAiEndpoint } from './openai-endpoint';
import { costUsd } from './token-estimate';

export const OPENAI_PROVIDER = 'openai-compatible';

/** What every OpenAI-compatible model needs: its endpoint, its profile link and the policies. */
export interface OpenAiModelContext {
  endpoint: OpenAiEndpoint;
  link: RemoteChainLink;
  metrics: ModelMetrics;
  redaction: RedactionPolicy;
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

/** A redactor when the tenant's data must not reach this endpoint in clear, otherwise null. */
export function redactorFor(context: OpenAiModelContext, tenant: string | undefined): PiiRedactor | null {
  return redactionEnabled(context.redaction, context.endpoint.config.external, tenant) ? new PiiRedactor() : null;
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
