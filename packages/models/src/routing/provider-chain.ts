import { SluiceError, toSluiceError } from '@sluice/errors';
import type { EgressRecord, ModelResult, Usage } from '../model-contracts';
import { egressOf } from '../privacy/egress-gate';

/** Why the chain moved past a link; reported for logs and tests, never for control flow. */
export interface ChainStep {
  model: string;
  outcome: 'accepted' | 'escalated' | 'failed';
  code?: string;
}

export interface ChainOptions<T, M = unknown> {
  /** True when the answer is good enough to stop; false escalates to the next link (cascade). */
  confident: (result: ModelResult<T>) => boolean;
  /** Among answers that were not confident, which to return when the chain runs out. */
  better: (a: ModelResult<T>, b: ModelResult<T>) => boolean;
  onStep?: (step: ChainStep) => void;
  /**
   * The local model that answers when every link withheld the call (the tenant's privacy policy
   * kept the text from each external endpoint and the chain has no local link of its own).
   */
  whenWithheld?: () => Promise<M>;
}

/**
 * Failures that move to the next link: the endpoint is down or busy, this model answered badly, or
 * the tenant's privacy policy withheld the call from it.
 */
function fallsThrough(error: SluiceError): boolean {
  return error.retryable || error.code === 'INVALID_MODEL_OUTPUT' || error.code === 'WITHHELD';
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
  options: ChainOptions<T, M>,
): Promise<ModelResult<T>> {
  let usage = zeroUsage;
  let redactions: Record<string, number> = {};
  const egress: EgressRecord[] = [];
  let degraded = false;
  let onlyWithheld = true;
  let best: ModelResult<T> | undefined;
  let lastError: SluiceError | undefined;
  for (const [index, link] of links.entries()) {
    let result: ModelResult<T>;
    try {
      result = await call(link);
    } catch (caught) {
      const error = toSluiceError(caught);
      egress.push(...egressOf(error));
      if (!fallsThrough(error)) throw error;
      onlyWithheld &&= error.code === 'WITHHELD';
      options.onStep?.({ model: link.ref.model, outcome: 'failed', code: error.code });
      degraded = true;
      lastError = error;
      continue;
    }
    usage = addUsage(usage, result.usage);
    redactions = addCounts(redactions, result.redactions);
    egress.push(...(result.egress ?? []));
    degraded ||= result.degraded;
    const last = index === links.length - 1;
    if (options.confident(result) || last) {
      options.onStep?.({ model: link.ref.model, outcome: 'accepted' });
      const chosen = !options.confident(result) && best && options.better(best, result) ? best : result;
      return { ...withoutEgress(chosen), usage, redactions, degraded, ...withEgress(egress) };
    }
    options.onStep?.({ model: link.ref.model, outcome: 'escalated' });
    if (!best || options.better(result, best)) best = result;
  }
  // The last link failed: the best earlier answer is still an answer, from a degraded chain.
  if (best) return { ...withoutEgress(best), usage, redactions, degraded: true, ...withEgress(egress) };
  // Every link withheld the call for privacy: the local model answers (degraded: the profile's
  // model did not, so its vectors or fields are never cached under that model's name).
  if (lastError && onlyWithheld && options.whenWithheld) {
    const local = await options.whenWithheld();
    const result = await call(local);
    options.onStep?.({ model: local.ref.model, outcome: 'accepted' });
    return { ...withoutEgress(result), degraded: true, ...withEgress([...egress, ...(result.egress ?? [])]) };
  }
  throw lastError ?? new SluiceError('CONFIG', 'empty provider chain');
}

function withoutEgress<T>(result: ModelResult<T>): ModelResult<T> {
  const { egress: _egress, ...rest } = result;
  return rest;
}

function withEgress(egress: EgressRecord[]): { egress?: EgressRecord[] } {
  return egress.length > 0 ? { egress } : {};
}
