import type { ErrorCode } from '@sluice/errors';

export type ModelTask = 'embedding' | 'extraction' | 'classification';

export interface ModelCallLabels {
  provider: string;
  model: string;
  task: ModelTask;
}

/**
 * What the adapter layer reports per provider and model. Structural on purpose: prom-client is one
 * implementation (`@sluice/models/prom-metrics`), tests use `recordingModelMetrics`.
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

export interface RecordedRequest extends ModelCallLabels {
  outcome: 'ok' | ErrorCode;
  latencyMs: number;
}

/** Keeps every observation in memory; for tests and for the simulator's own figures. */
export function recordingModelMetrics() {
  const requests: RecordedRequest[] = [];
  const usage: Array<ModelCallLabels & { inputTokens: number; outputTokens: number; costUsd: number }> = [];
  const breakerStates: Array<{ endpoint: string; state: string }> = [];
  const metrics: ModelMetrics = {
    observeRequest: (labels, outcome, latencyMs) => requests.push({ ...labels, outcome, latencyMs }),
    observeUsage: (labels, observed) => usage.push({ ...labels, ...observed }),
    observeBreakerState: (endpoint, state) => breakerStates.push({ endpoint, state }),
  };
  return { metrics, requests, usage, breakerStates };
}
