/**
 * Cheap token estimate for batching decisions, no tokenizer: about 4 characters per token for
 * English, fewer for other scripts, so count 3 to stay under a server's limit.
 */
export function estimateTokens(text: string): number {
  return Math.ceil(text.length / 3) + 1;
}

export function costUsd(
  prices: { inputPerMTokUsd: number; outputPerMTokUsd: number },
  inputTokens: number,
  outputTokens: number,
): number {
  return (inputTokens * prices.inputPerMTokUsd + outputTokens * prices.outputPerMTokUsd) / 1_000_000;
}
