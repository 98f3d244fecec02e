import { Counter, Gauge, Histogram, type Registry } from 'prom-client';
import type { ModelMetrics } from './model-metrics';

const breakerStateValue = { closed: 0, 'half-open': 1, open: 2 } as const;

/** ModelMetrics on prom-client, registered in the registry the process exposes on /metrics. */
export function promModelMetrics(registry: Registry, prefix = 'sluice_model_'): ModelMetrics {
  const labelNames = ['provider', 'model', 'task'] as const;
  const requests = new Counter({
    name: `${prefix}requests_total`,
    help: 'Model call attempts by outcome (ok or error code)',
    labelNames: [...labelNames, 'outcome'],
    registers: [registry],
  });
  const errors = new Counter({
    name: `${prefix}errors_total`,
    help: 'Failed model call attempts by error class',
    labelNames: [...labelNames, 'code'],
    registers: [registry],
  });
  const latency = new Histogram({
    name: `${prefix}request_duration_seconds`,
    help: 'Model call attempt latency',
    labelNames,
    buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [registry],
  });
  const tokens = new Counter({
    name: `${prefix}tokens_total`,
    help: 'Tokens sent and received',
    labelNames: [...labelNames, 'direction'],
    registers: [registry],
  });
  const cost = new Counter({
    name: `${prefix}cost_usd_total`,
    help: 'Cost of model calls from the profile prices',
    labelNames,
    registers: [registry],
  });
  const breaker = new Gauge({
    name: `${prefix}circuit_state`,
    help: 'Circuit breaker state per endpoint: 0 closed, 1 half-open, 2 open',
    labelNames: ['endpoint'],
    registers: [registry],
  });
  return {
    observeRequest(labels, outcome, latencyMs) {
      requests.inc({ ...labels, outcome });
      if (outcome !== 'ok') errors.inc({ ...labels, code: outcome });
      latency.observe(labels, latencyMs / 1000);
    },
    observeUsage(labels, usage) {
      tokens.inc({ ...labels, direction: 'input' }, usage.inputTokens);
      tokens.inc({ ...labels, direction: 'output' }, usage.outputTokens);
      cost.inc(labels, usage.costUsd);
    },
    observeBreakerState(endpoint, state) {
      breaker.set({ endpoint }, breakerStateValue[state]);
    },
  };
}
