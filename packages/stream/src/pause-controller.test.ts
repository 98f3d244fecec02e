import { afterEach, describe, expect, it, vi } from 'vitest';
import { PauseController } from './pause-controller';

function controller() {
  const calls: string[] = [];
  const observed: string[] = [];
  const pauses = new PauseController(
    { pause: (topic, ps) => calls.push(`pause ${topic} ${ps.join(',')}`), resume: (topic, ps) => calls.push(`resume ${topic} ${ps.join(',')}`) },
    { paused: (t, p, reason) => observed.push(`+${t}${p} ${reason}`), resumed: (t, p, reason) => observed.push(`-${t}${p} ${reason}`) },
  );
  return { pauses, calls, observed };
}

afterEach(() => vi.useRealTimers());

describe('PauseController', () => {
  it('resumes a partition only when no reason holds it any more', () => {
    const { pauses, calls } = controller();
    pauses.pause('t', [0, 1], 'in-flight');
    pauses.pause('t', [1], 'dependency');
    pauses.resume('t', [0, 1], 'in-flight');
    expect(calls).toEqual(['pause t 0,1', 'resume t 0']);
    pauses.resume('t', [1], 'dependency');
    expect(calls.at(-1)).toBe('resume t 1');
  });

  it('keeps the same partition number of two topics apart', () => {
    const { pauses, calls } = controller();
    pauses.pause('a', [0], 'in-flight');
    pauses.pause('b', [0], 'in-flight');
    pauses.resume('a', [0], 'in-flight');
    expect(calls).toEqual(['pause a 0', 'pause b 0', 'resume a 0']);
    expect(pauses.pausedPartitions('in-flight')).toEqual([{ topic: 'b', partition: 0 }]);
    expect(pauses.pausedBy('a', 0, 'in-flight')).toBe(false);
  });

  it('pauseFor resumes after the longest pending pause', () => {
    vi.useFakeTimers();
    const { pauses, calls, observed } = controller();
    pauses.pauseFor('t', [2], 100);
    pauses.pauseFor('t', [2], 500);
    vi.advanceTimersByTime(150);
    expect(calls).toEqual(['pause t 2']);
    vi.advanceTimersByTime(400);
    expect(calls).toEqual(['pause t 2', 'resume t 2']);
    expect(observed).toEqual(['+t2 dependency', '-t2 dependency']);
  });

  it('a short outage pause ends on time while a longer dependency pause of the same partition holds it', () => {
    vi.useFakeTimers();
    const { pauses, calls, observed } = controller();
    pauses.pauseFor('t', [3], 500, 'dependency');
    pauses.pauseFor('t', [3], 100, 'outage');
    vi.advanceTimersByTime(150);
    expect(pauses.pausedBy('t', 3, 'outage')).toBe(false);
    vi.advanceTimersByTime(400);
    expect(calls).toEqual(['pause t 3', 'resume t 3']);
    expect(observed).toEqual(['+t3 dependency', '+t3 outage', '-t3 outage', '-t3 dependency']);
  });
});
