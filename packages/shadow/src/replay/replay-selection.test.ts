import { describe, expect, it } from 'vitest';
import { offsetRanges, parseReplaySelection, timeRanges } from './replay-selection';

const NOW = Date.parse('2026-03-10T12:00:00Z');

describe('parseReplaySelection', () => {
  it('reads times: ISO with zone, dates (UTC), epoch, now and relative', () => {
    expect(parseReplaySelection('2026-03-01T10:00:00Z', '2026-03-01T11:30:00+01:00', NOW)).toEqual({
      kind: 'time',
      fromMs: Date.parse('2026-03-01T10:00:00Z'),
      toMs: Date.parse('2026-03-01T10:30:00Z'),
    });
    expect(parseReplaySelection('2026-03-01', '2026-03-02', NOW)).toEqual({ kind: 'time', fromMs: Date.parse('2026-03-01T00:00:00Z'), toMs: Date.parse('2026-03-02T00:00:00Z') });
    expect(parseReplaySelection('-2h', 'now', NOW)).toEqual({ kind: 'time', fromMs: NOW - 7_200_000, toMs: NOW });
    expect(parseReplaySelection('@1000', '@2000', NOW)).toEqual({ kind: 'time', fromMs: 1000, toMs: 2000 });
  });

  it('reads offsets: one for every partition, or partition:offset pairs', () => {
    expect(parseReplaySelection('10', '20', NOW)).toEqual({ kind: 'offsets', from: { every: 10n }, to: { every: 20n } });
    const pairs = parseReplaySelection('0:5,3:7', '0:9,3:8', NOW);
    expect(pairs).toMatchObject({ kind: 'offsets' });
    if (pairs.kind !== 'offsets' || !('partitions' in pairs.from)) throw new Error('expected pairs');
    expect([...pairs.from.partitions]).toEqual([
      [0, 5n],
      [3, 7n],
    ]);
  });

  it('names the option and the problem', () => {
    expect(() => parseReplaySelection('2026-03-01T10:00', 'now', NOW)).toThrow(/--from .*needs its zone/);
    expect(() => parseReplaySelection('yesterday', 'now', NOW)).toThrow(/--from "yesterday": expected a time/);
    expect(() => parseReplaySelection('now', '-1h', NOW)).toThrow(/--to .* must be after --from/);
    expect(() => parseReplaySelection('10', 'now', NOW)).toThrow(/both be times or both be offsets/);
    expect(() => parseReplaySelection('0:1', '1:5', NOW)).toThrow(/--from lists partitions 0 but --to lists 1/);
    expect(() => parseReplaySelection('0:1,0:2', '0:5', NOW)).toThrow(/partition 0 appears twice/);
  });
});

describe('offsetRanges', () => {
  const marks = [
    { partition: 0, low: 0n, high: 100n },
    { partition: 1, low: 40n, high: 60n },
    { partition: 2, low: 0n, high: 0n },
  ];

  it('clamps to what each partition holds and drops empty ranges; from included, to excluded', () => {
    expect(offsetRanges({ every: 10n }, { every: 50n }, marks)).toEqual([
      { partition: 0, start: 10n, end: 50n },
      { partition: 1, start: 40n, end: 50n },
    ]);
  });

  it('replays only the listed partitions, and refuses a partition the topic lacks', () => {
    expect(offsetRanges({ partitions: new Map([[1, 45n]]) }, { partitions: new Map([[1, 200n]]) }, marks)).toEqual([{ partition: 1, start: 45n, end: 60n }]);
    expect(() => offsetRanges({ partitions: new Map([[7, 0n]]) }, { every: 5n }, marks)).toThrow(/no partition 7/);
  });
});

describe('timeRanges', () => {
  it('spans from the first offset at/after from to the first at/after to, per partition', () => {
    expect(timeRanges(new Map([[0, 3n], [1, 9n]]), new Map([[0, 8n], [1, 9n]]))).toEqual([{ partition: 0, start: 3n, end: 8n }]);
  });
});
