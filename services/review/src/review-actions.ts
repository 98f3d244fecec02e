import type { Principal } from '@sluice/accounts';
import type { QueueStore } from './queue-store';
import { countSteps, type ReviewMetrics } from './review-metrics';
import type { ReviewPolicyBook } from './review-policy';
import { claim, decide, escalate, expire, heartbeat, release, type DecisionInput, type Transition } from './review-transitions';

export interface ReviewActionsDeps {
  store: QueueStore;
  policies: ReviewPolicyBook;
  metrics: ReviewMetrics;
  leaseMs: number;
  now?: () => number;
}

export type ActionResult = Transition | undefined;

/**
 * What people (through the API) and the clock (through the sweeper) do to queue entries: each
 * action is a pure transition applied under the entry's row lock, then counted.
 */
export class ReviewActions {
  private readonly now: () => number;

  constructor(private readonly deps: ReviewActionsDeps) {
    this.now = deps.now ?? Date.now;
  }

  claim(documentId: string, who: Principal): Promise<ActionResult> {
    const now = this.now();
    return this.counted(this.deps.store.apply(documentId, (entry) => claim(entry, who, now, this.deps.leaseMs), now));
  }

  /** The next waiting document `who` may claim (overdue first, then oldest), claimed; undefined when none. */
  claimNext(who: Principal, tenant?: string): Promise<ActionResult> {
    const now = this.now();
    return this.counted(this.deps.store.claimNext(who, tenant, (entry) => claim(entry, who, now, this.deps.leaseMs), now));
  }

  heartbeat(documentId: string, who: Principal): Promise<ActionResult> {
    const now = this.now();
    return this.counted(this.deps.store.apply(documentId, (entry) => heartbeat(entry, who, now, this.deps.leaseMs), now));
  }

  release(documentId: string, who: Principal): Promise<ActionResult> {
    const now = this.now();
    return this.counted(this.deps.store.apply(documentId, (entry) => release(entry, who, now), now));
  }

  decide(documentId: string, who: Principal, input: DecisionInput): Promise<ActionResult> {
    const now = this.now();
    return this.counted(this.deps.store.apply(documentId, (entry) => decide(entry, who, now, input, this.deps.policies.forTenant(entry.tenant)), now));
  }

  /** Expired leases back to the queue, overdue entries escalated; returns the steps taken. */
  async sweep(): Promise<number> {
    const now = this.now();
    const applied = await this.deps.store.sweep(now, (entry) => {
      const expired = expire(entry, now);
      const base = expired?.ok ? expired.entry : entry;
      const escalated = escalate(base, now);
      if (!escalated) return expired;
      if (!escalated.ok || !expired?.ok) return escalated;
      return { ok: true, entry: escalated.entry, steps: [...expired.steps, ...escalated.steps] };
    });
    for (const result of applied) if (result.ok) countSteps(this.deps.metrics, result.entry.tenant, result.steps);
    return applied.reduce((sum, result) => sum + (result.ok ? result.steps.length : 0), 0);
  }

  private async counted(pending: Promise<ActionResult>): Promise<ActionResult> {
    const result = await pending;
    if (result === undefined) return result;
    if (!result.ok) {
      this.deps.metrics.refusals.inc({ code: result.code });
      return result;
    }
    countSteps(this.deps.metrics, result.entry.tenant, result.steps);
    if (result.completion) this.deps.metrics.timeToDecision.observe({ tenant: result.entry.tenant }, (result.completion.completedAt - result.entry.requestedAt) / 1000);
    return result;
  }
}
