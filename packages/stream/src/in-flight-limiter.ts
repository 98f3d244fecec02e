/**
 * Bounds the records and bytes the runtime holds at once across the partitions it processes
 * concurrently. Acquisition never blocks: a partition that finds no room is paused (work waits in
 * Kafka, not in memory) and resumed when another partition releases. An idle limiter always admits
 * one batch, so a batch bigger than the bound still makes progress.
 */
export interface InFlightBounds {
  maxRecords: number;
  maxBytes: number;
}

export class InFlightLimiter {
  private records = 0;
  private bytes = 0;
  private readonly waiters = new Set<() => void>();

  constructor(
    private readonly bounds: InFlightBounds,
    private readonly onChange: (records: number, bytes: number) => void = () => {},
  ) {}

  tryAcquire(records: number, bytes: number): boolean {
    const idle = this.records === 0;
    if (!idle && (this.records + records > this.bounds.maxRecords || this.bytes + bytes > this.bounds.maxBytes)) return false;
    this.records += records;
    this.bytes += bytes;
    this.onChange(this.records, this.bytes);
    return true;
  }

  release(records: number, bytes: number): void {
    this.records = Math.max(0, this.records - records);
    this.bytes = Math.max(0, this.bytes - bytes);
    this.onChange(this.records, this.bytes);
    const waiters = [...this.waiters];
    this.waiters.clear();
    for (const waiter of waiters) waiter();
  }

  /** Calls `callback` once, at the next release. */
  onRelease(callback: () => void): void {
    this.waiters.add(callback);
  }

  get inFlight(): { records: number; bytes: number } {
    return { records: this.records, bytes: this.bytes };
  }
}
