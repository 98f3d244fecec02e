import { describe, expect } from 'vitest';
import type { DocumentEmbedded } from '@sluice/contracts';
import { generateDocuments } from '@sluice/samples';
import { pgTest as test, uniqueName } from '@sluice/testkit';
import { fingerprintOf, type DocumentFingerprint } from './document-fingerprint';
import { PgDuplicateDetector } from './duplicate-detector';

const invoices = generateDocuments({ seed: 11, count: 200, split: 'dev', duplicateRate: 0 }).filter((d) => d.document.kind === 'invoice');
// Two distinct invoices of one layout and vendor: the hard case for any text similarity.
const [original, sameLayout] = (() => {
  for (const a of invoices) {
    const b = invoices.find((x) => x !== a && x.truth.template === a.truth.template && x.truth.expected.vendorId === a.truth.expected.vendorId);
    if (b) return [a.document.text, b.document.text];
  }
  throw new Error('no two invoices of one layout and vendor');
})();
const invoiceText = (n: number) => invoices[n]!.document.text;

function print(documentId: string, text: string, overrides: Partial<DocumentFingerprint> = {}): DocumentFingerprint {
  const record: DocumentEmbedded = { documentId, tenant: 'demo', kind: 'invoice', receivedAt: 0, embeddedAt: 0, fields: [], embeddings: [], text };
  return { ...fingerprintOf(record, 'invoice', undefined), amountKey: 'EUR 10.00', ...overrides };
}

describe('PgDuplicateDetector', () => {
  test('finds exact-key and near duplicates among earlier documents only, and answers a retry the same', async ({ pool }) => {
    const detector = new PgDuplicateDetector(pool, { scope: uniqueName('dup'), minScore: 0.7 });
    const a = original;
    const first = await detector.detect([
      print('a', a, { duplicateKey: 'V-1|1|EUR 10.00' }),
      print('b', invoiceText(40), { duplicateKey: 'V-1|1|EUR 10.00' }), // same key, other text
      print('c', `Fwd: please check\n\n${a}\n\n-- accounts`), // forwarded copy of a
      print('d', a, { amountKey: 'EUR 99.00' }), // same text, another amount: another invoice
      print('e', sameLayout), // same layout and vendor, another invoice
      print('f', a.replace(/o/g, '0').replace(/\n/g, ' ')), // a scanned print of a
      print('g', a, { kind: 'email', amountKey: null }),
      print('h', a, { kind: 'email', amountKey: null }),
      print('i', 'Thanks!', { amountKey: null }), // too short to compare
      print('j', 'Thanks!', { amountKey: null }),
    ]);
    expect(first.get('a')).toEqual({ duplicateOf: null, duplicateScore: null });
    expect(first.get('b')).toEqual({ duplicateOf: 'a', duplicateScore: 1 });
    expect(first.get('c')?.duplicateOf).toBe('a');
    expect(first.get('c')?.duplicateScore).toBeGreaterThan(0.9);
    expect(first.get('d')).toEqual({ duplicateOf: null, duplicateScore: null });
    expect(first.get('e')).toEqual({ duplicateOf: null, duplicateScore: null });
    expect(first.get('f')?.duplicateOf).toMatch(/^[ac]$/);
    expect(first.get('g')).toEqual({ duplicateOf: null, duplicateScore: null }); // kinds are compared apart
    expect(first.get('h')).toMatchObject({ duplicateOf: 'g' });
    expect(first.get('j')).toEqual({ duplicateOf: null, duplicateScore: null });

    // Re-delivered: the same answers, although every document now has later neighbours.
    const again = await detector.detect([print('a', a, { duplicateKey: 'V-1|1|EUR 10.00' }), print('c', `Fwd: please check\n\n${a}\n\n-- accounts`)]);
    expect(again.get('a')).toEqual(first.get('a'));
    expect(again.get('c')).toEqual(first.get('c'));
  });

  test('lets exactly one of two copies handled at the same time by two instances be the original', async ({ pool }) => {
    const scope = uniqueName('dup');
    const [left, right] = [new PgDuplicateDetector(pool, { scope, minScore: 0.7 }), new PgDuplicateDetector(pool, { scope, minScore: 0.7 })];
    const texts = Array.from({ length: 20 }, (_, i) => invoiceText(i));
    const [l, r] = await Promise.all([
      left.detect(texts.map((text, i) => print(`l${i}`, text, { amountKey: `EUR ${i}.00` }))),
      right.detect(texts.map((text, i) => print(`r${i}`, text, { amountKey: `EUR ${i}.00` }))),
    ]);
    texts.forEach((_, i) => {
      const marked = [l.get(`l${i}`)?.duplicateOf, r.get(`r${i}`)?.duplicateOf].filter((id) => id !== null);
      expect(marked).toHaveLength(1);
    });
  });
});
