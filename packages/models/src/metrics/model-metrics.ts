import type { ErrorCode } from '@sluice/errors';

export type ModelTask = 'embedding' | 'extraction' | 'classification';

export interface ModelCallLabels {
  provider: string;
  model: string;
  task: ModelTask;
}

/**
 * What the adapter layer reports per provider and model. Structural on purpose: prom-client is one
 * implementation (`@sluice/models/prom-metrics`), tests record with `recordingModelMetrics` of `@sluice/testkit/model-doubles`.
 */
export interface ModelMetrics {
  /** One HTTP or local call attempt; `outcome` is `ok` or the error code it failed with. */
  observeRequest(labels: ModelCallLabels, outcome: 'ok' | ErrorCode, latencyMs: number): void;
  observeUsage(labels: ModelCallLabels, usage: { inputTokens: number; outputTokens: number; costUsd: number }): void;
  observeBreakerState?(endpoint: string, state: 'closed' | 'open' | 'half-open'): void;
}

export const noopModelMetrics: ModelMetrics = {
  observeRequest: () => {},
  observeUsage: () => {},
};
