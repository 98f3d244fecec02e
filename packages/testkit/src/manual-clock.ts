import type { Clock } from '@sluice/resilience';

// A test double of the resilience Clock: it lives here, never in a package's production exports.

/** A clock whose sleeps return at once and move time forward; `sleeps` records what was asked. */
export interface ManualClock extends Clock {
  readonly sleeps: number[];
  advance(ms: number): void;
}

export function manualClock(start = 1_700_000_000_000): ManualClock {
  let now = start;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => now,
    advance: (ms) => {
      now += ms;
    },
    sleep: (ms) => {
      sleeps.push(ms);
      now += ms;
      return Promise.resolve();
    },
  };
}
