import { SluiceError, toSluiceError } from '@sluice/errors';
import type { ModelResult, Usage } from '../model-contracts';

/** Why the chain moved past a link; reported for logs and tests, never for control flow. */
export interface ChainStep {
  model: string;
  outcome: 'accepted' | 'escalated' | 'failed';
  code?: string;
}

export interface ChainOptions<T> {
  /** True when the answer is good enough to stop; false escalates to the next link (cascade). */
  confident: (result: ModelResult<T>) => boolean;
  /** Among answers that were not confident, which to return when the chain runs out. */
  better: (a: ModelResult<T>, b: ModelResult<T>) => boolean;
  onStep?: (step: ChainStep) => void;
}

/** Failures that move to the next link: the endpoint is down or busy, or this model answered badly. */
function fallsThrough(error: SluiceError): boolean {
  return error.retryable || error.code === 'INVALID_MODEL_OUTPUT';
}

function addUsage(a: Usage, b: Usage): Usage {
  return {
    inputTokens: a.inputTokens + b.inputTokens,
    outputTokens: a.outputTokens + b.outputTokens,
    characters: a.characters + b.characters,
    latencyMs: a.latencyMs + b.latencyMs,
    costUsd: a.costUsd + b.costUsd,
  };
}

function addCounts(a: Record<string, number>, b: Record<string, number>): Record<string, number> {
  const sum = { ...a };
  for (const [type, count] of Object.entries(b)) sum[type] = (sum[type] ?? 0) + count;
  return sum;
}

const zeroUsage: Usage = { inputTokens: 0, outputTokens: 0, characters: 0, latencyMs: 0, costUsd: 0 };

/**
 * Cascade and fallback in one walk over the profile's chain. A confident answer stops the walk; a
 * doubtful one escalates to the next (bigger) model; a link that is down, open or answers nonsense
 * is skipped and the result marked `degraded`. Usage and redaction counts add up over every call
 * that was paid for, so the audit trail shows the whole cost of an escalation.
 */
export async function runChain<M extends { ref: { model: string } }, T>(
  links: readonly M[],
  call: (model: M) => Promise<ModelResult<T>>,
  options: ChainOptions<T>,
): Promise<ModelResult<T>> {
  let usage = zeroUsage;
  let redactions: Record<string, number> = {};
  let degraded = false;
  let best: ModelResult<T> | undefined;
  let lastError: SluiceError | undefined;
  for (const [index, link] of links.entries()) {
    let result: ModelResult<T>;
    try {
      result = await call(link);
    } catch (caught) {
      const error = toSluiceError(caught);
      if (!fallsThrough(error)) throw error;
      options.onStep?.({ model: link.ref.model, outcome: 'failed', code: error.code });
      degraded = true;
      lastError = error;
      continue;
    }
    usage = addUsage(usage, result.usage);
    redactions = addCounts(redactions, result.redactions);
    degraded ||= result.degraded;
    const last = index === links.length - 1;
    if (options.confident(result) || last) {
      options.onStep?.({ model: link.ref.model, outcome: 'accepted' });
      const chosen = !options.confident(result) && best && options.better(best, result) ? best : result;
      return { ...chosen, usage, redactions, degraded };
    }
    options.onStep?.({ model: link.ref.model, outcome: 'escalated' });
    if (!best || options.better(result, best)) best = result;
  }
  // The last link failed: the best earlier answer is still an answer, from a degraded chain.
  if (best) return { ...best, usage, redactions, degraded: true };
  throw lastError ?? new SluiceError('CONFIG', 'empty provider chain');
}
