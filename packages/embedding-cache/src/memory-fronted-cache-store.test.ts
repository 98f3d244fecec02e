import { describe, expect, it } from 'vitest';
import { MemoryEmbeddingCacheStore } from '@sluice/testkit/embedding-doubles';
import { MemoryFrontedCacheStore } from './memory-fronted-cache-store';

describe('MemoryFrontedCacheStore', () => {
  it('answers repeated lookups from memory and asks the backing store only for the rest', async () => {
    const backing = new MemoryEmbeddingCacheStore();
    await backing.store('m', 2, [{ hash: 'a', vector: [0.5, 0.25] }]);
    const store = new MemoryFrontedCacheStore(backing, { maxEntries: 10 });
    expect(await store.lookup('m', ['a', 'b'])).toEqual(new Map([['a', [0.5, 0.25]]]));
    expect(backing.calls.lookup).toBe(1);
    expect(await store.lookup('m', ['a'])).toEqual(new Map([['a', [0.5, 0.25]]]));
    expect(backing.calls.lookup).toBe(1);
    await store.store('m', 2, [{ hash: 'b', vector: [1, 0] }]);
    expect(await store.lookup('m', ['a', 'b'])).toEqual(new Map([['a', [0.5, 0.25]], ['b', [1, 0]]]));
    expect(backing.calls).toEqual({ lookup: 1, store: 2 });
    // Another model never reads these vectors.
    expect((await store.lookup('other', ['a'])).size).toBe(0);
  });

  it('holds at most maxEntries vectors', async () => {
    const store = new MemoryFrontedCacheStore(new MemoryEmbeddingCacheStore(), { maxEntries: 2 });
    await store.store('m', 1, [{ hash: 'a', vector: [1] }, { hash: 'b', vector: [2] }, { hash: 'c', vector: [3] }]);
    expect(store.size).toBe(2);
  });
});
