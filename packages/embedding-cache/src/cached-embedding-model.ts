import { SluiceError } from '@sluice/errors';
import type { CallOptions, EmbeddingModel, ModelResult, Usage } from '@sluice/models';
import { contentHash } from './content-hash';
import { noopEmbeddingCacheMetrics, type EmbeddingCacheMetrics } from './embedding-cache-metrics';
import { cacheModelKey, type EmbeddingCacheStore } from './embedding-cache-store';

export interface EmbeddingCacheOptions {
  store: EmbeddingCacheStore;
  metrics?: EmbeddingCacheMetrics;
  /**
   * When the store fails: false (default) fails the call as UNAVAILABLE so the runtime retries;
   * true embeds everything through the model and reports `bypassed` (the cache is an
   * optimisation, a team may prefer paying for the model to stalling the pipeline).
   */
  failOpen?: boolean;
}

/**
 * Wraps any EmbeddingModel with an exact-match cache and is itself an EmbeddingModel, so
 * pipeline code cannot tell it is there. Per call: one store lookup for the distinct texts, one
 * model call with only the distinct misses, one store write of what the model returned.
 */
export function withEmbeddingCache(model: EmbeddingModel, options: EmbeddingCacheOptions): EmbeddingModel {
  const { store, metrics = noopEmbeddingCacheMetrics, failOpen = false } = options;
  const modelKey = cacheModelKey(model.ref);

  async function guarded<T>(phase: 'lookup' | 'store', work: () => Promise<T>, fallback: T): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (!failOpen) {
        throw new SluiceError('UNAVAILABLE', `embedding cache ${phase} failed`, {
          cause: error,
          details: { model: modelKey },
        });
      }
      metrics.bypassed(modelKey, phase);
      return fallback;
    }
  }

  async function embed(texts: string[], callOptions?: CallOptions): Promise<ModelResult<number[][]>> {
    const started = performance.now();
    const hashes = texts.map(contentHash);
    const distinct = new Map<string, string>(); // hash -> text, first occurrence
    const personal = new Map<string, NonNullable<CallOptions['personalData']>[number]>(); // hash -> personal-data type
    hashes.forEach((hash, i) => {
      if (!distinct.has(hash)) distinct.set(hash, texts[i] ?? '');
      const type = callOptions?.personalData?.[i];
      // The same text once as a name and once inside a chunk: the stricter reading wins.
      if (type) personal.set(hash, type);
    });

    const lookupStarted = performance.now();
    const found = distinct.size === 0 ? new Map<string, number[]>() : await guarded('lookup', () => store.lookup(modelKey, [...distinct.keys()]), new Map<string, number[]>());
    const missing = [...distinct].filter(([hash]) => !found.has(hash));
    if (distinct.size > 0) {
      metrics.lookup(modelKey, {
        hits: distinct.size - missing.length,
        misses: missing.length,
        durationMs: performance.now() - lookupStarted,
      });
    }

    let inner: ModelResult<number[][]> | undefined;
    if (missing.length > 0) {
      // Only the misses go to the model: the per-input personal-data marks follow them, so a name
      // embedded alone is still hidden from an external endpoint (a warm cache never shows the leak).
      inner = await model.embed(
        missing.map(([, text]) => text),
        callOptions?.personalData ? { ...callOptions, personalData: missing.map(([hash]) => personal.get(hash)) } : callOptions,
      );
      const vectors = inner.value;
      if (vectors.length !== missing.length) {
        throw new SluiceError(
          'INVALID_MODEL_OUTPUT',
          `${modelKey} returned ${vectors.length} vectors for ${missing.length} texts`,
        );
      }
      // pgvector stores float4: rounding fresh vectors the same way makes a miss and a later hit
      // of one text return the identical vector.
      const entries = missing.map(([hash], i) => ({
        hash,
        vector: checkedVector(vectors[i], model.dimensions, modelKey).map(Math.fround),
      }));
      for (const { hash, vector } of entries) found.set(hash, vector);
      // Only vectors from a non-degraded answer are cached: a fallback model's vectors must not
      // be served later under the preferred model's key.
      if (!inner.degraded) await guarded('store', () => store.store(modelKey, model.dimensions, entries), undefined);
    }

    const usage: Usage = {
      inputTokens: inner?.usage.inputTokens ?? 0,
      outputTokens: inner?.usage.outputTokens ?? 0,
      characters: inner?.usage.characters ?? 0,
      costUsd: inner?.usage.costUsd ?? 0,
      latencyMs: performance.now() - started,
    };
    return {
      value: hashes.map((hash) => found.get(hash) as number[]),
      usage,
      model: inner?.model ?? model.ref,
      degraded: inner?.degraded ?? false,
      redactions: inner?.redactions ?? {},
      // The misses' call decisions (sent, withheld) for the audit trail; hits called nothing.
      ...(inner?.egress ? { egress: inner.egress } : {}),
    };
  }

  return { ref: model.ref, dimensions: model.dimensions, embed };
}

function checkedVector(vector: number[] | undefined, dimensions: number, modelKey: string): number[] {
  if (!vector || vector.length !== dimensions) {
    throw new SluiceError(
      'INVALID_MODEL_OUTPUT',
      `${modelKey} returned a vector of ${vector?.length ?? 0} dimensions, configured ${dimensions}`,
    );
  }
  return vector;
}
