import type { Logger } from 'pino';
import type { PartitionLag } from './consumer-lag';
import { topicPartitionKey } from './partition-output';

/** Lag of one partition of one (physical) input topic. */
export type TopicPartitionLag = PartitionLag & { topic: string };

/**
 * Samples the service's own consumer lag, every input topic, on a timer: exported as a gauge per
 * topic-partition and read by the batcher (bigger batches while lagging). A failed sample keeps the last values and marks the
 * monitor stale, which /readyz reports (the admin API is a dependency).
 */
export class LagMonitor {
  private readonly lags = new Map<string, number>();
  private timer: NodeJS.Timeout | undefined;
  private lastSuccessAt = 0;
  private sampling: Promise<void> | undefined;

  constructor(
    private readonly read: () => Promise<TopicPartitionLag[]>,
    private readonly intervalMs: number,
    private readonly onSample: (lags: TopicPartitionLag[]) => void,
    private readonly logger: Logger,
  ) {}

  start(): void {
    void this.sample();
    this.timer = setInterval(() => void this.sample(), this.intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.sampling;
  }

  /** One sample now; concurrent calls share it. */
  sample(): Promise<void> {
    this.sampling ??= this.read()
      .then((lags) => {
        this.lags.clear();
        for (const entry of lags) this.lags.set(topicPartitionKey(entry.topic, entry.partition), entry.lag);
        this.lastSuccessAt = Date.now();
        this.onSample(lags);
      })
      .catch((error: unknown) => this.logger.warn({ err: error }, 'consumer lag sample failed'))
      .finally(() => (this.sampling = undefined));
    return this.sampling;
  }

  lagOf(topic: string, partition: number): number {
    return this.lags.get(topicPartitionKey(topic, partition)) ?? 0;
  }

  total(): number {
    let sum = 0;
    for (const lag of this.lags.values()) sum += lag;
    return sum;
  }

  /** True when a sample succeeded within the last three intervals. */
  fresh(now = Date.now()): boolean {
    return now - this.lastSuccessAt <= 3 * this.intervalMs;
  }
}
