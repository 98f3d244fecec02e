import { afterEach, describe, expect, it, vi } from 'vitest';
import { PauseController } from './pause-controller';

function controller() {
  const calls: string[] = [];
  const observed: string[] = [];
  const pauses = new PauseController(
    't',
    { pause: (topic, ps) => calls.push(`pause ${topic} ${ps.join(',')}`), resume: (topic, ps) => calls.push(`resume ${topic} ${ps.join(',')}`) },
    { paused: (p, reason) => observed.push(`+${p} ${reason}`), resumed: (p, reason) => observed.push(`-${p} ${reason}`) },
  );
  return { pauses, calls, observed };
}

afterEach(() => vi.useRealTimers());

describe('PauseController', () => {
  it('resumes a partition only when no reason holds it any more', () => {
    const { pauses, calls } = controller();
    pauses.pause([0, 1], 'in-flight');
    pauses.pause([1], 'dependency');
    pauses.resume([0, 1], 'in-flight');
    expect(calls).toEqual(['pause t 0,1', 'resume t 0']);
    pauses.resume([1], 'dependency');
    expect(calls.at(-1)).toBe('resume t 1');
  });

  it('pauseFor resumes after the longest pending pause', () => {
    vi.useFakeTimers();
    const { pauses, calls, observed } = controller();
    pauses.pauseFor([2], 100);
    pauses.pauseFor([2], 500);
    vi.advanceTimersByTime(150);
    expect(calls).toEqual(['pause t 2']);
    vi.advanceTimersByTime(400);
    expect(calls).toEqual(['pause t 2', 'resume t 2']);
    expect(observed).toEqual(['+2 dependency', '-2 dependency']);
  });
});
