import type { Registry } from 'prom-client';
import { noopModelMetrics, type ModelMetrics } from '@sluice/models';
import { promModelMetrics } from '@sluice/models/prom-metrics';

/**
 * The model set is built before the runtime exists, but the runtime owns the registry /metrics
 * serves (startService takes none). These metrics forward to prom metrics in that registry once
 * the first batch hands it over; calls before that (none in practice: models are called from
 * batches) are dropped.
 */
export function boundModelMetrics(): ModelMetrics & { bind(registry: Registry): void } {
  let target: ModelMetrics = noopModelMetrics;
  let bound: Registry | undefined;
  return {
    bind(registry) {
      if (bound === registry) return;
      bound = registry;
      target = promModelMetrics(registry);
    },
    observeRequest: (labels, outcome, latencyMs) => target.observeRequest(labels, outcome, latencyMs),
    observeUsage: (labels, usage) => target.observeUsage(labels, usage),
    observeBreakerState: (endpoint, state) => target.observeBreakerState?.(endpoint, state),
  };
}
