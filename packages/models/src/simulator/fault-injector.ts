export type FaultKind = 'none' | 'error' | 'rate-limit' | 'hang';

export interface FaultRates {
  /** 0..1: share of requests answered 500. */
  errorRate: number;
  /** 0..1: share answered 429 with Retry-After. */
  rateLimitRate: number;
  /** 0..1: share that never get an answer (client timeouts). */
  hangRate: number;
}

/** mulberry32: a seeded generator, so a fault drill with the same seed fails the same requests. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Decides each request's fate: scripted faults first (tests queue exact sequences), then the
 * configured rates drawn from a seeded generator (drills and benchmarks).
 */
export class FaultInjector {
  private readonly script: FaultKind[] = [];

  constructor(
    public rates: FaultRates,
    private readonly random: () => number,
  ) {}

  /** The next requests get exactly these fates, in order. */
  queue(...faults: FaultKind[]): void {
    this.script.push(...faults);
  }

  next(): FaultKind {
    const scripted = this.script.shift();
    if (scripted) return scripted;
    const draw = this.random();
    if (draw < this.rates.hangRate) return 'hang';
    if (draw < this.rates.hangRate + this.rates.rateLimitRate) return 'rate-limit';
    if (draw < this.rates.hangRate + this.rates.rateLimitRate + this.rates.errorRate) return 'error';
    return 'none';
  }
}
