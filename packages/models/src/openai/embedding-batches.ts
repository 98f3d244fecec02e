import { estimateTokens } from './token-estimate';

export interface BatchLimits {
  maxInputsPerRequest: number;
  maxTokensPerRequest: number;
}

/**
 * Splits texts, in order, into requests that respect both limits. A single text above the token
 * limit goes alone: the server truncates or refuses it, and either way the others are not held up.
 */
export function planEmbeddingBatches(texts: readonly string[], limits: BatchLimits): number[][] {
  const batches: number[][] = [];
  let current: number[] = [];
  let tokens = 0;
  texts.forEach((text, index) => {
    const cost = estimateTokens(text);
    if (current.length > 0 && (current.length >= limits.maxInputsPerRequest || tokens + cost > limits.maxTokensPerRequest)) {
      batches.push(current);
      current = [];
      tokens = 0;
    }
    current.push(index);
    tokens += cost;
  });
  if (current.length > 0) batches.push(current);
  return batches;
}
