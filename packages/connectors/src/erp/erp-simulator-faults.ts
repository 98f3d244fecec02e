import { z } from 'zod';

/** What the simulator does wrong, on purpose; changeable while it runs (`PUT /_simulator/faults`). */
export const erpSimulatorFaultsSchema = z.strictObject({
  /** Added before every answer. */
  latencyMs: z.number().int().nonnegative(),
  /** Share of requests answered 503 (seeded, so a run repeats). */
  errorRate: z.number().min(0).max(1),
  /** Requests per one-second window before 429s; null = no limit. */
  rateLimitPerSecond: z.number().int().positive().nullable(),
  /** Retry-After sent with every 429 and with outage 503s. */
  retryAfterSeconds: z.number().int().nonnegative(),
  /** Every request, health included, answers 503. */
  outage: z.boolean(),
  /** The next N requests answer 429: a deterministic rate-limit drill. */
  throttleNext: z.number().int().nonnegative(),
});
export type ErpSimulatorFaults = z.infer<typeof erpSimulatorFaultsSchema>;

export const noFaults = {
  latencyMs: 0,
  errorRate: 0,
  rateLimitPerSecond: null,
  retryAfterSeconds: 1,
  outage: false,
  throttleNext: 0,
} satisfies ErpSimulatorFaults;

export type FaultOutcome = 'none' | 'error' | 'rate-limited' | 'outage';

/** Decides each request's fault from the current settings; `now` and `random` are injected for tests. */
export class FaultPlan {
  private windowStart = 0;
  private windowCount = 0;

  constructor(
    public settings: ErpSimulatorFaults,
    private readonly random: () => number,
    private readonly now: () => number,
  ) {}

  update(partial: Partial<ErpSimulatorFaults>): ErpSimulatorFaults {
    this.settings = erpSimulatorFaultsSchema.parse({ ...this.settings, ...partial });
    return this.settings;
  }

  next(): FaultOutcome {
    if (this.settings.outage) return 'outage';
    if (this.settings.throttleNext > 0) {
      this.settings = { ...this.settings, throttleNext: this.settings.throttleNext - 1 };
      return 'rate-limited';
    }
    if (this.settings.rateLimitPerSecond !== null) {
      const now = this.now();
      if (now - this.windowStart >= 1000) {
        this.windowStart = now;
        this.windowCount = 0;
      }
      this.windowCount += 1;
      if (this.windowCount > this.settings.rateLimitPerSecond) return 'rate-limited';
    }
    return this.settings.errorRate > 0 && this.random() < this.settings.errorRate ? 'error' : 'none';
  }
}
