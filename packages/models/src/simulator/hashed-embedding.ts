import { createHash } from 'node:crypto';
import type { EmbeddingModel, ModelResult } from '../model-contracts';

/**
 * Deterministic unit vectors from a seeded hash of the text: the same text always gives the same
 * vector, different texts nearly orthogonal ones. No semantics: for the simulator and for tests
 * that need an embedding model without loading weights.
 */
export function hashedVector(text: string, dimensions: number, seed = 'sluice'): number[] {
  const digest = createHash('sha256').update(seed).update('\u0000').update(text).digest();
  // mulberry32 seeded from the digest: cheap, and stable across Node versions.
  let state = digest.readUInt32LE(0);
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const vector = Array.from({ length: dimensions }, () => next() * 2 - 1);
  const norm = Math.sqrt(vector.reduce((sum, value) => sum + value * value, 0)) || 1;
  return vector.map((value) => value / norm);
}

export function hashedEmbeddingModel(dimensions = 512): EmbeddingModel {
  const ref = { provider: 'local', model: `hashed-${dimensions}`, version: '1', promptId: null, promptHash: null };
  return {
    ref,
    dimensions,
    embed(texts: string[]): Promise<ModelResult<number[][]>> {
      const characters = texts.reduce((sum, text) => sum + text.length, 0);
      return Promise.resolve({
        value: texts.map((text) => hashedVector(text, dimensions)),
        usage: { inputTokens: 0, outputTokens: 0, characters, latencyMs: 0, costUsd: 0 },
        model: ref,
        degraded: false,
        redactions: {},
      });
    },
  };
}
