import { createHash } from 'node:crypto';
import type { EmbeddingModel, ModelRef, ModelResult } from '@sluice/models';

/**
 * A deterministic stand-in model for tests: each text maps to a fixed pseudo-random unit vector
 * derived from its sha256 (no meaning, no weights, instant). Values are float32 like a real
 * model's, so they survive a float4 round trip through pgvector unchanged.
 */
export function hashEmbeddingModel(options: { model: string; dimensions: number }): EmbeddingModel {
  const ref: ModelRef = { provider: 'test', model: options.model, version: '1', promptId: null, promptHash: null };
  return {
    ref,
    dimensions: options.dimensions,
    embed(texts: string[]): Promise<ModelResult<number[][]>> {
      const value = texts.map((text) => pseudoVector(text, options.dimensions));
      return Promise.resolve({
        value,
        usage: {
          inputTokens: 0,
          outputTokens: 0,
          characters: texts.reduce((sum, text) => sum + text.length, 0),
          latencyMs: 0,
          costUsd: 0,
        },
        model: ref,
        degraded: false,
        redactions: {},
      });
    },
  };
}

function pseudoVector(text: string, dimensions: number): number[] {
  const raw: number[] = [];
  for (let block = 0; raw.length < dimensions; block += 1) {
    const digest = createHash('sha256').update(`${block}:${text}`).digest();
    for (let i = 0; i + 1 < digest.length && raw.length < dimensions; i += 2) {
      raw.push(digest.readInt16LE(i) / 32768);
    }
  }
  const norm = Math.hypot(...raw) || 1;
  return raw.map((value) => Math.fround(value / norm));
}
