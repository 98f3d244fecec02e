/** One reading of the pipeline's consumer lag (see pipeline-lag.ts). */
export interface LagSample {
  /** Records waiting, summed over the watched stages. */
  lag: number;
  /** Committed offsets summed over the same stages: its growth is the drain rate. */
  consumed: number;
  /** When it was read, ms since epoch. */
  at: number;
}

export interface LoadShedderOptions {
  budgetRecords: number;
  retryAfterMaxS: number;
  /** Weight of the newest drain-rate reading in the moving average (0..1]. */
  smoothing?: number;
}

export type ShedDecision = { shed: false } | { shed: true; retryAfterS: number; lag: number; drainRatePerS: number };

/**
 * Load shedding by consumer lag. While the last sampled lag is above the budget, new documents are
 * refused with a Retry-After that says when the excess should have drained at the observed rate:
 * ceil((lag − budget) / drain rate), between 1 s and `retryAfterMaxS` (a stalled pipeline, no drain
 * at all, gets the maximum). The decision follows every new sample, so the gateway accepts again by
 * itself once the stages have caught up. The drain rate is how fast the stages' committed offsets
 * advance (records/s), an exponential moving average over samples.
 */
export class LoadShedder {
  private last: LagSample | undefined;
  private drainRate = 0;
  private readonly smoothing: number;

  constructor(private readonly options: LoadShedderOptions) {
    this.smoothing = options.smoothing ?? 0.5;
  }

  observe(sample: LagSample): void {
    const previous = this.last;
    if (previous && sample.at > previous.at) {
      const rate = Math.max(0, sample.consumed - previous.consumed) / ((sample.at - previous.at) / 1000);
      this.drainRate = this.drainRate === 0 && rate > 0 ? rate : this.smoothing * rate + (1 - this.smoothing) * this.drainRate;
    }
    this.last = sample;
  }

  get lag(): number {
    return this.last?.lag ?? 0;
  }

  get drainRatePerS(): number {
    return this.drainRate;
  }

  decide(): ShedDecision {
    const lag = this.lag;
    if (lag <= this.options.budgetRecords) return { shed: false };
    const excess = lag - this.options.budgetRecords;
    const seconds = this.drainRate > 0 ? Math.ceil(excess / this.drainRate) : this.options.retryAfterMaxS;
    return { shed: true, retryAfterS: Math.min(this.options.retryAfterMaxS, Math.max(1, seconds)), lag, drainRatePerS: this.drainRate };
  }
}
