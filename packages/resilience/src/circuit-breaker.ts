import { SluiceError } from '@sluice/errors';
import type { Clock } from './clock';

export type CircuitState = 'closed' | 'open' | 'half-open';

export interface CircuitBreakerOptions {
  /** Number of most recent calls the failure rate is computed over. */
  windowSize: number;
  /** No decision before this many calls are in the window (a single failure must not trip it). */
  minimumCalls: number;
  /** 0..1; the circuit opens when failures / calls in the window reach it. */
  failureRateThreshold: number;
  /** How long the circuit stays open before letting one probe through. */
  openMs: number;
}

export const defaultCircuitBreakerOptions = {
  windowSize: 20,
  minimumCalls: 10,
  failureRateThreshold: 0.5,
  openMs: 30_000,
} satisfies CircuitBreakerOptions;

/**
 * Count-based sliding-window breaker (the Resilience4j model): closed → open when the failure rate
 * over the last `windowSize` calls reaches the threshold; open → half-open after `openMs`, where
 * exactly one probe is let through; the probe's outcome closes or re-opens the circuit.
 */
export class CircuitBreaker {
  private outcomes: boolean[] = []; // true = failure
  private current: CircuitState = 'closed';
  private openedAt = 0;
  private probeInFlight = false;

  constructor(
    readonly name: string,
    private readonly options: CircuitBreakerOptions,
    private readonly clock: Clock,
    private readonly onStateChange: (state: CircuitState) => void = () => {},
  ) {}

  get state(): CircuitState {
    if (this.current === 'open' && this.clock.now() - this.openedAt >= this.options.openMs) {
      this.transition('half-open');
    }
    return this.current;
  }

  /** Call before each attempt; throws CIRCUIT_OPEN (retryable) when the call must not go out. */
  acquire(): void {
    const state = this.state;
    if (state === 'closed') return;
    if (state === 'half-open' && !this.probeInFlight) {
      this.probeInFlight = true;
      return;
    }
    const remaining = state === 'open' ? this.openedAt + this.options.openMs - this.clock.now() : this.options.openMs;
    throw new SluiceError('CIRCUIT_OPEN', `circuit for ${this.name} is ${state}`, {
      retryAfterMs: Math.max(0, remaining),
      details: { endpoint: this.name, state },
    });
  }

  onSuccess(): void {
    if (this.current === 'half-open') {
      this.probeInFlight = false;
      this.outcomes = [];
      this.transition('closed');
      return;
    }
    this.record(false);
  }

  /** The call was abandoned by its caller: no verdict on the endpoint, but a probe slot is freed. */
  onAbandoned(): void {
    this.probeInFlight = false;
  }

  onFailure(): void {
    if (this.current === 'half-open') {
      this.probeInFlight = false;
      this.open();
      return;
    }
    this.record(true);
  }

  private record(failed: boolean): void {
    this.outcomes.push(failed);
    if (this.outcomes.length > this.options.windowSize) this.outcomes.shift();
    if (this.outcomes.length < this.options.minimumCalls) return;
    const failures = this.outcomes.filter(Boolean).length;
    if (failures / this.outcomes.length >= this.options.failureRateThreshold) this.open();
  }

  private open(): void {
    this.openedAt = this.clock.now();
    this.outcomes = [];
    this.transition('open');
  }

  private transition(state: CircuitState): void {
    if (state === this.current) return;
    this.current = state;
    this.onStateChange(state);
  }
}
