import { describe, expect, it } from 'vitest';
import type { EmbeddingModel } from '@sluice/models';
import { countingEmbeddingModel, MemoryEmbeddingCacheStore, namedHashedModel } from '@sluice/testkit/embedding-doubles';
import { withEmbeddingCache } from './cached-embedding-model';
import { createEmbeddingCacheTotals } from './embedding-cache-metrics';

function setup(inner: EmbeddingModel = namedHashedModel('unit', 8), failOpen = false) {
  const model = countingEmbeddingModel(inner);
  const store = new MemoryEmbeddingCacheStore();
  const metrics = createEmbeddingCacheTotals();
  const cached = withEmbeddingCache(model, { store, metrics, failOpen });
  return { model, store, metrics, cached };
}

describe('withEmbeddingCache', () => {
  it('passes the personal-data marks of the misses only, aligned with the texts that reach the model', async () => {
    const seen: Array<{ texts: string[]; personalData: unknown }> = [];
    const inner = namedHashedModel('unit', 8);
    const recording: EmbeddingModel = { ...inner, embed: (texts, options) => (seen.push({ texts, personalData: options?.personalData }), inner.embed(texts, options)) };
    const { cached } = setup(recording);
    await cached.embed(['chunk a', 'aiko tanaka']);
    await cached.embed(['chunk a', 'chunk b', 'jan de vries', 'aiko tanaka'], { personalData: [undefined, undefined, 'PERSON', 'PERSON'] });
    expect(seen[1]).toEqual({ texts: ['chunk b', 'jan de vries'], personalData: [undefined, 'PERSON'] });
  });

  it("passes the misses' egress records on for the audit trail; a batch of hits called nothing and has none", async () => {
    const inner = namedHashedModel('unit', 8);
    const record = { callId: 'c1', endpoint: 'remote', task: 'embedding' as const, policy: 'redact' as const, consentReference: null, outcome: 'sent' as const, reason: null, redactions: { PERSON: 1 } };
    const withEgress: EmbeddingModel = { ...inner, embed: async (texts, options) => ({ ...(await inner.embed(texts, options)), egress: [record] }) };
    const { cached } = setup(withEgress);
    expect((await cached.embed(['aiko tanaka'])).egress).toEqual([record]);
    expect((await cached.embed(['aiko tanaka'])).egress).toBeUndefined();
  });

  it('embeds duplicates inside a batch once and returns a vector per input, in order', async () => {
    const { model, cached } = setup();
    const result = await cached.embed(['a', 'b', 'a', 'c', 'b']);
    expect(model.counts).toEqual({ calls: 1, texts: 3 });
    expect(result.value).toHaveLength(5);
    expect(result.value[2]).toEqual(result.value[0]);
    expect(result.value[4]).toEqual(result.value[1]);
    expect(result.value[0]).not.toEqual(result.value[1]);
    expect(result.usage.characters).toBe(3);
  });

  it('answers a repeated batch from the store without calling the model', async () => {
    const { model, store, metrics, cached } = setup();
    const first = await cached.embed(['x', 'y']);
    const second = await cached.embed(['y', 'x']);
    expect(model.counts.calls).toBe(1);
    expect(second.value).toEqual([first.value[1], first.value[0]]);
    expect(second.usage).toMatchObject({ characters: 0, costUsd: 0 });
    expect(second.model).toEqual(cached.ref);
    expect(metrics.totals).toMatchObject({ hits: 2, misses: 2, lookups: 2 });
    expect(metrics.totals.hitRatio).toBe(0.5);
    expect(store.calls).toEqual({ lookup: 2, store: 1 });
  });

  it('uses one lookup and at most one store per batch', async () => {
    const { store, cached } = setup();
    await cached.embed(Array.from({ length: 300 }, (_, i) => `text ${i % 120}`));
    expect(store.calls).toEqual({ lookup: 1, store: 1 });
  });

  it('keeps models apart: another model never reads these vectors', async () => {
    const store = new MemoryEmbeddingCacheStore();
    const one = countingEmbeddingModel(namedHashedModel('one', 4));
    const two = countingEmbeddingModel(namedHashedModel('two', 4));
    await withEmbeddingCache(one, { store }).embed(['same text']);
    await withEmbeddingCache(two, { store }).embed(['same text']);
    expect(two.counts.texts).toBe(1);
  });

  it('rejects vectors whose dimension differs from the model configuration', async () => {
    const liar = namedHashedModel('liar', 3);
    const { cached } = setup({ ...liar, ref: liar.ref, dimensions: 4, embed: (t) => liar.embed(t) });
    await expect(cached.embed(['a'])).rejects.toMatchObject({ code: 'INVALID_MODEL_OUTPUT' });
  });

  it('fails as UNAVAILABLE when the store is down, or bypasses it with failOpen', async () => {
    const broken = setup();
    broken.store.lookup = () => Promise.reject(new Error('connection refused'));
    await expect(broken.cached.embed(['a'])).rejects.toMatchObject({ code: 'UNAVAILABLE', retryable: true });

    const open = setup(undefined, true);
    open.store.lookup = () => Promise.reject(new Error('connection refused'));
    const result = await open.cached.embed(['a', 'a']);
    expect(result.value).toHaveLength(2);
    expect(open.model.counts.texts).toBe(1);
    expect(open.metrics.totals.bypassed).toBe(1);
  });

  it('does not cache vectors from a degraded (fallback) answer', async () => {
    const base = namedHashedModel('fallback', 4);
    const degraded: EmbeddingModel = {
      ref: base.ref,
      dimensions: 4,
      embed: async (texts) => ({ ...(await base.embed(texts)), degraded: true }),
    };
    const { store, cached } = setup(degraded);
    expect((await cached.embed(['a'])).degraded).toBe(true);
    expect(store.size).toBe(0);
  });

  it('does not call the model or the store for an empty batch', async () => {
    const { model, store, cached } = setup();
    expect((await cached.embed([])).value).toEqual([]);
    expect(model.counts.calls).toBe(0);
    expect(store.calls).toEqual({ lookup: 0, store: 0 });
  });
});
