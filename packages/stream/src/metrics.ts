import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { PauseReason } from './pause-controller';

/** The runtime's Prometheus metrics, in a registry of the service's own (tests run several in one process). */
export class StreamMetrics {
  readonly recordsIn: Counter<'topic'>;
  readonly recordsOut: Counter<'topic'>;
  readonly batchSize: Histogram;
  readonly handlerSeconds: Histogram;
  readonly endToEndSeconds: Histogram;
  readonly consumerLag: Gauge<'topic' | 'partition'>;
  readonly partitionPaused: Gauge<'topic' | 'partition' | 'reason'>;
  readonly pauses: Counter<'reason'>;
  readonly resumes: Counter<'reason'>;
  readonly rebalances: Counter;
  readonly deadLettered: Counter<'code'>;
  readonly retries: Counter<'code'>;
  readonly transactionAborts: Counter<'reason'>;
  readonly transactionSeconds: Histogram;
  readonly inFlightRecords: Gauge;
  readonly inFlightBytes: Gauge;
  readonly outagePauses: Counter<'topic' | 'code'>;
  readonly outageActive: Gauge<'topic' | 'partition' | 'code'>;
  readonly outageSeconds: Histogram<'topic'>;

  constructor(
    readonly registry: Registry,
    service: string,
  ) {
    registry.setDefaultLabels({ service });
    const registers = [registry];
    this.recordsIn = new Counter({ name: 'sluice_stream_records_in_total', help: 'Records consumed', labelNames: ['topic'], registers });
    this.recordsOut = new Counter({ name: 'sluice_stream_records_out_total', help: 'Records produced in committed transactions', labelNames: ['topic'], registers });
    this.batchSize = new Histogram({ name: 'sluice_stream_batch_size', help: 'Records per handler batch', buckets: [1, 10, 50, 100, 250, 500, 1000, 2500, 5000], registers });
    this.handlerSeconds = new Histogram({ name: 'sluice_stream_handler_duration_seconds', help: 'Handler time per batch', buckets: [0.001, 0.005, 0.02, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30], registers });
    this.endToEndSeconds = new Histogram({ name: 'sluice_stream_end_to_end_latency_seconds', help: 'Ingest to committed output', buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300], registers });
    this.consumerLag = new Gauge({ name: 'sluice_stream_consumer_lag', help: 'Log-end minus committed offset', labelNames: ['topic', 'partition'], registers });
    this.partitionPaused = new Gauge({ name: 'sluice_stream_partition_paused', help: '1 while fetching of the partition is paused, by reason', labelNames: ['topic', 'partition', 'reason'], registers });
    this.pauses = new Counter({ name: 'sluice_stream_pauses_total', help: 'Partition pauses', labelNames: ['reason'], registers });
    this.resumes = new Counter({ name: 'sluice_stream_resumes_total', help: 'Partition resumes', labelNames: ['reason'], registers });
    this.rebalances = new Counter({ name: 'sluice_stream_rebalances_total', help: 'Consumer group joins (each rebalance ends in one)', registers });
    this.deadLettered = new Counter({ name: 'sluice_stream_dead_lettered_total', help: 'Records sent to the dead-letter topic', labelNames: ['code'], registers });
    this.retries = new Counter({ name: 'sluice_stream_retries_total', help: 'Batch retries after a retryable error', labelNames: ['code'], registers });
    this.transactionAborts = new Counter({ name: 'sluice_stream_transaction_aborts_total', help: 'Aborted transactions', labelNames: ['reason'], registers });
    this.transactionSeconds = new Histogram({ name: 'sluice_stream_transaction_duration_seconds', help: 'Produce + offsets + commit per batch', buckets: [0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1, 5], registers });
    this.inFlightRecords = new Gauge({ name: 'sluice_stream_in_flight_records', help: 'Records held by the runtime', registers });
    this.inFlightBytes = new Gauge({ name: 'sluice_stream_in_flight_bytes', help: 'Key + value bytes held by the runtime', registers });
    this.outagePauses = new Counter({ name: 'sluice_stream_outage_pauses_total', help: 'Partition pauses after a dependency failure outlasted the retry budget (records kept, not dead-lettered)', labelNames: ['topic', 'code'], registers });
    this.outageActive = new Gauge({ name: 'sluice_stream_outage_active', help: '1 from the first outage pause of a partition until its next committed batch, by error code', labelNames: ['topic', 'partition', 'code'], registers });
    this.outageSeconds = new Histogram({ name: 'sluice_stream_outage_duration_seconds', help: 'First outage pause to the next committed batch, per partition', labelNames: ['topic'], buckets: [1, 5, 15, 30, 60, 120, 300, 900, 3600], registers });
  }

  /** `topic`: the logical input topic (as in records_in and consumer_lag). */
  paused(topic: string, partition: number, reason: PauseReason): void {
    this.pauses.inc({ reason });
    this.partitionPaused.set({ topic, partition: String(partition), reason }, 1);
  }

  resumed(topic: string, partition: number, reason: PauseReason): void {
    this.resumes.inc({ reason });
    this.partitionPaused.set({ topic, partition: String(partition), reason }, 0);
  }
}
