import { describe, expect, it } from 'vitest';
import { OutcomeTally } from './outcome-tally';

describe('OutcomeTally', () => {
  it('counts the first outcome per expected document and reports nearest-rank percentiles', () => {
    const tally = new OutcomeTally(new Set(['a', 'b', 'c', 'd']));
    tally.record('a', 'ACCEPTED', 1_000, 1_100);
    tally.record('b', 'REJECTED', 1_000, 1_300);
    tally.record('c', 'REVIEW', 1_000, 1_200);
    tally.record('c', 'ACCEPTED', 1_000, 5_000); // the human's decision later: still "review" here
    tally.record('zzz', 'ACCEPTED', 1_000, 1_050); // not ours
    expect(tally.done).toBe(false);
    tally.record('d', 'ACCEPTED', 1_000, 3_000);
    expect(tally.done).toBe(true);
    expect(tally.summary()).toEqual({
      expected: 4,
      done: 4,
      accepted: 2,
      rejected: 1,
      review: 1,
      throughputPerSecond: 2, // 4 documents from t=1.0 s to t=3.0 s
      p50LatencyMs: 200,
      p99LatencyMs: 2000,
    });
  });
});
