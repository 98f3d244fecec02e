import { describe, expect, it } from 'vitest';
import { lshBandKeys, BANDS } from './lsh-bands';
import { estimateContainment, estimateJaccard, minHashSignature, SIGNATURE_LENGTH } from './min-hash-signature';

const range = (from: number, to: number) => new Set(Array.from({ length: to - from }, (_, i) => i * 7919 + from * 7919));

describe('MinHash', () => {
  it('estimates resemblance within a few hundredths', () => {
    // |A ∩ B| = 600, |A ∪ B| = 1000: J = 0.6
    const a = minHashSignature(range(0, 800))!;
    const b = minHashSignature(range(200, 1000))!;
    expect(a.values).toHaveLength(SIGNATURE_LENGTH);
    expect(estimateJaccard(a.values, b.values)).toBeGreaterThan(0.45);
    expect(estimateJaccard(a.values, b.values)).toBeLessThan(0.75);
    expect(estimateJaccard(a.values, a.values)).toBe(1);
    expect(estimateJaccard(a.values, minHashSignature(range(5000, 5800))!.values)).toBeLessThan(0.1);
  });

  it('is deterministic, so stored signatures compare with new ones', () => {
    expect(minHashSignature(range(0, 50))!.values).toEqual(minHashSignature(range(0, 50))!.values);
    expect(minHashSignature(new Set())).toBeNull();
  });

  it('derives containment: a set inside a larger one is contained in full', () => {
    expect(estimateContainment(0.7, 700, 1000)).toBeCloseTo(1, 5);
    expect(estimateContainment(0.5, 1000, 1000)).toBeCloseTo(2 / 3, 5);
    expect(estimateContainment(0, 10, 10)).toBe(0);
  });

  it('bands the signature: identical bands give identical keys, each band its own key space', () => {
    const a = minHashSignature(range(0, 300))!.values;
    const keys = lshBandKeys(a);
    expect(keys).toHaveLength(BANDS);
    expect(lshBandKeys(Int32Array.from(a))).toEqual(keys);
    const changed = Int32Array.from(a);
    changed[0] = changed[0]! + 1;
    const other = lshBandKeys(changed);
    expect(other.slice(1)).toEqual(keys.slice(1));
    expect(other[0]).not.toBe(keys[0]);
    keys.forEach((key, band) => expect(Math.floor(key / 2 ** 32)).toBe(band));
  });
});
