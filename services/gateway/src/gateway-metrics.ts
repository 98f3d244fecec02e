import { Counter, Gauge, Histogram, type Registry } from 'prom-client';

export type RequestOutcome = 'accepted' | 'shed' | 'rate-limited' | 'rejected' | 'failed' | 'ok';

/** The gateway's Prometheus metrics (dashboards: deploy/grafana; SLOs: deploy/slo). */
export function gatewayMetrics(registry: Registry) {
  return {
    requests: new Counter({
      name: 'sluice_gateway_requests_total',
      help: 'HTTP requests by route, outcome (accepted, shed, rate-limited, rejected, failed, ok) and status',
      labelNames: ['route', 'outcome', 'status'] as const,
      registers: [registry],
    }),
    documents: new Counter({
      name: 'sluice_gateway_documents_total',
      help: 'Documents in POST /v1/documents by tenant and outcome (accepted: acknowledged by the broker)',
      labelNames: ['tenant', 'outcome'] as const,
      registers: [registry],
    }),
    duration: new Histogram({
      name: 'sluice_gateway_request_duration_seconds',
      help: 'Time to answer, by route (accepted posts include the broker acknowledgement)',
      labelNames: ['route'] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers: [registry],
    }),
    pipelineLag: new Gauge({
      name: 'sluice_gateway_pipeline_lag_records',
      help: 'Last sampled consumer lag of the shed stages (records)',
      registers: [registry],
    }),
    drainRate: new Gauge({
      name: 'sluice_gateway_drain_rate_records_per_second',
      help: 'How fast the shed stages commit offsets (moving average)',
      registers: [registry],
    }),
    shedding: new Gauge({
      name: 'sluice_gateway_shedding',
      help: '1 while new documents are answered 429 because the pipeline lag is above its budget',
      registers: [registry],
    }),
  };
}

export type GatewayMetrics = ReturnType<typeof gatewayMetrics>;
