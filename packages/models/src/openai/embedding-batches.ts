import { chunkByCountAndSize } from '@sluice/resilience';
import { estimateTokens } from './token-estimate';

export interface BatchLimits {
  maxInputsPerRequest: number;
  maxTokensPerRequest: number;
}

/**
 * Splits texts, in order, into requests (indexes into `texts`) that respect both limits. A single
 * text above the token limit goes alone: the server truncates or refuses it, and either way the
 * others are not held up.
 */
export function planEmbeddingBatches(texts: readonly string[], limits: BatchLimits): number[][] {
  return chunkByCountAndSize(
    texts.map((_, index) => index),
    (index) => estimateTokens(texts[index]!),
    { maxCount: limits.maxInputsPerRequest, maxSize: limits.maxTokensPerRequest },
  );
}
