import { describe, expect, it } from 'vitest';
import { SluiceError } from '@sluice/errors';
import { CircuitBreaker } from './circuit-breaker';
import { manualClock } from '@sluice/testkit/manual-clock';

const options = { windowSize: 10, minimumCalls: 4, failureRateThreshold: 0.5, openMs: 1_000 };

describe('CircuitBreaker', () => {
  it('stays closed below the minimum number of calls, then opens on the failure rate', () => {
    const breaker = new CircuitBreaker('ep', options, manualClock());
    for (let i = 0; i < 3; i += 1) breaker.onFailure();
    expect(breaker.state).toBe('closed');
    breaker.onSuccess();
    expect(breaker.state).toBe('open'); // minimum reached: 3 of 4 failed
    const fresh = new CircuitBreaker('ep', options, manualClock());
    for (let i = 0; i < 3; i += 1) fresh.onSuccess();
    fresh.onFailure();
    expect(fresh.state).toBe('closed'); // 1 of 4: below the threshold
    fresh.onFailure();
    expect(fresh.state).toBe('closed'); // 2 of 5
    fresh.onFailure();
    expect(fresh.state).toBe('open'); // 3 of 6
  });

  it('rejects calls while open with a retryable CIRCUIT_OPEN carrying the remaining delay', () => {
    const clock = manualClock();
    const breaker = new CircuitBreaker('ep', options, clock);
    for (let i = 0; i < 4; i += 1) breaker.onFailure();
    clock.advance(400);
    let error: unknown;
    try {
      breaker.acquire();
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(SluiceError);
    expect((error as SluiceError).code).toBe('CIRCUIT_OPEN');
    expect((error as SluiceError).retryable).toBe(true);
    expect((error as SluiceError).retryAfterMs).toBe(600);
  });

  it('half-opens after its delay, lets one probe through, and closes or re-opens on its outcome', () => {
    const clock = manualClock();
    const states: string[] = [];
    const breaker = new CircuitBreaker('ep', options, clock, (state) => states.push(state));
    for (let i = 0; i < 4; i += 1) breaker.onFailure();
    clock.advance(1_000);
    expect(breaker.state).toBe('half-open');
    breaker.acquire(); // the probe
    expect(() => breaker.acquire()).toThrow(/half-open/);
    breaker.onFailure();
    expect(breaker.state).toBe('open');
    clock.advance(1_000);
    breaker.acquire();
    breaker.onSuccess();
    expect(breaker.state).toBe('closed');
    expect(() => breaker.acquire()).not.toThrow();
    expect(states).toEqual(['open', 'half-open', 'open', 'half-open', 'closed']);
  });
});
