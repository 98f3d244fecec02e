import { describe, expect, it } from 'vitest';
import { pipelineSample, pipelineTotals } from './pipeline-metrics';

const extractor = (records: number, handlerSum: number, calls: number) => `
# TYPE sluice_stream_records_in_total counter
sluice_stream_records_in_total{service="extractor",topic="documents.ingested.v1"} ${records}
# TYPE sluice_stream_records_out_total counter
sluice_stream_records_out_total{service="extractor",topic="documents.extracted.v1"} ${records}
sluice_stream_records_out_total{service="extractor",topic="audit.events.v1"} ${records * 2}
# TYPE sluice_stream_consumer_lag gauge
sluice_stream_consumer_lag{topic="documents.ingested.v1",partition="0"} 7
sluice_stream_consumer_lag{topic="documents.ingested.v1",partition="1"} 3
# TYPE sluice_stream_handler_duration_seconds histogram
sluice_stream_handler_duration_seconds_bucket{le="+Inf"} ${calls}
sluice_stream_handler_duration_seconds_sum ${handlerSum}
sluice_stream_handler_duration_seconds_count ${calls}
# TYPE sluice_model_cost_usd_total counter
sluice_model_cost_usd_total{provider="local",model="m",task="extraction"} 0.5
`;
const validator = `
# TYPE sluice_validator_outcomes_total counter
sluice_validator_outcomes_total{outcome="ACCEPTED",actor="POLICY"} 6
sluice_validator_outcomes_total{outcome="REJECTED",actor="POLICY"} 2
sluice_validator_outcomes_total{outcome="REVIEW",actor="POLICY"} 2
sluice_validator_outcomes_total{outcome="ACCEPTED",actor="HUMAN"} 1
# TYPE sluice_stream_dead_lettered_total counter
sluice_stream_dead_lettered_total{code="INVALID_INPUT"} 4
`;

describe('pipeline metrics', () => {
  it('turns two scrapes into throughput, lag, latency, dead letters, review rate and cost per document', () => {
    const first = pipelineTotals(0, { extractor: extractor(10, 1, 2), validator });
    const second = pipelineTotals(2_000, { extractor: extractor(30, 2, 4), validator, auditor: null });
    const sample = pipelineSample(first, second);
    expect(sample.stages.extractor).toEqual({ throughput: 10, lag: 10, latencyMs: 500, deadLettered: 0 });
    expect(sample.stages.validator?.deadLettered).toBe(4);
    expect(sample.stages.auditor).toBeNull();
    expect(sample.reviewRate).toBeCloseTo(0.2);
    expect(sample.costPerDocumentUsd).toBeCloseTo(0.5 / 30);
  });

  it('has no rates on the first scrape', () => {
    const sample = pipelineSample(undefined, pipelineTotals(0, { extractor: extractor(10, 1, 2) }));
    expect(sample.stages.extractor).toMatchObject({ throughput: 0, latencyMs: null, lag: 10 });
    expect(sample.reviewRate).toBeNull();
  });
});
