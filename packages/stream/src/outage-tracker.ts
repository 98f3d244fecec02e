import type { SluiceError } from '@sluice/errors';

/** How long a partition waits after a dependency outage outlasted the retry budget. */
export interface OutagePauseOptions {
  /** First pause of an outage, ms; each further one doubles, with jitter. */
  minMs: number;
  /** Longest pause, ms: how late after the dependency's recovery the partition may resume. */
  maxMs: number;
}

export const defaultOutagePauseOptions = { minMs: 1000, maxMs: 30_000 } satisfies OutagePauseOptions;

export interface OutageState {
  /** When the first pause of this outage began, ms since epoch. */
  since: number;
  /** Pauses so far in this outage. */
  pauses: number;
  code: SluiceError['code'];
}

/**
 * Per topic-partition record of an ongoing dependency outage: the next pause (exponential backoff
 * with jitter from `minMs` to `maxMs`, never shorter than the dependency's Retry-After) and, on the
 * first committed batch after it, how long it lasted.
 */
export class OutageTracker {
  private readonly outages = new Map<string, OutageState>();

  constructor(
    private readonly options: OutagePauseOptions,
    private readonly now: () => number = Date.now,
    private readonly random: () => number = Math.random,
  ) {}

  /** Records one more outage pause of `topic`/`partition`; returns its length in ms and the outage so far. */
  pause(topic: string, partition: number, error: SluiceError): { pauseMs: number; outage: OutageState } {
    const key = `${topic}:${partition}`;
    const outage = this.outages.get(key) ?? { since: this.now(), pauses: 0, code: error.code };
    outage.pauses++;
    outage.code = error.code;
    this.outages.set(key, outage);
    const cap = Math.min(this.options.maxMs, this.options.minMs * 2 ** (outage.pauses - 1));
    const jittered = Math.round(cap / 2 + this.random() * (cap / 2));
    const pauseMs = Math.max(jittered, Math.min(error.retryAfterMs ?? 0, this.options.maxMs));
    return { pauseMs, outage };
  }

  /** Ends the outage of `topic`/`partition`, if one was going on: what it was and how long it lasted (ms). */
  recovered(topic: string, partition: number): (OutageState & { durationMs: number }) | undefined {
    const key = `${topic}:${partition}`;
    const outage = this.outages.get(key);
    if (!outage) return undefined;
    this.outages.delete(key);
    return { ...outage, durationMs: this.now() - outage.since };
  }

  /** Partitions in an outage now, for metrics and health. */
  active(): { topic: string; partition: number; outage: OutageState }[] {
    return [...this.outages].map(([key, outage]) => {
      const at = key.lastIndexOf(':');
      return { topic: key.slice(0, at), partition: Number(key.slice(at + 1)), outage };
    });
  }
}
