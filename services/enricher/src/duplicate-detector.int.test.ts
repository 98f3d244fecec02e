import { describe, expect } from 'vitest';
import { pgTest as test, uniqueName } from '@sluice/testkit';
import type { DocumentFingerprint } from './document-fingerprint';
import { PgDuplicateDetector } from './duplicate-detector';

/** A unit vector leaning towards axis `axis` by `lean` (0: the axis itself). */
function vector(axis: number, lean = 0): number[] {
  const v = Array.from({ length: 512 }, () => 0);
  v[axis] = Math.cos(lean);
  v[(axis + 1) % 512] = Math.sin(lean);
  return v;
}

function print(documentId: string, overrides: Partial<DocumentFingerprint> = {}): DocumentFingerprint {
  return { documentId, tenant: 'demo', kind: 'invoice', duplicateKey: null, amountKey: 'EUR 10.00', embedding: { model: 'm', vector: vector(0) }, ...overrides };
}

describe('PgDuplicateDetector', () => {
  test('finds exact-key and near duplicates among earlier documents only, and answers a retry the same', async ({ pool }) => {
    const detector = new PgDuplicateDetector(pool, { scope: uniqueName('dup'), minScore: 0.85 });
    const first = await detector.detect([
      print('a', { duplicateKey: 'V-1|1|EUR 10.00' }),
      print('b', { duplicateKey: 'V-1|1|EUR 10.00', embedding: { model: 'm', vector: vector(7) } }),
      print('c', { embedding: { model: 'm', vector: vector(0, 0.3) } }), // cosine 0.955 with a
      print('d', { amountKey: 'EUR 99.00' }), // same text, another amount: another invoice
      print('e', { embedding: { model: 'm', vector: vector(100) } }),
      print('f', { amountKey: null }), // an invoice without an amount is compared with none
      print('g', { kind: 'email', amountKey: null, embedding: { model: 'm', vector: vector(300) } }),
      print('h', { kind: 'email', amountKey: null, embedding: { model: 'm', vector: vector(300, 0.1) } }),
    ]);
    expect(first.get('a')).toEqual({ duplicateOf: null, duplicateScore: null });
    expect(first.get('b')).toEqual({ duplicateOf: 'a', duplicateScore: 1 });
    expect(first.get('c')?.duplicateOf).toBe('a');
    expect(first.get('c')?.duplicateScore).toBeCloseTo(Math.cos(0.3), 4);
    expect(first.get('d')).toEqual({ duplicateOf: null, duplicateScore: null });
    expect(first.get('e')).toEqual({ duplicateOf: null, duplicateScore: null });
    expect(first.get('f')).toEqual({ duplicateOf: null, duplicateScore: null });
    expect(first.get('h')?.duplicateOf).toBe('g');

    // Re-delivered: the same answers, although every document now has later neighbours.
    const again = await detector.detect([print('a', { duplicateKey: 'V-1|1|EUR 10.00' }), print('c', { embedding: { model: 'm', vector: vector(0, 0.3) } })]);
    expect(again.get('a')).toEqual(first.get('a'));
    expect(again.get('c')).toEqual(first.get('c'));
  });

  test('lets exactly one of two copies handled at the same time by two instances be the original', async ({ pool }) => {
    const scope = uniqueName('dup');
    const [left, right] = [new PgDuplicateDetector(pool, { scope, minScore: 0.85 }), new PgDuplicateDetector(pool, { scope, minScore: 0.85 })];
    const pairs = Array.from({ length: 20 }, (_, i) => ({ key: `V-1|${i}|EUR 10.00`, axis: i * 10 }));
    const [l, r] = await Promise.all([
      left.detect(pairs.map(({ key, axis }, i) => print(`l${i}`, { duplicateKey: key, embedding: { model: 'm', vector: vector(axis) } }))),
      right.detect(pairs.map(({ key, axis }, i) => print(`r${i}`, { duplicateKey: key, embedding: { model: 'm', vector: vector(axis) } }))),
    ]);
    pairs.forEach((_, i) => {
      const marked = [l.get(`l${i}`)?.duplicateOf, r.get(`r${i}`)?.duplicateOf].filter((id) => id !== null);
      expect(marked).toHaveLength(1);
    });
  });
});
